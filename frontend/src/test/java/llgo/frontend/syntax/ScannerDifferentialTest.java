/*
 * Scanner against the ANTLR lexer it replaced (AntlrGoLexer with AntlrGoLexerBase): both
 * lex the same input, each from its own decoding of it, and must give the same tokens —
 * type, channel, start and stop index, line, column, text, and whether LiteralChecker
 * marked the literal bad — the same positions for them afterwards (line directives
 * applied alike), and the same errors in the same order. The inputs are every .go file
 * under GOROOT/src and GOROOT/test, the fuzz tests' mutants of them and random inputs
 * (FuzzInputs), and a list of hard cases: non-ASCII identifiers, invalid UTF-8, BOMs,
 * NUL bytes, unterminated literals and comments at a newline and at the end of the file,
 * and line directives. -Dllgo.scanner.mutants=N sets the number of mutants.
 */
package llgo.frontend.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.junit.jupiter.api.Test;

import llgo.frontend.Diagnostic;
import llgo.frontend.Diagnostics;
import llgo.frontend.FuzzInputs;

class ScannerDifferentialTest {
    private static final int MUTANTS = Integer.getInteger("llgo.scanner.mutants", 1000);
    private static final long SEED = 20261204L;

    /** What a lexer made of one input: its tokens, the source they index (with its line directives), the errors. */
    private record Lexed(List<Token> tokens, SourceText text, List<String> errors) {}

