/*
 * Build step that turns the C runtime (runtime/src/main/c) into the single bitcode file
 * packaged as the classpath resource llgo/runtime/runtime.bc. Each .c file is compiled
 * with the bundled clang (-O2 -fPIC, frame pointers for tracebacks, no debug info, target
 * x86_64-unknown-linux-gnu) and the modules are merged with the bundled llvm-link. Maven runs it in the
 * process-classes phase (runtime/pom.xml); see runtime/README.md.
 */
package llgo.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Compiles the runtime's C sources and links them into one bitcode module. */
public final class BuildRuntimeBitcode {
    /** The only target llgo supports (ABI.md). */
    public static final String TARGET_TRIPLE = "x86_64-unknown-linux-gnu";

    private BuildRuntimeBitcode() {
    }

    /**
     * Usage: {@code BuildRuntimeBitcode <C source directory> <output .bc file>}.
     * Throws (rather than calling System.exit, since Maven runs it inside its own JVM)
     * with the tool's diagnostics when a compilation or the link fails.
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: BuildRuntimeBitcode <C source directory> <output .bc>");
        }
        build(Path.of(args[0]), Path.of(args[1]));
    }

    /**
     * Compiles every {@code *.c} file directly in {@code sourceDir} and links them into {@code output}.
     * Precondition: {@code sourceDir} holds at least one C file and {@code llgo.h}.
     */
    public static void build(Path sourceDir, Path output) throws IOException, InterruptedException {
        List<Path> sources;
        try (Stream<Path> files = Files.list(sourceDir)) {
            sources = files.filter(p -> p.getFileName().toString().endsWith(".c")).sorted().toList();
        }
        if (sources.isEmpty()) {
            throw new ToolFailure("no C sources in " + sourceDir);
        }
        Path work = Files.createTempDirectory("llgo-runtime-bc");
        try {
            List<String> link = new ArrayList<>(List.of(Toolchain.llvmLink().toString()));
            for (Path source : sources) {
                String name = source.getFileName().toString();
                Path object = work.resolve(name.substring(0, name.length() - 2) + ".bc");
                run(compileCommand(source, object));
                link.add(object.toString());
            }
            Files.createDirectories(output.toAbsolutePath().getParent());
            link.addAll(List.of("-o", output.toString()));
            run(link);
        } finally {
            try (Stream<Path> files = Files.list(work)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(work);
        }
    }

    /** The clang command compiling one runtime source to bitcode. */
    public static List<String> compileCommand(Path source, Path output) {
        return List.of(Toolchain.clang().toString(), "--target=" + TARGET_TRIPLE,
                "-std=c11", "-O2", "-fPIC", "-fno-omit-frame-pointer", "-Wall", "-Wextra", "-Werror",
                "-emit-llvm", "-c", source.toString(), "-o", output.toString());
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String diagnostics = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = process.waitFor();
        if (status != 0) {
            throw new ToolFailure(String.join(" ", command) + " failed with status " + status + ":\n" + diagnostics);
        }
    }

    /** A bundled tool exited with an error. */
    static final class ToolFailure extends RuntimeException {
        ToolFailure(String message) {
            super(message);
        }
    }
}
