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
            case GoParser.IDENTIFIER -> t.getText();
            case GoParser.SEMI -> t.getText().equals(";") ? "semicolon" : t.getText();
            case GoParser.NUMBER, GoParser.RUNE, GoParser.STRING, GoParser.RAW_STRING -> "literal " + t.getText();
            case GoParser.COMMA -> "comma";
            default -> t.getText();
        };
    }

    /** How gc names token type t after "expecting". */
    static String expected(int type) {
        return switch (type) {
            case GoParser.COMMA -> "comma";
            case GoParser.SEMI -> "semicolon or newline";
            case GoParser.IDENTIFIER -> "name";
            case Token.EOF -> "EOF";
            default -> {
                Vocabulary v = GoParser.VOCABULARY;
                String literal = v.getLiteralName(type);
                yield literal != null ? literal.substring(1, literal.length() - 1) : v.getSymbolicName(type);
            }
        };
    }
}
