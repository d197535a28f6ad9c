/*
 * The hand-written part of the reference lexer (AntlrGoLexer, what Scanner is tested
 * against): automatic semicolon insertion (Go spec,
 * "Semicolons") and the lexical errors, in gc's wording (cmd/compile/internal/syntax/scanner.go).
 * After a line's final token that is an identifier, a literal, one of the keywords break,
 * continue, fallthrough, return, or one of ++ -- ) ] }, a newline or the end of the file
 * yields a ';' token whose text is "newline" or "EOF" (gc's names for it in messages). A
 * general comment that spans lines counts as a newline, and its ';' sits at the comment.
 * Any other newline is dropped: nothing after the lexer needs it, and a token stream
 * without newlines and blanks (the grammar skips those) is a third of the size.
 */
package llgo.frontend.syntax;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;

import llgo.frontend.Diagnostics;

public abstract class AntlrGoLexerBase extends Lexer {
    private SourceText source;
    private Diagnostics diag;
    private LiteralChecker literals;
    private boolean nlsemi;
    private Token pending;

    protected AntlrGoLexerBase(CharStream input) {
        super(input);
    }

    /** Must be called before the first token: where positions and errors go. */
    public void setSource(SourceText source, Diagnostics diag) {
        this.source = source;
        this.diag = diag;
        this.literals = source != null && diag != null ? new LiteralChecker(source, diag) : null;
    }

    @Override
    public Token nextToken() {
        if (pending != null) {
            Token t = pending;
            pending = null;
            return t;
        }
        while (true) {
            Token t = super.nextToken();
            switch (t.getType()) {
                case AntlrGoLexer.NEWLINE:
                    if (nlsemi) {
                        nlsemi = false;
                        return semicolon(t, "newline");
                    }
                    continue;
                case AntlrGoLexer.GENERAL_COMMENT:
                    lineDirective(t);
                    if (nlsemi && t.getText().indexOf('\n') >= 0) {
                        nlsemi = false;
                        pending = t;
                        return semicolon(t, "newline");
                    }
                    return t;
                case AntlrGoLexer.UNTERMINATED_COMMENT:
                    report(t.getStartIndex(), "comment not terminated");
                    return t;
                case Token.EOF:
                    if (nlsemi) {
                        nlsemi = false;
                        pending = t;
                        return semicolon(t, "EOF");
                    }
                    return t;
                case AntlrGoLexer.INVALID_CHAR:
                    reportInvalidChar(t);
                    return t;
                case AntlrGoLexer.LINE_COMMENT:
                    lineDirective(t);
                    return t;
                case AntlrGoLexer.WS:
                    return t;
                case AntlrGoLexer.IDENTIFIER:
                    nlsemi = true;
                    checkIdentifier(t);
                    return t;
                default:
                    nlsemi = endsLine(t.getType());
                    return literals != null && isLiteral(t.getType()) ? literals.check(t) : t;
            }
        }
    }

    private void lineDirective(Token t) {
        if (source != null && diag != null && t.getText().startsWith("line ", 2)) {
            source.lineDirective(t.getStartIndex(), t.getStopIndex() + 1, t.getText(), diag);
        }
    }

    /** gc's scanner.atIdentChar: a non-ASCII character that is no letter or digit is reported. */
    private void checkIdentifier(Token t) {
        if (source == null || source.isAscii()) return;
        for (int i = t.getStartIndex(); i <= t.getStopIndex(); i++) {
            int c = source.codePoint(i);
            if (i == t.getStartIndex() && Character.isDigit(c)) {
                report(i, "identifier cannot begin with digit " + LiteralChecker.quoteCodePoint(c));
            } else if (c > 127 && !Character.isLetter(c) && !Character.isDigit(c)) {
                report(i, "invalid character " + LiteralChecker.quoteCodePoint(c) + " in identifier");
            }
        }
    }

    private void reportInvalidChar(Token t) {
        int index = t.getStartIndex();
        if (source == null || source.isInvalidByte(index)) return; // already reported as invalid UTF-8
        int c = source.codePoint(index);
        if (c == 0 || c == 0xFEFF) return; // reported while decoding
        report(index, "invalid character " + LiteralChecker.quoteCodePoint(c));
    }

    private void report(int index, String message) {
        if (source != null && diag != null) diag.error(source.pos(index), message);
    }

    /** The token types LiteralChecker checks. */
    private static boolean isLiteral(int type) {
        return switch (type) {
            case AntlrGoLexer.NUMBER, AntlrGoLexer.RUNE, AntlrGoLexer.STRING, AntlrGoLexer.UNTERMINATED_RUNE,
                 AntlrGoLexer.UNTERMINATED_STRING, AntlrGoLexer.UNTERMINATED_RAW -> true;
            default -> false;
        };
    }

    private static boolean endsLine(int type) {
        return switch (type) {
            case AntlrGoLexer.IDENTIFIER, AntlrGoLexer.NUMBER, AntlrGoLexer.RUNE, AntlrGoLexer.STRING, AntlrGoLexer.RAW_STRING,
                 AntlrGoLexer.UNTERMINATED_RUNE, AntlrGoLexer.UNTERMINATED_STRING, AntlrGoLexer.UNTERMINATED_RAW,
                 AntlrGoLexer.BREAK, AntlrGoLexer.CONTINUE, AntlrGoLexer.FALLTHROUGH, AntlrGoLexer.RETURN,
                 AntlrGoLexer.INC, AntlrGoLexer.DEC, AntlrGoLexer.RPAREN, AntlrGoLexer.RBRACK, AntlrGoLexer.RBRACE -> true;
            default -> false;
        };
    }

    private Token semicolon(Token at, String text) {
        CommonToken semi = new CommonToken(at);
        semi.setType(AntlrGoLexer.SEMI);
        semi.setText(text);
        semi.setChannel(Token.DEFAULT_CHANNEL);
        return semi;
    }
}
