/*
 * The target every module is generated for: x86_64 Linux (runtime/ABI.md, first paragraph),
 * with the data layout of the host's LLVM target machine so that sizes and offsets computed
 * here (type descriptors, heap allocations) agree with the code LLVM emits. Only the layout's
 * string is shared: an LLVM DataLayout caches struct layouts by type address, so sizes are
 * always asked of the module's own layout (types of a disposed context may reuse addresses).
 * LLVM's native target is initialised once per process (docs/LLVM.md "Calling the C API").
 */
package llgo.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMTargetDataRef;
import org.bytedeco.llvm.LLVM.LLVMTargetMachineRef;
import org.bytedeco.llvm.LLVM.LLVMTargetRef;

final class HostTarget {
    static final String TRIPLE = "x86_64-unknown-linux-gnu";

    private static String dataLayout;

    private HostTarget() {}

    /** The host target machine's data layout string, computed on first use. */
    static synchronized String dataLayout() {
        if (dataLayout == null) {
            LLVMInitializeNativeTarget();
            LLVMInitializeNativeAsmPrinter();
            LLVMTargetRef target = new LLVMTargetRef();
            BytePointer error = new BytePointer();
            if (LLVMGetTargetFromTriple(new BytePointer(TRIPLE), target, error) != 0) {
                String message = error.getString();
                LLVMDisposeMessage(error);
                throw new IllegalStateException("no LLVM target for " + TRIPLE + ": " + message);
            }
            LLVMTargetMachineRef machine = LLVMCreateTargetMachine(target, TRIPLE, "generic", "",
                    LLVMCodeGenLevelDefault, LLVMRelocPIC, LLVMCodeModelDefault);
            LLVMTargetDataRef data = LLVMCreateTargetDataLayout(machine);
            BytePointer text = LLVMCopyStringRepOfTargetData(data);
            dataLayout = text.getString();
            LLVMDisposeMessage(text);
            LLVMDisposeTargetData(data);
            LLVMDisposeTargetMachine(machine);
        }
        return dataLayout;
    }
}