    private static Lexed lex(byte[] bytes, boolean reference) {
        Diagnostics diag = new Diagnostics();
        SourceText text = SourceText.decode("x.go", bytes, diag);
        TokenSource lexer;
        if (reference) {
            AntlrGoLexer antlr = new AntlrGoLexer(text.charStream());
            antlr.removeErrorListeners();
            antlr.setSource(text, diag);
            lexer = antlr;
        } else {
            lexer = new Scanner(text, diag);
        }
        List<Token> tokens = new ArrayList<>();
        for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
            tokens.add(t);
            if (t.getType() == Token.EOF) break;
        }
        return new Lexed(tokens, text, diag.sorted().stream().map(Diagnostic::toString).toList());
    }

    /** Everything compared of a token, as text. */
    private static String show(Token t, SourceText text) {
        return GoParser.VOCABULARY.getSymbolicName(t.getType()) + " ch" + t.getChannel() + " [" + t.getStartIndex()
                + "," + t.getStopIndex() + "] " + t.getLine() + ":" + t.getCharPositionInLine()
                + (t instanceof LiteralChecker.BadLiteral ? " bad" : "") + " " + text.pos(t.getStartIndex())
                + " " + quote(t.getText());
    }

    private static boolean alike(Token a, SourceText at, Token b, SourceText bt) {
        return a.getType() == b.getType() && a.getChannel() == b.getChannel() && a.getStartIndex() == b.getStartIndex()
                && a.getStopIndex() == b.getStopIndex() && a.getLine() == b.getLine()
                && a.getCharPositionInLine() == b.getCharPositionInLine()
                && (a instanceof LiteralChecker.BadLiteral) == (b instanceof LiteralChecker.BadLiteral)
                && java.util.Objects.equals(a.getText(), b.getText())
                && at.pos(a.getStartIndex()).equals(bt.pos(b.getStartIndex()));
    }

    private static String quote(String s) {
        return s == null ? "null" : "\"" + s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r") + "\"";
    }

    /** How the two lexers compare on one input: the tokens, and the first difference or null. */
    private record Comparison(int tokens, String difference) {}

    /** Null when both lexers agree on the input, else the first difference. */
    private static String difference(byte[] bytes) {
        return compare(bytes).difference();
    }

    private static Comparison compare(byte[] bytes) {
        Lexed want = lex(bytes, true);
        Lexed got = lex(bytes, false);
        return new Comparison(got.tokens().size(), firstDifference(want, got));
    }

    private static String firstDifference(Lexed want, Lexed got) {
        List<Token> w = want.tokens();
        List<Token> g = got.tokens();
        for (int i = 0; i < Math.min(w.size(), g.size()); i++) {
            if (!alike(w.get(i), want.text(), g.get(i), got.text())) {
                return "token " + i + ": ANTLR " + show(w.get(i), want.text()) + ", Scanner " + show(g.get(i), got.text());
            }
        }
        if (w.size() != g.size()) return "ANTLR made " + w.size() + " tokens, Scanner " + g.size();
        if (!want.errors().equals(got.errors())) return "errors: ANTLR " + want.errors() + ", Scanner " + got.errors();
        return null;
    }

    private static void assertSame(String what, byte[] bytes) {
        String d = difference(bytes);
        if (d != null) fail(what + ": " + d);
    }

    @Test
    void hardCases() {
        List<String> cases = List.of(
                "", "\n", "x", "x\n", "break\ncontinue\nreturn\nfallthrough\nx++\ny--\n)\n]\n}\n",
                "π := 1\nx·y\nfoo۶ ۶foo\n", "ÿ\u00a0x \u0085 \u200b\n", "x\u00ad", "a\u2028b",
                "\ufeffpackage p", "package p\ufeff\n", "x\u0000y\n", "a\ufffdb", "\t\r\n\r\n",
                "'a'\n'ab'\n''\n'\\''\n'\\\\'\n'\n'a", "'\\", "'\\\n", "'\\x", "'\\u12'", "'\\400'",
                "\"abc", "\"abc\n", "\"a\\\"b\"", "\"\\", "\"\\\n\"", "\"\\q\"", "\"\\xZZ\"", "\"\\U00110000\"",
                "`raw\nstring`", "`unterminated\nraw", "`", "``x",
                "/* c */", "/* c\n */ x", "x /* c\n */ y", "x /* c */ y\n", "/* unterminated", "/*/", "/**/", "/***/",
                "x /* a\n", "x // c", "x // c\ny", "//", "/", "/=", "x/y",
                "0 1 00 09 0x 0X1p 0x1.p-2 0x.8 0b 0b12 0o8 0O 0b1e5 0x1e5 1e 1e+ 1E-5 1.e5 .5 ..5 1..2 1.5.3 0xi 1i 1if 1else 1_000 1__ ._1",
                "0x_1 0_1 1_ 0x1p1i 0xep 0x1P+ 0o1.2 0b.1 08.5 07i 1ee",
                "... .. . .... a.b", "<<= << <= <- < >>= >> >= > &^= &^ && &= & || |= | == = != ! := : ++ += + -- -= - *= * %= % ^= ^ ~",
                "@ # $ ? \\ \u007f \u000b \u000c",
                "//line foo.go:10\nx\n//line :20\ny\n/*line bar.go:5:3*/z\n//line bad.go:0\nw\n//line x.go:3:0\nv\n",
                "//line foo.go:abc\nx", "  //line foo.go:10\nx", "/*line a.go:1:1\n*/x", "//line a:1:2:3\nq",
                "package p\n\nfunc f() {\n\tx := 1 // comment\n\t/* multi\n\tline */ y := 2\n}\n");
        for (String c : cases) assertSame(quote(c), c.getBytes(StandardCharsets.UTF_8));
        List<byte[]> raw = List.of(new byte[] {(byte) 0xff}, new byte[] {'x', (byte) 0xc0, (byte) 0x80, 'y'},
                new byte[] {'"', (byte) 0xe2, (byte) 0x82, '"'}, new byte[] {'\'', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '\''},
                new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, new byte[] {(byte) 0xef, (byte) 0xbb},
                new byte[] {'/', '/', (byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80, '\n', 'x'},
                new byte[] {'a', 0, 'b', '\n', 0, '\''});
        for (byte[] b : raw) assertSame(java.util.Arrays.toString(b), b);
    }

    @Test
    void everyGoFileOfGoroot() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("src", "test")) {
            try (Stream<Path> s = Files.walk(FuzzInputs.GOROOT.resolve(dir).toRealPath())) {
                s.filter(p -> p.toString().endsWith(".go") && Files.isRegularFile(p)).sorted().forEach(files::add);
            }
        }
        assertTrue(files.size() > 8000, "only " + files.size() + " files");
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        long tokens = files.parallelStream().mapToLong(p -> {
            Comparison c;
            try {
                c = compare(Files.readAllBytes(p));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            if (c.difference() != null) failures.add(p + ": " + c.difference());
            return c.tokens();
        }).sum();
        failures.sort(null);
        System.out.printf("ScannerDifferentialTest: %d files, %d tokens alike%n", files.size(), tokens);
        if (!failures.isEmpty()) fail(failures.size() + " files differ:\n" + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    }

    @Test
    void mutantsAndRandomInputs() throws IOException {
        List<Path> corpus = FuzzInputs.corpus();
        Random rnd = new Random(SEED);
        List<FuzzInputs.Input> inputs = new ArrayList<>();
        for (int i = 0; i < MUTANTS; i++) inputs.add(FuzzInputs.generate(i, rnd, corpus));
        List<String> failures = inputs.parallelStream().map(in -> {
            String d = difference(in.bytes());
            return d == null ? null : in.how() + ": " + d;
        }).filter(java.util.Objects::nonNull).toList();
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())), failures.size() + " of " + MUTANTS + " inputs differ");
    }
}
