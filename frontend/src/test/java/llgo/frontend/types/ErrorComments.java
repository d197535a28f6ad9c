/*
 * The expectations of a type-checker test file, in the style of go/types check_test:
 * a comment {@code /* ERROR "rx" *}{@code /} expects an error matching the regular
 * expression rx at the position of the token just before the comment; a comment
 * {@code // ERROR "rx"} expects one anywhere on its line.
 */
package llgo.frontend.types;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

final class ErrorComments {
    /** One expected error: a line, a column (0: anywhere on the line) and a pattern. */
    record Expectation(int line, int col, Pattern pattern, String source) {
        @Override public String toString() { return line + ":" + (col == 0 ? "*" : col) + ": ERROR \"" + source + "\""; }
    }

    private static final Pattern BLOCK = Pattern.compile("/\\* ERROR \"((?:[^\"\\\\]|\\\\.)*)\" \\*/");
    private static final Pattern LINE = Pattern.compile("// ERROR \"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final String[] OPERATORS = {
        "<<=", ">>=", "&^=", "...", "&&", "||", "<-", "++", "--", "==", "!=", "<=", ">=", ":=", "+=", "-=", "*=", "/=",
        "%=", "&=", "|=", "^=", "<<", ">>", "&^"
    };

    private ErrorComments() {}

    /** Parses the expectations of a source file (bytes decoded one char per byte, so columns are byte columns). */
    static List<Expectation> parse(byte[] src) {
        String text = new String(src, StandardCharsets.ISO_8859_1);
        List<Expectation> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(text);
        while (m.find()) {
            int tokStart = precedingTokenStart(text, m.start());
            out.add(new Expectation(lineOf(text, tokStart), colOf(text, tokStart), Pattern.compile(unescape(m.group(1))), m.group(1)));
        }
        m = LINE.matcher(text);
        while (m.find()) {
            out.add(new Expectation(lineOf(text, m.start()), 0, Pattern.compile(unescape(m.group(1))), m.group(1)));
        }
        return out;
    }

    /** The regexp text of a comment: quotes unescaped, and UTF-8 decoded (the file was read one char per byte). */
    private static String unescape(String s) {
        String utf8 = new String(s.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        return utf8.replace("\\\"", "\"");
    }

    private static int lineOf(String t, int off) {
        int line = 1;
        for (int i = 0; i < off; i++) if (t.charAt(i) == '\n') line++;
        return line;
    }

    private static int colOf(String t, int off) {
        int nl = t.lastIndexOf('\n', off - 1);
        return off - nl;
    }

    /** The offset of the first byte of the token that ends right before offset end (spaces skipped). */
    private static int precedingTokenStart(String t, int end) {
        int i = end;
        while (true) {
            while (i > 0 && (t.charAt(i - 1) == ' ' || t.charAt(i - 1) == '\t')) i--;
            // several ERROR comments in a row all refer to the token before the first
            if (i < 2 || !t.startsWith("*/", i - 2)) break;
            int open = t.lastIndexOf("/* ERROR", i - 2);
            if (open < 0) break;
            i = open;
        }
        if (i == 0) return 0;
        char ch = t.charAt(i - 1);
        if (isIdent(ch)) {
            int j = i - 1;
            while (j > 0 && (isIdent(t.charAt(j - 1)) || t.charAt(j - 1) == '.' && j > 1 && Character.isDigit(t.charAt(j - 2)))) j--;
            return j;
        }
        if (ch == '"' || ch == '\'' || ch == '`') {
            int j = i - 2;
            while (j > 0 && !(t.charAt(j) == ch && t.charAt(j - 1) != '\\')) j--;
            return Math.max(j, 0);
        }
        for (String op : OPERATORS) {
            if (i >= op.length() && t.startsWith(op, i - op.length())) return i - op.length();
        }
        return i - 1;
    }

    private static boolean isIdent(char c) { return Character.isLetterOrDigit(c) || c == '_' || c >= 0x80; }
}
