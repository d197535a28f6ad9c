/*
 * Run-and-compare tests of Go source programs (go/ssa's and TinyGo's testdata style): every
 * src/test/resources/codegen/X.go goes through parser, checker, SSA builder and code
 * generator, is linked with the runtime and run; its standard error must equal X.out, which
 * holds what gc (go1.19, `go run X.go`) printed, and it must exit with status 0. A program
 * that panics is compared up to gc's "goroutine 1 [running]:" line (the stack trace after it
 * names gc's addresses) and must exit with status 2.
 */
package llgo.codegen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GoProgramsTest {
    private static final String TRACE_HEADER = "goroutine 1 [running]:\n";

    static Stream<Path> programs() throws Exception { return GoSources.programs().stream(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void outputMatchesGc(Path source) throws Exception {
        String expected = Files.readString(Path.of(source.toString().replaceAll("\\.go$", ".out")));
        int trace = expected.indexOf(TRACE_HEADER);
        if (trace < 0) {
            RunAndCompare.assertRuns(GoSources.build(source), expected, 0);
        } else {
            RunAndCompare.assertRuns(GoSources.build(source), expected.substring(0, trace + TRACE_HEADER.length()), 2);
        }
    }
}
