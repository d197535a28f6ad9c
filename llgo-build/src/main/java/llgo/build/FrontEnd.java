/*
 * The part of a build that produces the program's LLVM modules from its input: normally
 * Pipeline (parse, type-check, SSA, codegen); in the back end's own tests, hand-written IR.
 */
package llgo.build;

import java.util.List;

import org.bytedeco.llvm.LLVM.LLVMContextRef;

@FunctionalInterface
interface FrontEnd {
    /**
     * Returns every package module of the program, created in {@code context}, in
     * initialisation (dependency) order; throws BuildFailure with the error lines when the
     * input is not a valid program.
     */
    List<PackageModule> compile(LLVMContextRef context) throws BuildFailure;
}
