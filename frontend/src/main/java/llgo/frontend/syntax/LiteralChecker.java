/*
 * Checks the literal tokens that the lexer matched leniently, with gc's messages and
 * positions (cmd/compile/internal/syntax/scanner.go: number, rune, stdString, rawString,
 * escape). Go spec sections "Integer literals", "Floating-point literals", "Imaginary
 * literals", "Rune literals", "String literals". An unterminated literal is reported and
 * handed on as a complete literal of its kind, so parsing goes on as gc's does.
 */
package llgo.frontend.syntax;

import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

import llgo.frontend.Diagnostics;

final class LiteralChecker {
    private final SourceText source;
    private final Diagnostics diag;
    private int start;

    LiteralChecker(SourceText source, Diagnostics diag) {
        this.source = source;
        this.diag = diag;
    }

    /** Reports the errors of literal token t and returns the token the parser should see. */
    Token check(Token t) {
        start = t.getStartIndex();
        int end = t.getStopIndex() + 1;
        int errors = diag.count();
        switch (t.getType()) {
            case GoParser.NUMBER -> number(end);
            case GoParser.RUNE -> quoted(end, '\'', true);
            case GoParser.STRING -> quoted(end, '"', true);
            case GoParser.UNTERMINATED_RUNE -> {
                quoted(end, '\'', false);
                return new BadLiteral(t, GoParser.RUNE);
            }
            case GoParser.UNTERMINATED_STRING -> {
                quoted(end, '"', false);
                return new BadLiteral(t, GoParser.STRING);
            }
            case GoParser.UNTERMINATED_RAW -> {
                errorAt(start, "string not terminated");
                return new BadLiteral(t, GoParser.RAW_STRING);
            }
            default -> { }
        }
        return diag.count() > errors ? new BadLiteral(t, t.getType()) : t;
    }

    /** A literal token with a reported error (gc's BasicLit.Bad): the checker takes it as invalid, silently. */
    static final class BadLiteral extends CommonToken {
        private static final long serialVersionUID = 1L;

        BadLiteral(Token t, int type) {
            super(t);
            setType(type);
        }
    }

    private int ch(int i) { return source.codePoint(i); }

    private void errorAt(int index, String message) {
        diag.error(source.pos(index), message);
    }

    /** Error at byte offset {@code byteOff} from the start of the token. */
    private void errorAtOffset(int byteOff, String message) {
        diag.error(source.posPlusBytes(start, byteOff), message);
    }

    // ---- rune and interpreted string literals ----

    private void quoted(int end, char quote, boolean terminated) {
        int i = start + 1;
        int n = 0;
        boolean ok = true;
        int last = terminated ? end - 1 : end;
        while (i < last) {
            if (ch(i) == '\\') {
                int next = escape(i + 1, last, quote);
                if (next < 0) {
                    ok = false;
                    i = -next;
                } else {
                    i = next;
                }
            } else {
                i++;
            }
            n++;
        }
        if (!terminated) {
            boolean atEof = end >= source.length();
            if (quote == '"') {
                if (atEof) errorAt(start, "string not terminated");
                else errorAt(end, "newline in string");
            } else if (ok) {
                if (atEof) errorAt(start, "rune literal not terminated");
                else errorAt(end, "newline in rune literal");
            }
            return;
        }
        if (quote == '\'' && ok) {
            if (n == 0) errorAt(last, "empty rune literal or unescaped '");
            else if (n != 1) errorAt(start, "more than one character in rune literal");
        }
    }

