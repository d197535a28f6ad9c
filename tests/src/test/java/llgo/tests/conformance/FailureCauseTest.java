/*
 * FailureCause: failures with the same cause normalise to the same text, different causes
 * stay apart.
 */
package llgo.tests.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class FailureCauseTest {

    @Test
    void positionsQuotesAndNumbersAreRemoved() {
        assertEquals("not yet supported: select statement",
                FailureCause.of("compile failed: /usr/lib/go-1.19/test/fixedbugs/issue12.go:3:14: "
                        + "not yet supported: select statement"));
        assertEquals(FailureCause.of("compile failed: a.go:1:2: undefined: \"foo\" at 0x1f"),
                FailureCause.of("compile failed: b/c.go:30:4: undefined: \"barbaz\" at 0x2"));
        assertEquals("exit status N: panic: runtime error: index out of range [N] with length N",
                FailureCause.of("exit status 2: panic: runtime error: index out of range [5] with length 3"));
    }

    @Test
    void compileErrorsAndUnwantedErrorsOfErrorcheckGroupTogether() {
        assertEquals(FailureCause.of("compile failed: x.go:3:1: not yet supported: goroutines"),
                FailureCause.of("unmatched error: y.go:9:2: not yet supported: goroutines"));
        assertNotEquals(FailureCause.of("compile failed: x.go:3:1: boom"),
                FailureCause.of("compiler crash: java.lang.IllegalStateException: boom"));
    }

    @Test
    void unquotedWordsKeepCausesApart() {
        assertNotEquals(FailureCause.of("compile failed: x.go:1:1: not yet supported: goroutines"),
                FailureCause.of("compile failed: x.go:1:1: not yet supported: select statement"));
    }

    @Test
    void outputMismatchesGroupTogether() {
        assertEquals(FailureCause.of("output differs from .out at line 3: got \"a\", want \"b\""),
                FailureCause.of("output differs from .out at line 17: got \"\", want \"x y\""));
    }
}
