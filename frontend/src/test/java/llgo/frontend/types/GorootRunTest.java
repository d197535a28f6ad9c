/*
 * Positive tests on gc's own test programs: every file under GOROOT/test whose first
 * line is "// run" and that imports nothing is a valid program, so checking it must
 * report no error (generic programs included: they are fully type-checked). Skipped
 * when GOROOT is absent.
 */
package llgo.frontend.types;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import llgo.frontend.Diagnostic;
import llgo.frontend.Diagnostics;
import llgo.frontend.syntax.File;
import llgo.frontend.syntax.Parser;

class GorootRunTest {
    static final Path TEST_DIR = Path.of("/usr/lib/go-1.19/test");

    /** The "// run" programs of GOROOT/test without imports, sorted. */
    static List<Path> runPrograms() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(TEST_DIR.toRealPath(), 2)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".go")).sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.ISO_8859_1);
                if (!text.startsWith("// run\n")) continue;
                if (text.lines().anyMatch(l -> l.startsWith("import"))) continue;
                out.add(p);
            }
        }
        return out;
    }

    @Test
    void runProgramsHaveNoTypeErrors() throws IOException {
        assumeTrue(Files.isDirectory(TEST_DIR), "GOROOT/test not installed");
        List<Path> files = runPrograms();
        assertTrue(files.size() > 300, "expected hundreds of programs, found " + files.size());
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path p : files) {
            Diagnostics diag = new Diagnostics();
            File f = Parser.parse(p.toString(), Files.readAllBytes(p), diag);
            if (diag.hasErrors()) continue; // the parser's own tests cover syntax
            Checker.check("main", List.of(f), Importer.NONE, new Info(), diag);
            checked++;
            for (Diagnostic d : diag.sorted()) {
                if (!d.message().startsWith("not yet supported: ")) problems.add(d.toString());
            }
        }
        assertTrue(checked > 300, "checked only " + checked);
        if (!problems.isEmpty()) fail(problems.size() + " unexpected errors:\n" + String.join("\n", problems));
    }
}
