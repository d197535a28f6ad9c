/*
 * Run-and-compare tests (STYLE.md "three kinds of tests", after go/ssa's and TinyGo's
 * testdata): every tests/testdata/x.go is compiled in-process through llgo.build.Compiler,
 * run with no input, and its standard output, standard error and exit status compared with
 * what gc produced (x.out, x.err, x.status, written by tests/testdata/regen.sh). A panic's
 * standard error is compared up to and including "goroutine 1 [running]:", since gc's
 * traceback after it cannot match (TracebackTest compares llgo's own traces); the program
 * counter of gc's "[signal ... pc=0x...]" line names a code address, which differs between
 * compilers and runs, so it is masked on both sides. Every tests/testdata/errors/x.go must be rejected with
 * exactly gc's error lines (x.errors), leaving no output file.
 */
package llgo.tests.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import llgo.build.BuildOptions;
import llgo.build.BuildResult;
import llgo.build.Compiler;

class GoldenTest {
    static final Path TESTDATA = Path.of("testdata");
    static final String TRACE_HEADER = "goroutine 1 [running]:\n";
    static final java.util.regex.Pattern PROGRAM_COUNTER = java.util.regex.Pattern.compile("pc=0x[0-9a-f]+");
    static final long RUN_TIMEOUT_SECONDS = 60;

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> programs() {
        return goFiles(TESTDATA).map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                file.toUri(), () -> runAndCompare(file)));
    }

    /** Programs whose expectations are gc's output under debug.SetPanicOnFault(true) (see its README). */
    @TestFactory
    Stream<DynamicTest> programsAsUnderPanicOnFault() {
        return goFiles(TESTDATA.resolve("panic-on-fault")).map(file -> DynamicTest.dynamicTest(
                "panic-on-fault/" + file.getFileName(), file.toUri(), () -> runAndCompare(file)));
    }

    @TestFactory
    Stream<DynamicTest> rejectedPrograms() {
        return goFiles(TESTDATA.resolve("errors")).map(file -> DynamicTest.dynamicTest(
                "errors/" + file.getFileName(), file.toUri(), () -> compileAndCompareErrors(file)));
    }

    private void runAndCompare(Path source) throws IOException, InterruptedException {
        Path executable = work.resolve(stem(source));
        BuildResult result = new Compiler(BuildOptions.defaults()).build(List.of(source), executable);
        assertTrue(result.ok(), () -> source + " did not compile:\n" + String.join("\n", result.errors()));

        Path stdout = work.resolve(stem(source) + ".stdout");
        Path stderr = work.resolve(stem(source) + ".stderr");
        Process process = new ProcessBuilder(executable.toString())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!process.waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(source + " ran longer than " + RUN_TIMEOUT_SECONDS + " s");
        }

        String expectedErr = expectation(source, ".err", "");
        String actualErr = text(stderr);
        if (expectedErr.endsWith(TRACE_HEADER) && actualErr.contains(TRACE_HEADER)) {
            actualErr = actualErr.substring(0, actualErr.indexOf(TRACE_HEADER) + TRACE_HEADER.length());
        }
        assertEquals(maskProgramCounter(expectedErr), maskProgramCounter(actualErr), source + ": standard error");
        assertEquals(expectation(source, ".out", null), text(stdout),
                source + ": standard output");
        assertEquals(Integer.parseInt(expectation(source, ".status", "0").strip()), process.exitValue(),
                source + ": exit status");
    }

    private void compileAndCompareErrors(Path source) throws IOException {
        Path executable = work.resolve(stem(source));
        BuildResult result = new Compiler(BuildOptions.defaults()).build(List.of(source), executable);
        assertFalse(result.ok(), source + " compiled but gc rejects it");
        assertFalse(Files.exists(executable), "a failed build left " + executable);
        String prefix = source + ":";
        String bareName = source.getFileName() + ":";
        List<String> actual = result.errors().stream()
                .map(line -> line.startsWith(prefix) ? bareName + line.substring(prefix.length()) : line)
                .toList();
        assertEquals(expectation(source, ".errors", null), String.join("\n", actual) + "\n",
                source + ": error lines");
    }

    /** A file's bytes as text; bytes that are not UTF-8 (programs may print any) become U+FFFD on both sides. */
    private static String text(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    private static String maskProgramCounter(String stderr) { return PROGRAM_COUNTER.matcher(stderr).replaceAll("pc=PC"); }

    /** The expectation file beside {@code source}; {@code absent} when it does not exist (null: required). */
    private static String expectation(Path source, String extension, String absent) throws IOException {
        Path file = source.resolveSibling(stem(source) + extension);
        if (!Files.exists(file)) {
            if (absent == null) {
                throw new AssertionError("missing " + file + ": run tests/testdata/regen.sh");
            }
            return absent;
        }
        return text(file);
    }

    private static Stream<Path> goFiles(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> sorted = files.filter(f -> f.toString().endsWith(".go")).sorted().toList();
            if (sorted.isEmpty()) {
                throw new AssertionError("no .go files in " + directory.toAbsolutePath());
            }
            return sorted.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stem(Path source) {
        String name = source.getFileName().toString();
        return name.substring(0, name.length() - ".go".length());
    }
}
