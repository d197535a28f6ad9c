/*
 * Collects the diagnostics LLVM reports through an LLVMContext (the IR linker, the bitcode
 * reader). Without a handler LLVM prints errors itself and may exit the process, which an
 * in-process compiler must never do. LLVM calls the handler synchronously on the thread
 * that caused the diagnostic, so each thread collects into its own list.
 */
package llgo.build;

import static org.bytedeco.llvm.global.LLVM.LLVMContextSetDiagnosticHandler;
import static org.bytedeco.llvm.global.LLVM.LLVMDSError;
import static org.bytedeco.llvm.global.LLVM.LLVMDisposeMessage;
import static org.bytedeco.llvm.global.LLVM.LLVMGetDiagInfoDescription;
import static org.bytedeco.llvm.global.LLVM.LLVMGetDiagInfoSeverity;

import java.util.ArrayList;
import java.util.List;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMDiagnosticHandler;
import org.bytedeco.llvm.LLVM.LLVMDiagnosticInfoRef;

final class LlvmDiagnostics {
    private static final ThreadLocal<List<String>> ERRORS = ThreadLocal.withInitial(ArrayList::new);

    /** One native callback for the whole process; it must stay reachable while LLVM may call it. */
    private static final LLVMDiagnosticHandler HANDLER = new LLVMDiagnosticHandler() {
        @Override
        public void call(LLVMDiagnosticInfoRef info, Pointer context) {
            if (LLVMGetDiagInfoSeverity(info) != LLVMDSError) {
                return;
            }
            BytePointer text = LLVMGetDiagInfoDescription(info);
            ERRORS.get().add(text.getString());
            LLVMDisposeMessage(text);
        }
    };

    private LlvmDiagnostics() {
    }

    /** Routes the context's diagnostics to this thread's list instead of LLVM's default printer. */
    static void install(LLVMContextRef context) {
        LLVMContextSetDiagnosticHandler(context, HANDLER, null);
    }

    /** The errors reported on this thread since the last call, which clears them. */
    static List<String> takeErrors() {
        List<String> list = ERRORS.get();
        List<String> copy = List.copyOf(list);
        list.clear();
        return copy;
    }
}
