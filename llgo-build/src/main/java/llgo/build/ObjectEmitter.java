/*
 * Emits a relocatable ELF object for the optimised program module with the host target
 * machine (LLVMTargetMachineEmitToFile, docs/LLVM.md "Calling the C API").
 */
package llgo.build;

import static org.bytedeco.llvm.global.LLVM.LLVMDisposeMessage;
import static org.bytedeco.llvm.global.LLVM.LLVMObjectFile;
import static org.bytedeco.llvm.global.LLVM.LLVMTargetMachineEmitToFile;

import java.nio.file.Path;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMTargetMachineRef;

final class ObjectEmitter {
    private ObjectEmitter() {
    }

    /** Writes the object file for {@code module} to {@code object}. */
    static void emit(LLVMModuleRef module, LLVMTargetMachineRef machine, Path object) {
        BytePointer error = new BytePointer();
        if (LLVMTargetMachineEmitToFile(machine, module, new BytePointer(object.toString()), LLVMObjectFile, error) != 0) {
            String text = error.getString();
            LLVMDisposeMessage(error);
            throw new InternalCompilerError("cannot emit the object file " + object + ": " + text);
        }
        // The assembler reports some errors (e.g. an offset it cannot relocate) only as diagnostics.
        java.util.List<String> errors = LlvmDiagnostics.takeErrors();
        if (!errors.isEmpty()) {
            throw new InternalCompilerError("emitting the object file " + object + ": " + String.join("; ", errors));
        }
    }
}
