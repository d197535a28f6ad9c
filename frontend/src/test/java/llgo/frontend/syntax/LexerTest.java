/*
 * Tests of the lexer: automatic semicolon insertion (Go spec, "Semicolons") and every
 * literal form (Go spec, "Integer literals" ... "String literals"), including the errors
 * gc reports for malformed literals.
 */
package llgo.frontend.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

import llgo.frontend.Diagnostic;
import llgo.frontend.Diagnostics;

class LexerTest {

    /** The on-channel tokens of src, each as "TYPE text" (semicolons show their text). */
    private static List<String> tokens(String src, Diagnostics diag) {
        SourceText text = SourceText.decode("t.go", src.getBytes(StandardCharsets.UTF_8), diag);
        Scanner lexer = new Scanner(text, diag);
        List<String> out = new ArrayList<>();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            if (t.getChannel() != Token.DEFAULT_CHANNEL) continue;
            out.add(GoParser.VOCABULARY.getSymbolicName(t.getType()) + " " + t.getText());
        }
        return out;
    }

    private static List<String> tokens(String src) {
        Diagnostics diag = new Diagnostics();
        List<String> out = tokens(src, diag);
        assertEquals(List.of(), diag.sorted(), "no lexical errors expected in " + src);
        return out;
    }

    private static List<String> errors(String src) {
        Diagnostics diag = new Diagnostics();
        tokens(src, diag);
        return diag.sorted().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void semicolonAfterLineFinalTokens() {
        for (String last : List.of("x", "5", "1.5", "2i", "'a'", "\"s\"", "`r`", "break", "continue",
                "fallthrough", "return", "x++", "x--", "f()", "a[1]", "T{}")) {
            List<String> toks = tokens(last + "\n");
            assertEquals("SEMI newline", toks.get(toks.size() - 1), "after " + last);
            List<String> atEof = tokens(last);
            assertEquals("SEMI EOF", atEof.get(atEof.size() - 1), "at EOF after " + last);
        }
    }

    @Test
    void noSemicolonAfterOtherTokens() {
        for (String last : List.of("x +", "(", "[", "{", ",", "func", "if", "x =", "&&", "x.", "case 1:")) {
            List<String> toks = tokens(last + "\n");
            assertTrue(toks.stream().noneMatch(t -> t.equals("SEMI newline")), "after " + last + ": " + toks);
        }
    }

    @Test
    void commentsAndNewlines() {
        assertEquals(List.of("IDENTIFIER x", "SEMI newline", "IDENTIFIER y", "SEMI EOF"), tokens("x // c\ny"));
        assertEquals(List.of("IDENTIFIER x", "SEMI newline", "IDENTIFIER y", "SEMI EOF"), tokens("x /* a\nb */ y"));
        assertEquals(List.of("IDENTIFIER x", "IDENTIFIER y", "SEMI EOF"), tokens("x /* one line */ y"));
        assertEquals(List.of("IDENTIFIER x", "SEMI ;", "IDENTIFIER y", "SEMI newline"), tokens("x; y\n\n\n"));
    }

    @Test
    void integerLiterals() {
        for (String lit : List.of("0", "42", "4_2", "0600", "0_600", "0o600", "0O600", "0xBadFace", "0xBad_Face",
                "0x_67_7a_2f_cc_40_c6", "0b1011", "0B_1_0", "170141183460469231731687303715884105727")) {
            assertEquals(List.of("NUMBER " + lit, "SEMI EOF"), tokens(lit), lit);
        }
    }

    @Test
    void floatAndImaginaryLiterals() {
        for (String lit : List.of("0.", "72.40", "072.40", "2.71828", "1.e+0", "6.67428e-11", "1E6", ".25",
                ".12345E+5", "1_5.", "0.15e+0_2", "0x1p-2", "0x2.p10", "0x1.Fp+0", "0X.8p-0", "0X_1FFFP-16",
                "0i", "0123i", "0o123i", "0xabci", "0.i", "2.71828i", "1.e+0i", "6.67428e-11i", "1E6i", ".25i",
                "0x1p-2i")) {
            assertEquals(List.of("NUMBER " + lit, "SEMI EOF"), tokens(lit), lit);
        }
    }

    @Test
    void runeAndStringLiterals() {
        for (String lit : List.of("'a'", "'ä'", "'本'", "'\\t'", "'\\000'", "'\\007'", "'\\377'", "'\\x07'",
                "'\\xff'", "'\\u12e4'", "'\\U00101234'", "'\\''")) {
            assertEquals(List.of("RUNE " + lit, "SEMI EOF"), tokens(lit), lit);
        }
        for (String lit : List.of("\"\"", "\"Hello, world!\\n\"", "\"日本語\"", "\"\\u65e5本\\U00008a9e\"",
                "\"\\xff\\u00FF\"", "\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\"")) {
            assertEquals(List.of("STRING " + lit, "SEMI EOF"), tokens(lit), lit);
        }
        assertEquals(List.of("RAW_STRING `a\nb\\n`", "SEMI EOF"), tokens("`a\nb\\n`"));
    }

    @Test
    void malformedLiteralsAreReportedLikeGc() {
        assertEquals(List.of("t.go:1:3: hexadecimal literal has no digits"), errors("0x"));
        assertEquals(List.of("t.go:1:2: invalid digit '8' in octal literal"), errors("08"));
        assertEquals(List.of("t.go:1:3: '_' must separate successive digits"), errors("1__2"));
        assertEquals(List.of("t.go:1:4: exponent has no digits"), errors("1e+"));
        assertEquals(List.of("t.go:1:6: hexadecimal mantissa requires a 'p' exponent"), errors("0x1.5"));
        assertEquals(List.of("t.go:1:2: 'p' exponent requires hexadecimal mantissa"), errors("1p4"));
        assertEquals(List.of("t.go:1:4: invalid radix point in binary literal"), errors("0b1.0"));
        assertEquals(List.of("t.go:1:1: more than one character in rune literal"), errors("'ab'"));
        assertEquals(List.of("t.go:1:2: empty rune literal or unescaped '"), errors("''"));
        assertEquals(List.of("t.go:1:3: unknown escape"), errors("\"\\q\""));
        assertEquals(List.of("t.go:1:6: octal escape value 256 > 255"), errors("\"\\400\""));
        assertEquals(List.of("t.go:1:8: escape is invalid Unicode code point U+D800"), errors("\"\\uD800\""));
        assertEquals(List.of("t.go:1:5: newline in string"), errors("\"abc\nx"));
        assertEquals(List.of("t.go:1:1: string not terminated"), errors("\"abc"));
        assertEquals(List.of("t.go:1:1: string not terminated"), errors("`abc"));
        assertEquals(List.of("t.go:1:3: comment not terminated"), errors("x /* abc"));
        assertEquals(List.of("t.go:1:3: invalid character U+0040 '@'"), errors("x @"));
        assertEquals(List.of("t.go:1:2: invalid character U+00B7 '·' in identifier"), errors("a·b"));
        Diagnostics diag = new Diagnostics();
        SourceText.decode("t.go", new byte[] {'a', (byte) 0xff, 'b', 0, 'c'}, diag);
        assertEquals(List.of("t.go:1:2: invalid UTF-8 encoding", "t.go:1:4: invalid NUL character"),
                diag.sorted().stream().map(Diagnostic::toString).toList());
    }

    @Test
    void columnsAreCountedInBytes() {
        assertEquals(List.of("t.go:1:10: invalid character U+0040 '@'"), errors("\"héllo\" @"));
        Diagnostics diag = new Diagnostics();
        tokens("x", diag);
        SourceText text = SourceText.decode("t.go", "é\nab€c".getBytes(StandardCharsets.UTF_8), diag);
        assertEquals(new Pos("t.go", 2, 6), text.pos(5)); // 'c' after a 3-byte euro sign
    }
}