    /**
     * Checks the escape whose character after the backslash is at i (gc's scanner.escape).
     * Returns the index after it, or minus that index if the escape is invalid.
     */
    private int escape(int i, int last, char quote) {
        if (i >= last) return i;
        int c = ch(i);
        int n;
        int base;
        long max;
        switch (c) {
            case 'a', 'b', 'f', 'n', 'r', 't', 'v', '\\' -> { return i + 1; }
            case '0', '1', '2', '3', '4', '5', '6', '7' -> { n = 3; base = 8; max = 255; }
            case 'x' -> { i++; n = 2; base = 16; max = 255; }
            case 'u' -> { i++; n = 4; base = 16; max = 0x10FFFF; }
            case 'U' -> { i++; n = 8; base = 16; max = 0x10FFFF; }
            default -> {
                if (c == quote) return i + 1;
                errorAt(i, "unknown escape");
                return -(i + 1);
            }
        }
        long x = 0;
        for (int k = n; k > 0; k--) {
            if (i >= source.length()) return i;
            int d = digitValue(ch(i));
            if (d >= base) {
                errorAt(i, "invalid character " + quoteRune(ch(i)) + " in " + baseName(base) + " escape");
                return -Math.min(i + (i < last ? 1 : 0), last);
            }
            x = x * base + d;
            i++;
        }
        if (x > max && base == 8) {
            errorAt(i, "octal escape value " + x + " > 255");
            return -i;
        }
        if (x > max || (x >= 0xD800 && x < 0xE000)) {
            errorAt(i, "escape is invalid Unicode code point " + formatU((int) x));
            return -i;
        }
        return i;
    }

    private static int digitValue(int c) {
        if (c >= '0' && c <= '9') return c - '0';
        int l = Character.toLowerCase(c);
        if (l >= 'a' && l <= 'f') return l - 'a' + 10;
        return 16;
    }

    // ---- numbers (gc's scanner.number on the matched text) ----

    private void number(int end) {
        String lit = source.text(start, end);
        int i = 0;
        boolean ok = true;
        boolean isInt = true;
        int base = 10;
        char prefix = 0;
        int digsep = 0;
        int[] invalid = {-1};
        boolean seenPoint = lit.charAt(0) == '.';
        if (!seenPoint) {
            if (lit.charAt(0) == '0') {
                i = 1;
                char p = i < lit.length() ? Character.toLowerCase(lit.charAt(i)) : 0;
                switch (p) {
                    case 'x' -> { i++; base = 16; prefix = 'x'; }
                    case 'o' -> { i++; base = 8; prefix = 'o'; }
                    case 'b' -> { i++; base = 2; prefix = 'b'; }
                    default -> { base = 8; prefix = '0'; digsep = 1; }
                }
            }
            int[] r = digits(lit, i, base, invalid);
            i = r[0];
            digsep |= r[1];
            if (i < lit.length() && lit.charAt(i) == '.') {
                if (prefix == 'o' || prefix == 'b') {
                    errorAtOffset(i, "invalid radix point in " + baseName(base) + " literal");
                    ok = false;
                }
                i++;
                seenPoint = true;
            }
        } else {
            i = 1;
        }
        if (seenPoint) {
            isInt = false;
            int[] r = digits(lit, i, base, invalid);
            i = r[0];
            digsep |= r[1];
        }
        if ((digsep & 1) == 0 && ok) {
            errorAtOffset(i, baseName(base) + " literal has no digits");
            ok = false;
        }
        char e = i < lit.length() ? Character.toLowerCase(lit.charAt(i)) : 0;
        if (e == 'e' || e == 'p') {
            if (ok) {
                if (e == 'e' && prefix != 0 && prefix != '0') {
                    errorAtOffset(i, "'" + lit.charAt(i) + "' exponent requires decimal mantissa");
                    ok = false;
                } else if (e == 'p' && prefix != 'x') {
                    errorAtOffset(i, "'" + lit.charAt(i) + "' exponent requires hexadecimal mantissa");
                    ok = false;
                }
            }
            i++;
            isInt = false;
            if (i < lit.length() && (lit.charAt(i) == '+' || lit.charAt(i) == '-')) i++;
            int[] r = digits(lit, i, 10, null);
            i = r[0];
            digsep = r[1] | (digsep & 2);
            if ((digsep & 1) == 0 && ok) {
                errorAtOffset(i, "exponent has no digits");
                ok = false;
            }
        } else if (prefix == 'x' && !isInt && ok) {
            errorAtOffset(i, "hexadecimal mantissa requires a 'p' exponent");
            ok = false;
        }
        boolean imag = i < lit.length() && lit.charAt(i) == 'i';
        if (isInt && !imag && invalid[0] >= 0 && ok) {
            errorAtOffset(invalid[0], "invalid digit " + quoteRune(lit.charAt(invalid[0])) + " in "
                    + baseName(base) + " literal");
            ok = false;
        }
        if ((digsep & 2) != 0 && ok) {
            int s = invalidSep(lit);
            if (s >= 0) errorAtOffset(s, "'_' must separate successive digits");
        }
    }

