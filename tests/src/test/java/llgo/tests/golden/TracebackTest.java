/*
 * Goroutine traces (runtime/ABI.md "Line tables and tracebacks"): every
 * tests/testdata/traces/x.go panics; built through llgo.build.Compiler and run, the lines
 * its standard error has after "goroutine 1 [running]:" must equal gc's trace (x.trace,
 * written by tests/testdata/regen.sh) frame for frame: the function names as gc prints
 * them and each frame's file and line. Compared loosely where llgo does not reproduce gc:
 * argument words (gc's "(0x1, ...)", llgo's "(...)"), the "+0x.." code offsets, the
 * directory of the file, and the position of a frame inside gc's own runtime sources.
 */
package llgo.tests.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import llgo.build.BuildOptions;
import llgo.build.BuildResult;
import llgo.build.Compiler;

class TracebackTest {
    private static final Path TRACES = GoldenTest.TESTDATA.resolve("traces");
    private static final Pattern CALL = Pattern.compile("^(\\S+)\\(.*\\)$");
    private static final Pattern LOCATION = Pattern.compile("^\\t(\\S+):(\\d+)( \\+0x[0-9a-f]+)?$");

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> traces() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(TRACES)) {
            files = list.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(), () -> compare(file)));
    }

    private void compare(Path source) throws IOException, InterruptedException {
        String stem = source.getFileName().toString().replaceAll("\\.go$", "");
        Path executable = work.resolve(stem);
        BuildResult result = new Compiler(BuildOptions.defaults()).build(List.of(source), executable);
        assertTrue(result.ok(), () -> source + " did not compile:\n" + String.join("\n", result.errors()));
        Process process = new ProcessBuilder(executable.toString())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(GoldenTest.RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS), source + " did not finish");
        int header = stderr.indexOf(GoldenTest.TRACE_HEADER);
        assertTrue(header >= 0, () -> source + ": no goroutine header in\n" + stderr);
        String actual = stderr.substring(header + GoldenTest.TRACE_HEADER.length());
        String expected = Files.readString(source.resolveSibling(stem + ".trace"), StandardCharsets.UTF_8);
        assertEquals(normalise(expected), normalise(actual), source + ": trace\n" + actual);
    }

    /** The trace with arguments as "(...)", locations as "file.go:LINE" ("<runtime>" inside the runtime), no offsets. */
    static String normalise(String trace) {
        List<String> lines = new ArrayList<>();
        for (String line : trace.split("\n")) {
            if (line.isEmpty()) continue;
            Matcher location = LOCATION.matcher(line);
            Matcher call = CALL.matcher(line);
            if (location.matches()) {
                String file = location.group(1);
                boolean runtime = file.equals("?") || file.contains("/src/runtime/");
                lines.add("\t" + (runtime ? "<runtime>" : Path.of(file).getFileName() + ":" + location.group(2)));
            } else if (call.matches()) {
                lines.add(call.group(1) + "(...)");
            } else {
                lines.add(line);
            }
        }
        return String.join("\n", lines);
    }
}
