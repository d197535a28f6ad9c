/*
 * ErrorCheck on synthetic sources and compiler outputs, one run.go rule per test.
 */
package llgo.tests.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ErrorCheckTest {
    private static final String FULL = "/go/test/fixedbugs/x.go";

    private static List<String> check(String source, String output) throws ErrorCheck.InvalidCommentException {
        return ErrorCheck.check(output, false, List.of(new ErrorCheck.SourceFile(FULL, "x.go", source)));
    }

    private static final String SOURCE = String.join("\n",
            "// errorcheck",
            "",
            "package p",
            "var a = b // ERROR \"undefined: b\"",
            "var c int = \"s\" // ERROR \"cannot use|incompatible\"",
            "");

    @Test
    void everyWantedErrorMatchedOnItsLine() throws Exception {
        assertEquals(List.of(), check(SOURCE,
                FULL + ":4:9: undefined: b\n" + FULL + ":5:13: cannot use \"s\" (untyped string constant) as int value\n"));
    }

    @Test
    void gcStyleOutputWithoutColumnsAndShortNames() throws Exception {
        assertEquals(List.of(), check(SOURCE, "x.go:4: undefined: b\nx.go:5: incompatible types\n"));
    }

    @Test
    void missingError() throws Exception {
        List<String> problems = check(SOURCE, FULL + ":4:9: undefined: b\n");
        assertEquals(List.of("x.go:5: missing error matching cannot use|incompatible"), problems);
    }

    @Test
    void errorOnALineWithoutComment() throws Exception {
        List<String> problems = check(SOURCE,
                FULL + ":4:9: undefined: b\n" + FULL + ":5:1: cannot use x\n" + FULL + ":3:1: extra\n");
        assertEquals(List.of("unmatched error: x.go:3:1: extra"), problems);
    }

    @Test
    void wrongMessageOnTheRightLine() throws Exception {
        List<String> problems = check(SOURCE, FULL + ":4:9: undefined: c\n" + FULL + ":5:1: cannot use x\n");
        assertEquals(2, problems.size());
        assertTrue(problems.get(0).startsWith("x.go:4: no match for `undefined: b` in: x.go:4:9: undefined: c"),
                problems.get(0));
        assertEquals("unmatched error: x.go:4:9: undefined: c", problems.get(1));
    }

    @Test
    void severalQuotedRegexpsWantSeveralErrors() throws Exception {
        String source = "package p\nvar x = y + z // ERROR \"undefined: y\" \"undefined: z\"\n";
        assertEquals(List.of(), check(source, "x.go:2:9: undefined: y\nx.go:2:13: undefined: z\n"));
        assertEquals(List.of("x.go:2: missing error matching undefined: z"), check(source, "x.go:2:9: undefined: y\n"));
    }

    @Test
    void oneRegexpConsumesEveryMatchingErrorOnItsLineButNoOther() throws Exception {
        String source = "package p\nvar x = y // ERROR \"undefined\"\n";
        assertEquals(List.of(), check(source, "x.go:2:9: undefined: y\nx.go:2:9: undefined again\n"));
        assertEquals(List.of("unmatched error: x.go:2:9: another complaint"),
                check(source, "x.go:2:9: undefined: y\nx.go:2:9: another complaint\n"));
    }

    @Test
    void lineOffsetsBecomePositions() throws Exception {
        String source = "package p\nfunc f() {} // ERROR \"other declaration at LINE+1|LINE-1 LINE\"\nfunc f() {}\n";
        List<ErrorCheck.WantedError> wanted = ErrorCheck.wantedErrors(new ErrorCheck.SourceFile(FULL, "x.go", source));
        assertEquals("other declaration at x.go:3|x.go:1 x.go:2", wanted.get(0).regexp());
        assertEquals(List.of(), check(source, FULL + ":2:6: f redeclared\n\t" + FULL + ":3:6: other declaration at "
                + FULL + ":3:6\n"));
    }

    @Test
    void prefixNeedsColonOrBracketAfterTheLineNumber() {
        assertTrue(ErrorCheck.matchesPrefix("x.go:1:2: m", "x.go:1"));
        assertTrue(ErrorCheck.matchesPrefix("x.go:1[x.go:3]: m", "x.go:1"));
        assertTrue(ErrorCheck.matchesPrefix("./dir/x.go:1: m", "x.go:1"));
        assertFalse(ErrorCheck.matchesPrefix("x.go:12: m", "x.go:1"));
        assertFalse(ErrorCheck.matchesPrefix("yx.go:1: m", "x.go:1"));
        assertFalse(ErrorCheck.matchesPrefix("no colon", "x.go:1"));
    }

    @Test
    void messageTextStartsAfterTheFirstSpace() throws Exception {
        // The file name must not satisfy a regexp: "x.go" appears only in the position.
        String source = "package p\nvar a = b // ERROR \"x\\.go\"\n";
        assertEquals(2, check(source, "x.go:2:9: undefined: b\n").size());
    }

    @Test
    void doubleCommentDisablesTheLine() throws Exception {
        String source = "package p\nvar a = b //// ERROR \"undefined\"\n";
        assertEquals(List.of(), ErrorCheck.wantedErrors(new ErrorCheck.SourceFile(FULL, "x.go", source)));
    }

    @Test
    void outputSplittingDropsNoiseAndJoinsContinuations() {
        assertEquals(List.of("x.go:2: a\n\tdetail", "x.go:3: b"), ErrorCheck.splitOutput(
                "# command-line-arguments\nx.go:2: a\n\tdetail\r\ngo tool compile: exit status 2\n\nx.go:3: b\n"
                        + "<autogenerated>:1: wrapper\n", false));
        assertEquals(List.of("<autogenerated>:1: wrapper"), ErrorCheck.splitOutput("<autogenerated>:1: wrapper\n", true));
    }

    @Test
    void errorautoWantsAnAutogeneratedError() throws Exception {
        String source = "package p\ntype T int // ERRORAUTO \"wrapper\"\n";
        List<ErrorCheck.WantedError> wanted = ErrorCheck.wantedErrors(new ErrorCheck.SourceFile(FULL, "x.go", source));
        assertTrue(wanted.get(0).auto());
        assertEquals(List.of(), ErrorCheck.check("<autogenerated>:1: wrapper of T\n", true,
                List.of(new ErrorCheck.SourceFile(FULL, "x.go", source))));
    }

    @Test
    void gcErrorIsAnErrorComment() throws Exception {
        String source = "package p\nvar a = b // GC_ERROR \"undefined\"\n";
        assertEquals(1, ErrorCheck.wantedErrors(new ErrorCheck.SourceFile(FULL, "x.go", source)).size());
    }

    @Test
    void errorCommentWithoutQuotedRegexpIsInvalid() {
        String source = "package p\nvar a = b // ERROR undefined\n";
        assertThrows(ErrorCheck.InvalidCommentException.class,
                () -> ErrorCheck.wantedErrors(new ErrorCheck.SourceFile(FULL, "x.go", source)));
    }

    @Test
    void noOutputMeansEveryWantedErrorIsMissing() throws Exception {
        assertEquals(2, check(SOURCE, "").size());
    }
}
