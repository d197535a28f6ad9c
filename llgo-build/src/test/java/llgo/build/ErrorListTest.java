/*
 * Tests gc's error limit (cmd/compile/internal/base/print.go): errors sorted by position,
 * and from the tenth on, ten lines then "<tenth position>: too many errors" — unless every
 * error is asked for, as gc -e does.
 */
package llgo.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import llgo.frontend.Diagnostics;
import llgo.frontend.syntax.Pos;

class ErrorListTest {
    private static Diagnostics errorsOnLines(int count) {
        Diagnostics diagnostics = new Diagnostics();
        for (int line = count; line >= 1; line--) {
            diagnostics.error(new Pos("x.go", line + 2, 5), "e" + line);
        }
        return diagnostics;
    }

    @Test
    void fewErrorsAreSortedAndAllPrinted() {
        assertEquals(List.of("x.go:3:5: e1", "x.go:4:5: e2", "x.go:5:5: e3"), ErrorList.FIRST_TEN.lines(errorsOnLines(3)));
    }

    @Test
    void nineErrorsHaveNoTrailer() {
        assertEquals(9, ErrorList.FIRST_TEN.lines(errorsOnLines(9)).size());
    }

    @Test
    void tenOrMoreStopAtTenWithTooManyErrors() {
        for (int count : new int[] {10, 25}) {
            List<String> lines = ErrorList.FIRST_TEN.lines(errorsOnLines(count));
            assertEquals(11, lines.size());
            assertEquals("x.go:12:5: e10", lines.get(9));
            assertEquals("x.go:12:5: too many errors", lines.get(10));
        }
    }

    @Test
    void allPrintsEveryErrorSortedWithoutTrailer() {
        List<String> lines = ErrorList.ALL.lines(errorsOnLines(25));
        assertEquals(25, lines.size());
        assertEquals("x.go:3:5: e1", lines.get(0));
        assertEquals("x.go:12:5: e10", lines.get(9));
        assertEquals("x.go:27:5: e25", lines.get(24));
    }
}
