/*
 * Runs LLVM's IR verifier (LLVMVerifyModule) on a module llgo produced: the package module
 * of "compile" and the linked program of a build. A module that does not verify is a
 * codegen (or runtime) bug, never a user error, so it is an InternalCompilerError.
 */
package llgo.build;

import static org.bytedeco.llvm.global.LLVM.LLVMDisposeMessage;
import static org.bytedeco.llvm.global.LLVM.LLVMReturnStatusAction;
import static org.bytedeco.llvm.global.LLVM.LLVMVerifyModule;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;

final class ModuleVerifier {
    private ModuleVerifier() {
    }

    /** Returns normally when {@code module} verifies; throws InternalCompilerError otherwise. */
    static void verify(LLVMModuleRef module) {
        BytePointer message = new BytePointer();
        if (LLVMVerifyModule(module, LLVMReturnStatusAction, message) != 0) {
            String text = message.getString();
            LLVMDisposeMessage(message);
            throw new InternalCompilerError("the LLVM module does not verify:\n" + text.strip());
        }
        LLVMDisposeMessage(message);
    }
}
