/*
 * The type-checker test harness (go/types check_test): every file in
 * src/test/resources/types is parsed and checked, and the reported errors must match
 * the file's ERROR comments exactly: each expected error reported at its position with
 * a matching message, and no other error.
 */
package llgo.frontend.types;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import llgo.frontend.Diagnostic;
import llgo.frontend.Diagnostics;
import llgo.frontend.syntax.File;
import llgo.frontend.syntax.Parser;

class CheckFilesTest {
    static final Path DIR = Path.of("src/test/resources/types");

    @TestFactory
    Stream<DynamicTest> files() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
        if (files.isEmpty()) fail("no test files in " + DIR);
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> checkFile(p)));
    }

    static void checkFile(Path p) throws IOException {
        byte[] src = Files.readAllBytes(p);
        String name = p.getFileName().toString();
        Diagnostics diag = new Diagnostics();
        File f = Parser.parse(name, src, diag);
        if (diag.hasErrors()) fail("syntax errors in test file:\n" + join(diag.sorted()));
        Checker.check("main", List.of(f), Importer.NONE, new Info(), diag);
        List<ErrorComments.Expectation> expected = new ArrayList<>(ErrorComments.parse(src));
        List<String> problems = new ArrayList<>();
        for (Diagnostic d : diag.sorted()) {
            String first = d.message().split("\n")[0];
            ErrorComments.Expectation hit = null;
            for (ErrorComments.Expectation e : expected) {
                if (e.line() == d.pos().line() && (e.col() == 0 || e.col() == d.pos().col()) && e.pattern().matcher(first).find()) {
                    hit = e;
                    break;
                }
            }
            if (hit != null) expected.remove(hit);
            else problems.add("unexpected error " + d.pos() + ": " + first);
        }
        for (ErrorComments.Expectation e : expected) problems.add("missing error " + name + ":" + e);
        if (!problems.isEmpty()) fail(String.join("\n", problems));
    }

    private static String join(List<Diagnostic> ds) {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : ds) sb.append(d).append('\n');
        return sb.toString();
    }
}
