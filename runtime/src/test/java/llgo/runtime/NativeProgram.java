/*
 * Test support: builds one of the C test programs of src/test/resources/llgo/runtime/programs
 * together with the packaged runtime bitcode into a native executable (bundled clang and
 * ld.lld only; the program is compiled with split-stack prologues, as compiled Go code is, and
 * linked without -fsplit-stack, which would pull libgcc's __morestack), runs it, and captures its standard error and exit status in the form of
 * the golden files written by programs/regenerate-golden.sh from gc's output.
 */
package llgo.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** A C test program linked with the runtime, built at most once per test run. */
final class NativeProgram {
    private static final Path RUNTIME_HEADERS = Path.of("src/main/c").toAbsolutePath();
    private static final Map<String, NativeProgram> BUILT = new ConcurrentHashMap<>();
    private static final Pattern GOROUTINE_HEADER = Pattern.compile("(?m)^goroutine 1 \\[running\\]:\n");
    private static final Pattern PROGRAM_COUNTER = Pattern.compile("pc=0x[0-9a-f]+");
    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-f]{6,}");
    private static Path workDirectory;

    private final Path executable;

    private NativeProgram(Path executable) {
        this.executable = executable;
    }

    /** The program built from {@code programs/<name>.c}. */
    static NativeProgram named(String name) {
        return BUILT.computeIfAbsent(name, NativeProgram::build);
    }

    /** The directory holding the test programs and their golden files. */
    static Path programsDirectory() {
        try {
            return Path.of(NativeProgram.class.getResource("programs").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The golden text of {@code programs/<name>.golden}. */
    static String golden(String name) throws IOException {
        return Files.readString(programsDirectory().resolve(name + ".golden"), StandardCharsets.UTF_8);
    }

    /**
     * Runs the program and returns its standard error cut after gc's goroutine header line
     * (as the golden files are), followed by {@code [exit N]}.
     */
    String run(String... args) throws IOException, InterruptedException {
        return runWith(Map.of(), args);
    }

    /** As {@link #run}, with these environment variables added. */
    String runWith(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        Process process = builder.start();
        byte[] stderr = process.getErrorStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(executable + " did not finish");
        }
        String text = new String(stderr, StandardCharsets.UTF_8);
        var header = GOROUTINE_HEADER.matcher(text);
        if (header.find()) {
            text = text.substring(0, header.end());
        }
        return text + "[exit " + process.exitValue() + "]\n";
    }

    /** Replaces program counters and addresses of six or more hex digits, which differ between runs and compilers. */
    static String withoutAddresses(String text) {
        return ADDRESS.matcher(PROGRAM_COUNTER.matcher(text).replaceAll("pc=PC")).replaceAll("0xADDR");
    }

    private static synchronized Path workDirectory() throws IOException {
        if (workDirectory == null) {
            Path dir = Files.createTempDirectory("llgo-runtime-test");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
            workDirectory = dir;
            Files.write(workDirectory.resolve("runtime.bc"), RuntimeBitcode.bytes());
        }
        return workDirectory;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // best effort at JVM exit: a leftover temporary directory is harmless
        }
    }

    /** Runs a build command; fails with its output when it fails. */
    private static void run(List<String> command, String name) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String diagnostics = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new AssertionError("building " + name + " failed:\n" + String.join(" ", command) + "\n" + diagnostics);
        }
    }

    private static NativeProgram build(String name) {
        try {
            Path dir = workDirectory();
            Path source = programsDirectory().resolve(name + ".c");
            Path executable = dir.resolve(name);
            Path object = dir.resolve(name + ".o");
            run(List.of(Toolchain.clang().toString(),
                    "--target=" + BuildRuntimeBitcode.TARGET_TRIPLE, "-std=c11", "-O2", "-fsplit-stack",
                    "-Wall", "-Wextra", "-Werror", "-I", RUNTIME_HEADERS.toString(),
                    "-c", source.toString(), "-o", object.toString()), name);
            run(List.of(Toolchain.clang().toString(), "--target=" + BuildRuntimeBitcode.TARGET_TRIPLE, "-O2",
                    "-fuse-ld=lld", "--ld-path=" + Toolchain.lld(),
                    object.toString(), dir.resolve("runtime.bc").toString(), "-o", executable.toString()), name);
            return new NativeProgram(executable);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
