/*
 * Turns a generated package module into a running program, as the driver will (ABI.md
 * "Runtime entry"; docs/LLVM.md): verify, link with the runtime bitcode and an entry module
 * defining llgo.main (main.init when present, then main.main(null)), optionally optimise with
 * the new pass manager, emit an object for the host, link it with the bundled clang and lld,
 * and run it, capturing both output streams and the exit status.
 */
package llgo.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMMemoryBufferRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMTargetMachineRef;
import org.bytedeco.llvm.LLVM.LLVMTargetRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

import llgo.runtime.RuntimeBitcode;
import llgo.runtime.Toolchain;

final class NativeProgram {
    record Result(String stdout, String stderr, int exitCode) {}

    private NativeProgram() {}

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

    /**
     * Links a clone of module with the runtime and an entry, optimises it at optLevel (0: no
     * passes), builds an executable and runs it. Precondition: module verifies.
     */
    static Result run(LLVMModuleRef module, LLVMContextRef ctx, int optLevel) throws IOException, InterruptedException {
        LLVMModuleRef program = LLVMCloneModule(module);
        if (LLVMLinkModules2(program, runtimeModule(ctx)) != 0) throw new AssertionError("cannot link the runtime");
        if (LLVMLinkModules2(program, entryModule(ctx, program)) != 0) throw new AssertionError("cannot link the entry");
        String invalid = verify(program);
        if (invalid != null) throw new AssertionError("linked program does not verify: " + invalid);
        LLVMTargetMachineRef machine = targetMachine(optLevel);
        if (optLevel > 0) {
            var error = LLVMRunPasses(program, "default<O" + optLevel + ">", machine, LLVMCreatePassBuilderOptions());
            if (error != null && !error.isNull()) throw new AssertionError("optimisation failed: " + LLVMGetErrorMessage(error).getString());
        }
        Path dir = Files.createTempDirectory("llgo-codegen");
        Path object = dir.resolve("prog.o");
        Path exe = dir.resolve("prog");
        BytePointer error = new BytePointer((Pointer) null);
        if (LLVMTargetMachineEmitToFile(machine, program, new BytePointer(object.toString()), LLVMObjectFile, error) != 0) {
            throw new AssertionError("emit failed: " + error.getString());
        }
        LLVMDisposeTargetMachine(machine);
        LLVMDisposeModule(program);
        Result link = exec(List.of(Toolchain.clang().toString(), "-fuse-ld=lld", object.toString(), "-o", exe.toString(), "-lm"));
        if (link.exitCode() != 0) throw new AssertionError("link failed: " + link.stderr());
        Result result = exec(List.of(exe.toString()));
        Files.deleteIfExists(object);
        Files.deleteIfExists(exe);
        Files.deleteIfExists(dir);
        return result;
    }

    private static LLVMModuleRef runtimeModule(LLVMContextRef ctx) {
        byte[] bytes = RuntimeBitcode.bytes();
        LLVMMemoryBufferRef buffer = LLVMCreateMemoryBufferWithMemoryRangeCopy(new BytePointer(bytes), bytes.length, new BytePointer("runtime.bc"));
        LLVMModuleRef runtime = new LLVMModuleRef();
        if (LLVMParseBitcodeInContext2(ctx, buffer, runtime) != 0) throw new AssertionError("cannot parse runtime.bc");
        return runtime;
    }

    /** {@code void llgo.main() { main.init(null) if defined; main.main(null) }} */
    private static LLVMModuleRef entryModule(LLVMContextRef ctx, LLVMModuleRef program) {
        LLVMModuleRef entry = LLVMModuleCreateWithNameInContext("llgo.main", ctx);
        LLVMSetDataLayout(entry, LLVMGetDataLayoutStr(program));
        LLVMSetTarget(entry, LLVMGetTarget(program));
        LLVMTypeRef ptr = LLVMPointerTypeInContext(ctx, 0);
        LLVMTypeRef goFn = LLVMFunctionType(LLVMVoidTypeInContext(ctx), LLVMArrays.of(ptr), 1, 0);
        LLVMValueRef main = LLVMAddFunction(entry, "llgo.main", LLVMFunctionType(LLVMVoidTypeInContext(ctx), LLVMArrays.of(ptr), 0, 0));
        LLVMBuilderRef b = LLVMCreateBuilderInContext(ctx);
        LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(ctx, main, "entry"));
        for (String name : List.of("main.init", "main.main")) {
            LLVMValueRef defined = LLVMGetNamedFunction(program, name);
            if (defined == null || defined.isNull()) continue;
            LLVMValueRef f = LLVMAddFunction(entry, name, goFn);
            LLVMBuildCall2(b, goFn, f, LLVMArrays.of(LLVMConstNull(ptr)), 1, "");
        }
        LLVMBuildRetVoid(b);
        LLVMDisposeBuilder(b);
        return entry;
    }

    private static LLVMTargetMachineRef targetMachine(int optLevel) {
        LLVMInitializeNativeTarget();
        LLVMInitializeNativeAsmPrinter();
        LLVMInitializeNativeAsmParser();   // the runtime has module-level assembly (stack.c)
        LLVMTargetRef target = new LLVMTargetRef();
        BytePointer error = new BytePointer((Pointer) null);
        if (LLVMGetTargetFromTriple(new BytePointer("x86_64-unknown-linux-gnu"), target, error) != 0) {
            throw new AssertionError(error.getString());
        }
        return LLVMCreateTargetMachine(target, "x86_64-unknown-linux-gnu", "generic", "",
                optLevel == 0 ? LLVMCodeGenLevelNone : LLVMCodeGenLevelDefault, LLVMRelocPIC, LLVMCodeModelDefault);
    }

    private static Result exec(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("llgo-out", ".txt"), err = Files.createTempFile("llgo-err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        Result r = new Result(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8), p.exitValue());
        Files.delete(out);
        Files.delete(err);
        return r;
    }
}
