/*
 * Optimises the linked program with LLVM's new pass manager: the standard pipeline
 * "default<On>" for -On (docs/LLVM.md, "Calling the C API"). Runs on the whole program,
 * runtime included, so runtime calls are inlined where LLVM finds it worthwhile.
 */
package llgo.build;

import static org.bytedeco.llvm.global.LLVM.LLVMCreatePassBuilderOptions;
import static org.bytedeco.llvm.global.LLVM.LLVMDisposeErrorMessage;
import static org.bytedeco.llvm.global.LLVM.LLVMDisposePassBuilderOptions;
import static org.bytedeco.llvm.global.LLVM.LLVMGetErrorMessage;
import static org.bytedeco.llvm.global.LLVM.LLVMRunPasses;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMErrorRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMPassBuilderOptionsRef;
import org.bytedeco.llvm.LLVM.LLVMTargetMachineRef;

final class Optimizer {
    private Optimizer() {
    }

    /** Runs {@code default<O optLevel>} on {@code module}. Precondition: 0 <= optLevel <= 3, module verified. */
    static void optimise(LLVMModuleRef module, LLVMTargetMachineRef machine, int optLevel) {
        LLVMPassBuilderOptionsRef options = LLVMCreatePassBuilderOptions();
        try {
            LLVMErrorRef error = LLVMRunPasses(module, "default<O" + optLevel + ">", machine, options);
            if (error != null && !error.isNull()) {
                BytePointer message = LLVMGetErrorMessage(error);
                String text = message.getString();
                LLVMDisposeErrorMessage(message);
                throw new InternalCompilerError("LLVM pass pipeline failed: " + text);
            }
        } finally {
            LLVMDisposePassBuilderOptions(options);
        }
    }
}
