/*
 * The lexer (Go spec, "Lexical elements"), written by hand: it turns a SourceText into
 * the parser's tokens (the types of GoTokens.tokens, as GoParser names them), one code
 * point at a time, taking the longest token at each place. Literals are matched leniently
 * (any digit after a prefix, any escaped character, an unterminated literal up to the end
 * of its line), and LiteralChecker reports what is wrong with them in gc's wording
 * (cmd/compile/internal/syntax/scanner.go), so the scanner never stops on bad input.
 *
 * Semicolons ("Semicolons"): after a line's final token that is an identifier, a literal,
 * one of the keywords break, continue, fallthrough, return, or one of ++ -- ) ] }, a
 * newline or the end of the file yields a ';' token whose text is "newline" or "EOF"
 * (gc's names for it in messages). A general comment that spans lines counts as a
 * newline, and its ';' sits at the comment. Any other newline, and every blank, is
 * dropped. Comments are handed on, on the hidden channel: they carry the directives, the
 * build constraints and the line directives (which the scanner applies to the SourceText
 * as it passes them, so that later positions read through them). A character that starts
 * no token is reported ("invalid character U+0040 '@'") and handed on, hidden, as one
 * INVALID_CHAR token.
 *
 * On the way the scanner notes what the parser's driver asks of the whole file: the line
 * comments that may be compiler directives ("//go:..."), and the first opening bracket
 * nested deeper than a limit.
 *
 * The tokens are ANTLR's CommonTokens, with what ANTLR's own lexers give them: start and
 * stop code-point indexes, 1-based line, 0-based column in code points, and their text
 * read from the source when asked. ScannerDifferentialTest checks all of this, token for
 * token and error for error, against the ANTLR lexer llgo used before.
 */
package llgo.frontend.syntax;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenFactory;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

import llgo.frontend.Diagnostics;

public final class Scanner implements TokenSource {
    /** Returned past the last code point. */
    private static final int EOF = -1;
    /** The keywords by their first letter (a..z): spelling and token type, from the parser's vocabulary. */
    private static final String[][] KEYWORDS = new String[26][];
    private static final int[][] KEYWORD_TYPES = new int[26][];

    static {
        java.util.Map<Character, java.util.List<Integer>> byFirst = new java.util.TreeMap<>();
        for (int type = 1; type <= GoParser.VOCABULARY.getMaxTokenType(); type++) {
            String lit = GoParser.VOCABULARY.getLiteralName(type);
            if (lit != null && lit.matches("'[a-z]+'")) byFirst.computeIfAbsent(lit.charAt(1), k -> new java.util.ArrayList<>()).add(type);
        }
        for (var e : byFirst.entrySet()) {
            int k = e.getKey() - 'a';
            KEYWORDS[k] = new String[e.getValue().size()];
            KEYWORD_TYPES[k] = new int[e.getValue().size()];
            for (int i = 0; i < e.getValue().size(); i++) {
                int type = e.getValue().get(i);
                String lit = GoParser.VOCABULARY.getLiteralName(type);
                KEYWORDS[k][i] = lit.substring(1, lit.length() - 1);
                KEYWORD_TYPES[k][i] = type;
            }
        }
    }

    private final SourceText src;
    private final Diagnostics diag;
    private final LiteralChecker literals;
    private final Pair<TokenSource, CharStream> tokenSource;
    private final int length;
    /** The next code point to read. */
    private int pos;
    /** The current line (1-based) and the index of its first code point. */
    private int line = 1;
    private int lineStart;
    /** Whether a newline here would end a statement (gc's nlsemi). */
    private boolean nlsemi;
    /** A token to return before scanning on: the comment after its semicolon, or the end of the file. */
    private Token pending;
    /** The deepest nesting of ( [ { that is not noted as too deep, and the nesting so far. */
    private final int maxNesting;
    private int nesting;
    private Token tooDeep;
    private final java.util.List<Token> directiveComments = new java.util.ArrayList<>();

    /** A scanner of {@code src} that reports lexical errors to {@code diag}. */
    public Scanner(SourceText src, Diagnostics diag) {
        this(src, diag, Integer.MAX_VALUE);
    }

