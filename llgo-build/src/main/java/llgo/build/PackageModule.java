/*
 * The LLVM module codegen produced for one Go package, with the package's import path
 * (which prefixes its symbols, ABI.md "Symbol names": the initialiser is "<path>.init").
 */
package llgo.build;

import org.bytedeco.llvm.LLVM.LLVMModuleRef;

public record PackageModule(String path, LLVMModuleRef module) {
}
