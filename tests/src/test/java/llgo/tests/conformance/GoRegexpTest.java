/*
 * GoRegexp: RE2 constructs whose Java spelling or meaning differs.
 */
package llgo.tests.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GoRegexpTest {

    private static boolean finds(String goRegexp, String text) {
        return GoRegexp.compile(goRegexp).matcher(text).find();
    }

    @Test
    void dollarIsEndOfTextOnly() {
        assertTrue(finds("b$", "ab"));
        assertFalse(finds("b$", "ab\n"), "Go's $ does not match before a final newline");
        assertTrue(finds("(?m)b$", "ab\nc"));
    }

    @Test
    void braceThatIsNoRepetitionIsLiteral() {
        assertTrue(finds("struct {}", "x struct {} y"));
        assertTrue(finds("a{2}", "aa"));
        assertTrue(finds("func\\(\\) {", "func() {"));
        assertTrue(finds("{", "{"));
    }

    @Test
    void asciiClassesAndLiteralBracketsInClasses() {
        assertTrue(finds("[[:alpha:]]+[[:digit:]]", "abc1"));
        assertFalse(finds("^[[:^digit:]]+$", "ab1"));
        assertTrue(finds("[a[]", "["));
        assertTrue(finds("[&&]", "&"));
        assertTrue(finds("[]a]", "]"));
    }

    @Test
    void dotDoesNotMatchNewlineButMatchesCarriageReturn() {
        assertFalse(finds("a.b", "a\nb"));
        assertTrue(finds("a.b", "a\rb"));
    }

    @Test
    void namedGroups() {
        assertTrue(finds("(?P<word>x+)y", "xxy"));
    }

    @Test
    void quotedSequencesPassThrough() {
        assertTrue(finds("\\Q$[{\\E", "$[{"));
    }
}
