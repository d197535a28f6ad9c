/*
 * Test support: hand-written LLVM IR text turned into modules (LLVMParseIRInContext) and
 * bitcode (LLVMWriteBitcodeToMemoryBuffer), standing in for codegen and the runtime so the
 * back end (ProgramLinker, Optimizer, ObjectEmitter, NativeLinker) is tested on its own.
 */
package llgo.build;

import static org.bytedeco.llvm.global.LLVM.LLVMContextCreate;
import static org.bytedeco.llvm.global.LLVM.LLVMContextDispose;
import static org.bytedeco.llvm.global.LLVM.LLVMCreateMemoryBufferWithMemoryRangeCopy;
import static org.bytedeco.llvm.global.LLVM.LLVMDisposeMemoryBuffer;
import static org.bytedeco.llvm.global.LLVM.LLVMDisposeMessage;
import static org.bytedeco.llvm.global.LLVM.LLVMGetBufferSize;
import static org.bytedeco.llvm.global.LLVM.LLVMGetBufferStart;
import static org.bytedeco.llvm.global.LLVM.LLVMParseIRInContext;
import static org.bytedeco.llvm.global.LLVM.LLVMWriteBitcodeToMemoryBuffer;

import java.nio.charset.StandardCharsets;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMMemoryBufferRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;

final class IrModules {
    private IrModules() {
    }

    /** Parses IR text into a module of {@code context}; fails the test on a syntax error. */
    static LLVMModuleRef parse(LLVMContextRef context, String name, String ir) {
        byte[] bytes = ir.getBytes(StandardCharsets.UTF_8);
        // LLVMParseIRInContext takes ownership of the buffer.
        LLVMMemoryBufferRef buffer = LLVMCreateMemoryBufferWithMemoryRangeCopy(new BytePointer(bytes),
                bytes.length, new BytePointer(name));
        LLVMModuleRef module = new LLVMModuleRef();
        BytePointer error = new BytePointer();
        if (LLVMParseIRInContext(context, buffer, module, error) != 0) {
            String text = error.getString();
            LLVMDisposeMessage(error);
            throw new AssertionError("bad test IR " + name + ": " + text);
        }
        return module;
    }

    /** The bitcode of the module that {@code ir} describes. */
    /** The module's IR text. */
    static String print(LLVMModuleRef module) {
        org.bytedeco.javacpp.BytePointer ir = org.bytedeco.llvm.global.LLVM.LLVMPrintModuleToString(module);
        String text = ir.getString();
        LLVMDisposeMessage(ir);
        return text;
    }

    static byte[] bitcode(String ir) {
        HostTarget.initialise();
        LLVMContextRef context = LLVMContextCreate();
        try {
            LLVMMemoryBufferRef buffer = LLVMWriteBitcodeToMemoryBuffer(parse(context, "bitcode.ll", ir));
            byte[] bytes = new byte[(int) LLVMGetBufferSize(buffer)];
            LLVMGetBufferStart(buffer).get(bytes);
            LLVMDisposeMemoryBuffer(buffer);
            return bytes;
        } finally {
            LLVMContextDispose(context);
        }
    }
}
