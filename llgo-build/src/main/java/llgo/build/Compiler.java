/*
 * Orchestrates the compiler's two jobs. build: one build of a Go program — read the named
 * files, run the front stages (Pipeline) for the main package, link the package modules
 * with the entry module and the runtime bitcode (ProgramLinker), optimise (Optimizer), and
 * either write the program as LLVM IR text (-emit-llvm) or emit an object (ObjectEmitter)
 * and link the executable (NativeLinker). compilePackage: what "go tool compile -e" does
 * for GOROOT/test's compile and errorcheck cases — the front stages for a package of any
 * name, every error reported, the package module verified, nothing linked or written.
 * Every build has its own LLVMContext and target machine, so builds may run on several
 * threads at once.
 */
package llgo.build;

import static org.bytedeco.llvm.global.LLVM.LLVMContextCreate;
import static org.bytedeco.llvm.global.LLVM.LLVMContextDispose;
import static org.bytedeco.llvm.global.LLVM.LLVMDisposeMessage;
import static org.bytedeco.llvm.global.LLVM.LLVMDisposeModule;
import static org.bytedeco.llvm.global.LLVM.LLVMDisposeTargetMachine;
import static org.bytedeco.llvm.global.LLVM.LLVMPrintModuleToFile;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.function.Supplier;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMTargetMachineRef;

import llgo.runtime.RuntimeBitcode;

public final class Compiler {
    private final BuildOptions options;
    private final PrintStream dump;
    private final Supplier<byte[]> runtimeBitcode;

    /** A compiler that prints -dump-ast and -dump-ssa output on standard output. */
    public Compiler(BuildOptions options) {
        this(options, System.out);
    }

    /** A compiler that prints -dump-ast and -dump-ssa output on {@code dump}. */
    public Compiler(BuildOptions options, PrintStream dump) {
        this(options, dump, RuntimeBitcode::bytes);
    }

    Compiler(BuildOptions options, PrintStream dump, Supplier<byte[]> runtimeBitcode) {
        this.options = options;
        this.dump = dump;
        this.runtimeBitcode = runtimeBitcode;
    }

    /**
     * Builds the Go source files (one package) into a native executable at {@code output}
     * (or LLVM IR text when {@code options.emitLlvm()}). Never throws for bad input: the
     * errors come back in the result, exactly as llgo-build prints them. On failure no file
     * exists at {@code output}. Throws InternalCompilerError (or another unchecked
     * exception) only for a compiler bug.
     */
    public BuildResult build(List<Path> files, Path output) {
        List<SourceFile> sources;
        try {
            sources = SourceReader.read(files);
        } catch (BuildFailure failure) {
            return BuildResult.failure(failure.errors());
        }
        return build(context -> List.of(Pipeline.compile(context, sources, PackageRole.COMMAND, options, dump)),
                output);
    }

    /**
     * Compiles the Go source files (one package, any package name, which is also its path)
     * to its LLVM module and verifies it, without linking and without writing a file, as
     * "go tool compile -e -p=<name>" checks a package. Every error comes back, sorted, with
     * no cut-off. Never throws for bad input; throws InternalCompilerError (or another
     * unchecked exception) only for a compiler bug, such as a module that does not verify.
     */
    public BuildResult compilePackage(List<Path> files) {
        try {
            List<SourceFile> sources = SourceReader.read(files);
            LLVMContextRef context = LLVMContextCreate();
            LlvmDiagnostics.install(context);
            try {
                LLVMModuleRef module = Pipeline.compile(context, sources, PackageRole.PACKAGE, options, dump).module();
                try {
                    ModuleVerifier.verify(module);
                } finally {
                    LLVMDisposeModule(module);
                }
            } finally {
                LLVMContextDispose(context);
                LlvmDiagnostics.takeErrors();
            }
            return BuildResult.success();
        } catch (BuildFailure failure) {
            return BuildResult.failure(failure.errors());
        }
    }

    /** The back half of a build, for any source of package modules. */
    BuildResult build(FrontEnd frontEnd, Path output) {
        try (OutputFile out = OutputFile.open(output)) {
            LLVMContextRef context = LLVMContextCreate();
            LlvmDiagnostics.install(context);
            LLVMTargetMachineRef machine = null;
            LLVMModuleRef program = null;
            try {
                List<PackageModule> packages = frontEnd.compile(context);
                machine = HostTarget.createMachine(options.optLevel());
                program = ProgramLinker.link(context, packages, runtimeBitcode.get(),
                        HostTarget.triple(), HostTarget.dataLayout(machine));
                Optimizer.optimise(program, machine, options.optLevel());
                if (options.emitLlvm()) {
                    writeIr(program, out.temporary());
                } else {
                    emitExecutable(program, machine, out.temporary());
                }
            } finally {
                if (program != null) {
                    LLVMDisposeModule(program);
                }
                if (machine != null) {
                    LLVMDisposeTargetMachine(machine);
                }
                LLVMContextDispose(context);
                LlvmDiagnostics.takeErrors();
            }
            out.commit();
            return BuildResult.success();
        } catch (BuildFailure failure) {
            return BuildResult.failure(failure.errors());
        }
    }

    private static void writeIr(LLVMModuleRef program, Path file) {
        BytePointer error = new BytePointer();
        if (LLVMPrintModuleToFile(program, new BytePointer(file.toString()), error) != 0) {
            String text = error.getString();
            LLVMDisposeMessage(error);
            throw new InternalCompilerError("cannot write " + file + ": " + text);
        }
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (IOException e) {
            throw new InternalCompilerError("cannot set the permissions of " + file, e);
        }
    }

    private static void emitExecutable(LLVMModuleRef program, LLVMTargetMachineRef machine, Path executable) {
        try (TemporaryDirectory work = TemporaryDirectory.create("llgo-build-")) {
            Path object = work.path().resolve("program.o");
            ObjectEmitter.emit(program, machine, object);
            NativeLinker.link(object, executable);
        }
    }
}
