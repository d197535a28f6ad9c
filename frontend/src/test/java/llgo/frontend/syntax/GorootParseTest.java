/*
 * Robustness on real code: every .go file of GOROOT/src (testdata directories skipped)
 * and every "// run" or "// compile" test of GOROOT/test must parse without an error.
 * Prints the number of files and the time taken.
 */
package llgo.frontend.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import llgo.frontend.Diagnostics;

class GorootParseTest {
    private static final Path GOROOT = Path.of("/usr/lib/go-1.19");

    private static List<Path> goFiles(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root.toRealPath())) {
            return s.filter(p -> p.toString().endsWith(".go") && Files.isRegularFile(p))
                    .filter(p -> !p.toString().contains("/testdata/")).sorted().toList();
        }
    }

    /** Parses the files and returns the first error of each file that has one. */
    private static List<String> parseAll(List<Path> files) throws IOException {
        List<String> failures = new ArrayList<>();
        for (Path p : files) {
            Diagnostics diag = new Diagnostics();
            Parser.parse(p.toString(), Files.readAllBytes(p), diag);
            if (diag.hasErrors()) failures.add(diag.sorted().get(0).toString());
        }
        return failures;
    }

    @Test
    void everyStandardLibraryFileParses() throws IOException {
        List<Path> files = goFiles(GOROOT.resolve("src"));
        assertTrue(files.size() > 4000, "files: " + files.size());
        long t0 = System.nanoTime();
        List<String> failures = parseAll(files);
        System.out.printf("GOROOT/src: %d files parsed in %.1f s%n", files.size(), (System.nanoTime() - t0) / 1e9);
        assertEquals(List.of(), failures);
    }

    @Test
    void everyRunAndCompileTestParses() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : goFiles(GOROOT.resolve("test"))) {
            String first;
            try (Stream<String> lines = Files.lines(p)) {
                first = lines.findFirst().orElse("");
            } catch (java.io.UncheckedIOException e) {
                continue; // not UTF-8 text: not a run or compile test
            }
            if (first.matches("// (run|compile)( .*)?")) files.add(p);
        }
        assertTrue(files.size() > 1000, "files: " + files.size());
        long t0 = System.nanoTime();
        List<String> failures = parseAll(files);
        System.out.printf("GOROOT/test: %d run/compile files parsed in %.1f s%n", files.size(),
                (System.nanoTime() - t0) / 1e9);
        assertEquals(List.of(), failures);
    }
}
