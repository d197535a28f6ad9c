/*
 * The machine we compile for: the host (x86_64 Linux), its CPU name and features, PIC
 * code so the executable links as a PIE (docs/LLVM.md "Calling the C API"). LLVM's
 * target registry is initialised once per process; each build gets its own target
 * machine, so builds on several threads share nothing mutable.
 */
package llgo.build;

import static org.bytedeco.llvm.global.LLVM.LLVMCodeGenLevelAggressive;
import static org.bytedeco.llvm.global.LLVM.LLVMCodeGenLevelDefault;
import static org.bytedeco.llvm.global.LLVM.LLVMCodeGenLevelLess;
import static org.bytedeco.llvm.global.LLVM.LLVMCodeGenLevelNone;
import static org.bytedeco.llvm.global.LLVM.LLVMCodeModelDefault;
import static org.bytedeco.llvm.global.LLVM.LLVMCopyStringRepOfTargetData;
import static org.bytedeco.llvm.global.LLVM.LLVMCreateTargetDataLayout;
import static org.bytedeco.llvm.global.LLVM.LLVMCreateTargetMachine;
import static org.bytedeco.llvm.global.LLVM.LLVMDisposeMessage;
import static org.bytedeco.llvm.global.LLVM.LLVMDisposeTargetData;
import static org.bytedeco.llvm.global.LLVM.LLVMGetDefaultTargetTriple;
import static org.bytedeco.llvm.global.LLVM.LLVMGetHostCPUFeatures;
import static org.bytedeco.llvm.global.LLVM.LLVMGetHostCPUName;
import static org.bytedeco.llvm.global.LLVM.LLVMGetTargetFromTriple;
import static org.bytedeco.llvm.global.LLVM.LLVMInitializeNativeAsmParser;
import static org.bytedeco.llvm.global.LLVM.LLVMInitializeNativeAsmPrinter;
import static org.bytedeco.llvm.global.LLVM.LLVMInitializeNativeTarget;
import static org.bytedeco.llvm.global.LLVM.LLVMRelocPIC;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMTargetDataRef;
import org.bytedeco.llvm.LLVM.LLVMTargetMachineRef;
import org.bytedeco.llvm.LLVM.LLVMTargetRef;

final class HostTarget {
    private static final Object INIT_LOCK = new Object();
    private static boolean initialised;

    private HostTarget() {
    }

    /** Initialises LLVM's native target, asm printer and asm parser, once per process. */
    static void initialise() {
        synchronized (INIT_LOCK) {
            if (!initialised) {
                LLVMInitializeNativeTarget();
                LLVMInitializeNativeAsmPrinter();
                LLVMInitializeNativeAsmParser();
                initialised = true;
            }
        }
    }

    /** The host triple, e.g. {@code x86_64-unknown-linux-gnu}. */
    static String triple() {
        initialise();
        BytePointer triple = LLVMGetDefaultTargetTriple();
        String text = triple.getString();
        LLVMDisposeMessage(triple);
        return text;
    }

    /** A new target machine for the host; the caller disposes it. Precondition: 0 <= optLevel <= 3. */
    static LLVMTargetMachineRef createMachine(int optLevel) {
        initialise();
        String triple = triple();
        LLVMTargetRef target = new LLVMTargetRef();
        BytePointer error = new BytePointer();
        if (LLVMGetTargetFromTriple(new BytePointer(triple), target, error) != 0) {
            String message = error.getString();
            LLVMDisposeMessage(error);
            throw new InternalCompilerError("no LLVM target for " + triple + ": " + message);
        }
        BytePointer cpu = LLVMGetHostCPUName();
        BytePointer features = LLVMGetHostCPUFeatures();
        LLVMTargetMachineRef machine = LLVMCreateTargetMachine(target, triple, cpu.getString(),
                features.getString(), codeGenLevel(optLevel), LLVMRelocPIC, LLVMCodeModelDefault);
        LLVMDisposeMessage(cpu);
        LLVMDisposeMessage(features);
        if (machine == null || machine.isNull()) {
            throw new InternalCompilerError("cannot create an LLVM target machine for " + triple);
        }
        return machine;
    }

    /** The data layout string of a target machine, to stamp on modules before linking them. */
    static String dataLayout(LLVMTargetMachineRef machine) {
        LLVMTargetDataRef data = LLVMCreateTargetDataLayout(machine);
        BytePointer rep = LLVMCopyStringRepOfTargetData(data);
        String text = rep.getString();
        LLVMDisposeMessage(rep);
        LLVMDisposeTargetData(data);
        return text;
    }

    private static int codeGenLevel(int optLevel) {
        return switch (optLevel) {
            case 0 -> LLVMCodeGenLevelNone;
            case 1 -> LLVMCodeGenLevelLess;
            case 2 -> LLVMCodeGenLevelDefault;
            case 3 -> LLVMCodeGenLevelAggressive;
            default -> throw new IllegalArgumentException("optimisation level " + optLevel);
        };
    }
}
