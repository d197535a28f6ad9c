/*
 * Error tests against gc: every src/test/resources/syntax/errors/NAME.go is a bad input and
 * NAME.errors holds exactly what gc 1.19 ("go build NAME.go") printed for it, as
 * "LINE:COL: message" lines (type-checking errors that gc reports after parsing left out).
 * The parser must report the same errors, in order, and nothing else.
 */
package llgo.frontend.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import llgo.frontend.Diagnostics;

class SyntaxErrorTest {

    @TestFactory
    Stream<DynamicTest> errorsMatchGc() throws IOException, URISyntaxException {
        Path dir = Path.of(SyntaxErrorTest.class.getResource("/syntax/errors").toURI());
        List<Path> cases;
        try (Stream<Path> s = Files.list(dir)) {
            cases = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
        assertTrue(cases.size() >= 40, "error cases found: " + cases.size());
        return cases.stream().map(go -> DynamicTest.dynamicTest(go.getFileName().toString(), () -> {
            String name = go.getFileName().toString();
            Path expectedFile = go.resolveSibling(name.replace(".go", ".errors"));
            List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank()).map(l -> name + ":" + l).toList();
            Diagnostics diag = new Diagnostics();
            Parser.parse(name, Files.readAllBytes(go), diag);
            List<String> actual = diag.sorted().stream().map(Object::toString).toList();
            assertEquals(expected, actual);
        }));
    }
}