    /** A scanner that also notes the first opening bracket nested deeper than {@code maxNesting}. */
    public Scanner(SourceText src, Diagnostics diag, int maxNesting) {
        this.maxNesting = maxNesting;
        this.src = src;
        this.diag = diag;
        this.literals = new LiteralChecker(src, diag);
        this.tokenSource = new Pair<>(this, src.charStream());
        this.length = src.length();
    }

    private int ch(int i) {
        return i < length ? src.codePoint(i) : EOF;
    }

    @Override
    public Token nextToken() {
        if (pending != null) {
            Token t = pending;
            pending = null;
            return t;
        }
        while (true) {
            int c = ch(pos);
            while (c == ' ' || c == '\t' || c == '\r') c = ch(++pos);
            int start = pos;
            if (c == EOF) {
                Token eof = token(Token.EOF, Token.DEFAULT_CHANNEL, start, start - 1);
                if (!nlsemi) return eof;
                nlsemi = false;
                pending = eof;
                return semicolon(eof, "EOF");
            }
            if (c == '\n') {
                pos++;
                if (nlsemi) {
                    nlsemi = false;
                    CommonToken semi = token(GoParser.SEMI, Token.DEFAULT_CHANNEL, start, start);
                    semi.setText("newline");
                    newline(pos);
                    return semi;
                }
                newline(pos);
                continue;
            }
            if (isLetter(c)) return identifier(start);
            if (c >= '0' && c <= '9' || c == '.' && isDecimal(ch(start + 1))) return number(start);
            switch (c) {
                case '"': return quoted(start, '"', GoParser.STRING, GoParser.UNTERMINATED_STRING);
                case '\'': return quoted(start, '\'', GoParser.RUNE, GoParser.UNTERMINATED_RUNE);
                case '`': return raw(start);
                case '/':
                    if (ch(start + 1) == '/') return lineComment(start);
                    if (ch(start + 1) == '*') {
                        Token t = generalComment(start);
                        if (t != null) return t;
                        continue;
                    }
                    return punctuation(start, ch(start + 1) == '=' ? 2 : 1, ch(start + 1) == '=' ? GoParser.QUO_ASSIGN : GoParser.QUO);
                default:
                    int op = operator(c, ch(start + 1), ch(start + 2));
                    if (op != 0) return punctuation(start, op >>> 8, op & 0xff);
                    pos++;
                    Token invalid = token(GoParser.INVALID_CHAR, Token.HIDDEN_CHANNEL, start, start);
                    reportInvalidChar(start);
                    return invalid;
            }
        }
    }

    // ---- identifiers, keywords and operators ----

    /** Whether c starts an identifier: an ASCII letter, '_', or any non-ASCII character but a BOM or U+FFFD (gc reports the bad ones). */
    private static boolean isLetter(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80 && c != 0xFEFF && c != 0xFFFD;
    }

    private static boolean isDecimal(int c) {
        return c >= '0' && c <= '9';
    }

    private Token identifier(int start) {
        int i = start + 1;
        for (int c = ch(i); isLetter(c) || isDecimal(c); c = ch(++i)) { }
        pos = i;
        nlsemi = true;
        int type = keyword(start, i - start);
        if (type != GoParser.IDENTIFIER) nlsemi = endsLine(type);
        Token t = token(type, Token.DEFAULT_CHANNEL, start, i - 1);
        if (type == GoParser.IDENTIFIER && !src.isAscii()) checkIdentifier(start, i);
        return t;
    }

