/*
 * gc's names for tokens in syntax errors (cmd/compile/internal/syntax/parser.go,
 * syntaxErrorAt and tokstring, Go 1.19): a name is shown as itself, a literal as
 * "literal 5", the inserted semicolon as "newline" or "EOF", a comma as "comma", an
 * explicit semicolon as "semicolon", everything else as its spelling.
 */
package llgo.frontend.syntax;

import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;

final class TokenNames {
    private TokenNames() {}

    /** How gc names token t after "unexpected". */
    static String describe(Token t) {
        return switch (t.getType()) {
            case Token.EOF -> "EOF";
            case GoLexer.IDENTIFIER -> t.getText();
            case GoLexer.SEMI -> t.getText().equals(";") ? "semicolon" : t.getText();
            case GoLexer.NUMBER, GoLexer.RUNE, GoLexer.STRING, GoLexer.RAW_STRING -> "literal " + t.getText();
            case GoLexer.COMMA -> "comma";
            default -> t.getText();
        };
    }

    /** How gc names token type t after "expecting". */
    static String expected(int type) {
        return switch (type) {
            case GoLexer.COMMA -> "comma";
            case GoLexer.SEMI -> "semicolon or newline";
            case GoLexer.IDENTIFIER -> "name";
            case Token.EOF -> "EOF";
            default -> {
                Vocabulary v = GoLexer.VOCABULARY;
                String literal = v.getLiteralName(type);
                yield literal != null ? literal.substring(1, literal.length() - 1) : v.getSymbolicName(type);
            }
        };
    }
}
