/*
 * Package-level variables (Go spec: "Variable declarations"; go/ssa's Global): each is an
 * LLVM global with external linkage named by its symbol (pkgpath.name), zero-initialised; the
 * package initialiser {@code pkgpath.init} stores the initial values. Globals of other
 * packages are declared on use (ModuleContext.getGlobal) and resolved by the linker.
 * Runtime functions: none.
 */
package llgo.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import org.bytedeco.llvm.LLVM.LLVMValueRef;

import llgo.ssa.Global;

final class Globals {
    private Globals() {}

    /** Defines g in mc's module with a zero initialiser. */
    static void createGlobal(ModuleContext mc, Global g) {
        LLVMValueRef v = mc.getGlobal(g);
        LLVMSetInitializer(v, LLVMConstNull(LLVMGlobalGetValueType(v)));
        LLVMSetAlignment(v, (int) Math.max(8, mc.alignOf(LLVMGlobalGetValueType(v))));
    }
}