    /** gc's scanner.digits: returns {index after the digits, digsep bits}. */
    private static int[] digits(String lit, int i, int base, int[] invalid) {
        int digsep = 0;
        if (base <= 10) {
            int max = '0' + base;
            while (i < lit.length() && (isDecimal(lit.charAt(i)) || lit.charAt(i) == '_')) {
                char c = lit.charAt(i);
                int ds = 1;
                if (c == '_') ds = 2;
                else if (c >= max && invalid != null && invalid[0] < 0) invalid[0] = i;
                digsep |= ds;
                i++;
            }
        } else {
            while (i < lit.length() && (isHex(lit.charAt(i)) || lit.charAt(i) == '_')) {
                digsep |= lit.charAt(i) == '_' ? 2 : 1;
                i++;
            }
        }
        return new int[] {i, digsep};
    }

    /** gc's invalidSep: index of the first '_' that does not separate digits, or -1. */
    private static int invalidSep(String x) {
        char x1 = ' ';
        char d = '.';
        int i = 0;
        if (x.length() >= 2 && x.charAt(0) == '0') {
            x1 = Character.toLowerCase(x.charAt(1));
            if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
                d = '0';
                i = 2;
            }
        }
        for (; i < x.length(); i++) {
            char p = d;
            d = x.charAt(i);
            if (d == '_') {
                if (p != '0') return i;
            } else if (isDecimal(d) || (x1 == 'x' && isHex(d))) {
                d = '0';
            } else {
                if (p == '_') return i - 1;
                d = '.';
            }
        }
        if (d == '_') return x.length() - 1;
        return -1;
    }

    private static boolean isDecimal(char c) { return c >= '0' && c <= '9'; }

    private static boolean isHex(char c) {
        return isDecimal(c) || (Character.toLowerCase(c) >= 'a' && Character.toLowerCase(c) <= 'f');
    }

    private static String baseName(int base) {
        return switch (base) {
            case 2 -> "binary";
            case 8 -> "octal";
            case 10 -> "decimal";
            default -> "hexadecimal";
        };
    }

    // ---- Go's formatting verbs used in the messages ----

    /** Go's {@code %#U}: {@code U+0040 '@'}, without the quoted form for unprintable characters. */
    static String quoteCodePoint(int c) {
        String u = formatU(c);
        return isPrint(c) ? u + " '" + new String(Character.toChars(c)) + "'" : u;
    }

    private static String formatU(int c) {
        return String.format("U+%04X", c);
    }

    /** Go's {@code %q} for a rune. */
    static String quoteRune(int c) {
        return switch (c) {
            case '\'' -> "'\\''";
            case '\\' -> "'\\\\'";
            case '\n' -> "'\\n'";
            case '\t' -> "'\\t'";
            case '\r' -> "'\\r'";
            default -> isPrint(c) ? "'" + new String(Character.toChars(c)) + "'"
                    : c < 0x10000 ? String.format("'\\u%04x'", c) : String.format("'\\U%08x'", c);
        };
    }

    private static boolean isPrint(int c) {
        if (c == ' ') return true;
        if (c < 0x20 || c == 0x7F) return false;
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE,
                 Character.UNASSIGNED, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                 Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }
}