    /** The keyword spelled by the code points [start, start + n), or IDENTIFIER. */
    private int keyword(int start, int n) {
        int k = ch(start) - 'a';
        if (n < 2 || k < 0 || k >= 26 || KEYWORDS[k] == null) return GoParser.IDENTIFIER;
        String[] words = KEYWORDS[k];
        candidates:
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            if (word.length() != n) continue;
            for (int j = 1; j < n; j++) if (word.charAt(j) != ch(start + j)) continue candidates;
            return KEYWORD_TYPES[k][w];
        }
        return GoParser.IDENTIFIER;
    }

    /** gc's scanner.atIdentChar: a non-ASCII character that is no letter or digit is reported. */
    private void checkIdentifier(int start, int end) {
        for (int i = start; i < end; i++) {
            int c = src.codePoint(i);
            if (i == start && Character.isDigit(c)) {
                report(i, "identifier cannot begin with digit " + LiteralChecker.quoteCodePoint(c));
            } else if (c > 127 && !Character.isLetter(c) && !Character.isDigit(c)) {
                report(i, "invalid character " + LiteralChecker.quoteCodePoint(c) + " in identifier");
            }
        }
    }

    /**
     * The operator or punctuation starting with c, c1, c2 (the longest that matches), as
     * its length {@code << 8} and its token type; 0 if c starts none ('/' is done apart).
     */
    private static int operator(int c, int c1, int c2) {
        return switch (c) {
            case '(' -> op(1, GoParser.LPAREN);
            case ')' -> op(1, GoParser.RPAREN);
            case '{' -> op(1, GoParser.LBRACE);
            case '}' -> op(1, GoParser.RBRACE);
            case '[' -> op(1, GoParser.LBRACK);
            case ']' -> op(1, GoParser.RBRACK);
            case ',' -> op(1, GoParser.COMMA);
            case ';' -> op(1, GoParser.SEMI);
            case '~' -> op(1, GoParser.TILDE);
            case '.' -> c1 == '.' && c2 == '.' ? op(3, GoParser.ELLIPSIS) : op(1, GoParser.DOT);
            case ':' -> c1 == '=' ? op(2, GoParser.DEFINE) : op(1, GoParser.COLON);
            case '=' -> c1 == '=' ? op(2, GoParser.EQL) : op(1, GoParser.ASSIGN);
            case '!' -> c1 == '=' ? op(2, GoParser.NEQ) : op(1, GoParser.NOT);
            case '+' -> c1 == '+' ? op(2, GoParser.INC) : c1 == '=' ? op(2, GoParser.ADD_ASSIGN) : op(1, GoParser.ADD);
            case '-' -> c1 == '-' ? op(2, GoParser.DEC) : c1 == '=' ? op(2, GoParser.SUB_ASSIGN) : op(1, GoParser.SUB);
            case '*' -> c1 == '=' ? op(2, GoParser.MUL_ASSIGN) : op(1, GoParser.STAR);
            case '%' -> c1 == '=' ? op(2, GoParser.REM_ASSIGN) : op(1, GoParser.REM);
            case '^' -> c1 == '=' ? op(2, GoParser.XOR_ASSIGN) : op(1, GoParser.XOR);
            case '|' -> c1 == '|' ? op(2, GoParser.LOR) : c1 == '=' ? op(2, GoParser.OR_ASSIGN) : op(1, GoParser.OR);
            case '&' -> c1 == '&' ? op(2, GoParser.LAND)
                    : c1 == '^' ? (c2 == '=' ? op(3, GoParser.AND_NOT_ASSIGN) : op(2, GoParser.AND_NOT))
                    : c1 == '=' ? op(2, GoParser.AND_ASSIGN) : op(1, GoParser.AND);
            case '<' -> c1 == '<' ? (c2 == '=' ? op(3, GoParser.SHL_ASSIGN) : op(2, GoParser.SHL))
                    : c1 == '=' ? op(2, GoParser.LEQ) : c1 == '-' ? op(2, GoParser.ARROW) : op(1, GoParser.LSS);
            case '>' -> c1 == '>' ? (c2 == '=' ? op(3, GoParser.SHR_ASSIGN) : op(2, GoParser.SHR))
                    : c1 == '=' ? op(2, GoParser.GEQ) : op(1, GoParser.GTR);
            default -> 0;
        };
    }

    private static int op(int length, int type) {
        return length << 8 | type;
    }

    private Token punctuation(int start, int n, int type) {
        pos = start + n;
        nlsemi = endsLine(type);
        Token t = token(type, Token.DEFAULT_CHANNEL, start, pos - 1);
        switch (type) {
            case GoParser.LPAREN, GoParser.LBRACK, GoParser.LBRACE -> {
                if (++nesting > maxNesting && tooDeep == null) tooDeep = t;
            }
            case GoParser.RPAREN, GoParser.RBRACK, GoParser.RBRACE -> nesting = Math.max(0, nesting - 1);
            default -> { }
        }
        return t;
    }

    /** The first opening bracket scanned so far that is nested deeper than the limit, or null. */
    public Token tooDeep() { return tooDeep; }

    /** The line comments scanned so far that start with "//go:", which may be compiler directives. */
    public java.util.List<Token> directiveComments() { return directiveComments; }

    /** The token types after which a newline ends a statement (as well as identifiers and literals). */
    private static boolean endsLine(int type) {
        return switch (type) {
            case GoParser.BREAK, GoParser.CONTINUE, GoParser.FALLTHROUGH, GoParser.RETURN,
                 GoParser.INC, GoParser.DEC, GoParser.RPAREN, GoParser.RBRACK, GoParser.RBRACE -> true;
            default -> false;
        };
    }

    // ---- literals ----

    /**
     * A number, matched as leniently as LiteralChecker expects: a 0x prefix with hexadecimal
     * digits and '_', an optional '.' with more of them and an optional p exponent; or a 0b
     * or 0o prefix, decimal digits or a '.' and a digit, with digits and '_', an optional
     * '.' with more, and an optional e or p exponent; then an optional 'i'.
     */
    private Token number(int start) {
        int i = start;
        int c = ch(i);
        int c1 = ch(i + 1);
        if (c == '0' && (c1 == 'x' || c1 == 'X')) {
            i = hexDigits(i + 2);
            if (ch(i) == '.') i = hexDigits(i + 1);
            if (ch(i) == 'p' || ch(i) == 'P') i = exponentDigits(i + 1);
        } else {
            if (c == '.') {
                i = decimalDigits(i + 1);
            } else {
                i = decimalDigits(c == '0' && (c1 == 'b' || c1 == 'B' || c1 == 'o' || c1 == 'O') ? i + 2 : i + 1);
                if (ch(i) == '.') i = decimalDigits(i + 1);
            }
            int e = ch(i);
            if (e == 'e' || e == 'E' || e == 'p' || e == 'P') i = exponentDigits(i + 1);
        }
        if (ch(i) == 'i') i++;
        return literal(GoParser.NUMBER, start, i);
    }

    private int decimalDigits(int i) {
        for (int c = ch(i); isDecimal(c) || c == '_'; c = ch(++i)) { }
        return i;
    }

    private int hexDigits(int i) {
        for (int c = ch(i); isDecimal(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || c == '_'; c = ch(++i)) { }
        return i;
    }

    /** After an exponent letter: an optional sign and decimal digits and '_'. */
    private int exponentDigits(int i) {
        if (ch(i) == '+' || ch(i) == '-') i++;
        return decimalDigits(i);
    }

    /**
     * A rune or interpreted string literal: up to the closing quote, a backslash taking
     * the character after it along unless that is a newline; or, unterminated, up to the
     * newline, the end of the file, or a backslash before either.
     */
    private Token quoted(int start, char quote, int type, int unterminated) {
        int i = start + 1;
        while (true) {
            int c = ch(i);
            if (c == quote) return literal(type, start, i + 1);
            if (c == '\n' || c == EOF) break;
            if (c == '\\') {
                int next = ch(i + 1);
                if (next == '\n' || next == EOF) break;
                i += 2;
            } else {
                i++;
            }
        }
        return literal(unterminated, start, i);
    }

    /** A raw string literal, or an unterminated one up to the end of the file. */
    private Token raw(int start) {
        int i = start + 1;
        int lastNewline = -1;
        int lines = 0;
        for (int c = ch(i); c != '`' && c != EOF; c = ch(++i)) {
            if (c == '\n') {
                lines++;
                lastNewline = i;
            }
        }
        boolean terminated = i < length;
        int end = terminated ? i + 1 : i;
        Token t = literal(terminated ? GoParser.RAW_STRING : GoParser.UNTERMINATED_RAW, start, end);
        if (lines > 0) {
            line += lines;
            lineStart = lastNewline + 1;
        }
        return t;
    }

    /** The literal token [start, end): checked by LiteralChecker, except a raw string, which can hold no error. */
    private Token literal(int type, int start, int end) {
        pos = end;
        nlsemi = true;
        Token t = token(type, Token.DEFAULT_CHANNEL, start, end - 1);
        return type == GoParser.RAW_STRING ? t : literals.check(t);
    }

    // ---- comments ----

    private Token lineComment(int start) {
        int i = start + 2;
        for (int c = ch(i); c != '\n' && c != EOF; c = ch(++i)) { }
        pos = i;
        Token t = token(GoParser.LINE_COMMENT, Token.HIDDEN_CHANNEL, start, i - 1);
        if (isLineDirective(start)) src.lineDirective(start, i, t.getText(), diag);
        if (ch(start + 2) == 'g' && ch(start + 3) == 'o' && ch(start + 4) == ':') directiveComments.add(t);
        return t;
    }

    /**
     * A general comment: its semicolon first when it spans lines where a newline would end
     * a statement (the comment is pending then), else the comment. An unterminated comment
     * runs to the end of the file and is reported.
     */
    private Token generalComment(int start) {
        int i = start + 2;
        int lastNewline = -1;
        int lines = 0;
        while (true) {
            int c = ch(i);
            if (c == EOF) break;
            if (c == '*' && ch(i + 1) == '/') break;
            if (c == '\n') {
                lines++;
                lastNewline = i;
            }
            i++;
        }
        boolean terminated = i < length;
        int end = terminated ? i + 2 : i;
        pos = end;
        Token t = token(terminated ? GoParser.GENERAL_COMMENT : GoParser.UNTERMINATED_COMMENT, Token.HIDDEN_CHANNEL,
                start, end - 1);
        if (lines > 0) {
            line += lines;
            lineStart = lastNewline + 1;
        }
        if (!terminated) {
            report(start, "comment not terminated");
            return t;
        }
        if (isLineDirective(start)) src.lineDirective(start, end, t.getText(), diag);
        if (nlsemi && lines > 0) {
            nlsemi = false;
            pending = t;
            return semicolon(t, "newline");
        }
        return t;
    }

    /** Whether the comment at start begins with "line " after its two opening characters. */
    private boolean isLineDirective(int start) {
        return ch(start + 2) == 'l' && ch(start + 3) == 'i' && ch(start + 4) == 'n' && ch(start + 5) == 'e'
                && ch(start + 6) == ' ';
    }

    // ---- tokens and errors ----

    /** A token [start, stop] (code points) that starts on the current line. */
    private CommonToken token(int type, int channel, int start, int stop) {
        CommonToken t = new CommonToken(tokenSource, type, channel, start, stop);
        t.setLine(line);
        t.setCharPositionInLine(start - lineStart);
        return t;
    }

    /** A semicolon where {@code at} is, with gc's name for it. */
    private static Token semicolon(Token at, String text) {
        CommonToken semi = new CommonToken(at);
        semi.setType(GoParser.SEMI);
        semi.setText(text);
        semi.setChannel(Token.DEFAULT_CHANNEL);
        return semi;
    }

    /** A new line starts at code point {@code next}. */
    private void newline(int next) {
        line++;
        lineStart = next;
    }

    private void reportInvalidChar(int index) {
        if (src.isInvalidByte(index)) return; // already reported as invalid UTF-8
        int c = src.codePoint(index);
        if (c == 0 || c == 0xFEFF) return; // reported while decoding
        report(index, "invalid character " + LiteralChecker.quoteCodePoint(c));
    }

    private void report(int index, String message) {
        diag.error(src.pos(index), message);
    }

    // ---- TokenSource ----

    /** The line of the next code point. */
    @Override
    public int getLine() { return line; }

    /** The column (0-based, in code points) of the next code point. */
    @Override
    public int getCharPositionInLine() { return pos - lineStart; }

    @Override
    public CharStream getInputStream() { return tokenSource.b; }

    @Override
    public String getSourceName() { return src.fileName; }

    /** The scanner makes its own tokens. */
    @Override
    public void setTokenFactory(TokenFactory<?> factory) {
        throw new UnsupportedOperationException("the scanner makes its own tokens");
    }

    /** How others (ANTLR's error recovery) make tokens of this source. */
    @Override
    public TokenFactory<?> getTokenFactory() { return CommonTokenFactory.DEFAULT; }
}
