/*
 * The two facts the code generator's tests read from a module without running it: the
 * LLVM verifier's verdict and the module's IR text. Running programs is the driver's job
 * (llgo.build.Compiler), tested in llgo-build and tests.
 */
package llgo.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;

final class IrText {
    private IrText() {}

    /** The verifier's message for module, or null when it is valid. */
    static String verify(LLVMModuleRef module) {
        BytePointer message = new BytePointer((Pointer) null);
        int failed = LLVMVerifyModule(module, LLVMReturnStatusAction, message);
        String text = message.isNull() ? "" : message.getString();
        if (!message.isNull()) LLVMDisposeMessage(message);
        return failed != 0 ? text : null;
    }

    static String print(LLVMModuleRef module) {
        BytePointer ir = LLVMPrintModuleToString(module);
        String text = ir.getString();
        LLVMDisposeMessage(ir);
        return text;
    }
}
