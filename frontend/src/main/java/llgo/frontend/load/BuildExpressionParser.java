/*
 * Recursive-descent parser for the expression of a "//go:build" line, following
 * go/build/constraint's exprParser (Go 1.19): or := and {"||" and}; and := not {"&&" not};
 * not := "!" atom | atom (a double negation is an error); atom := tag | "(" or ")".
 * Tokens are separated by spaces and tabs; a tag is a run of letters, digits, '_' and '.'.
 */
package llgo.frontend.load;

import java.util.Optional;

final class BuildExpressionParser {
    private final String text;
    private int next;
    private String token = "";
    private boolean tokenIsTag;

    private BuildExpressionParser(String text) {
        this.text = text;
    }

    /** @return the expression, or empty when {@code text} has a syntax error */
    static Optional<BuildConstraint> parse(String text) {
        BuildExpressionParser parser = new BuildExpressionParser(text);
        try {
            BuildConstraint expression = parser.or();
            if (!parser.token.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(expression);
        } catch (SyntaxError e) {
            return Optional.empty();
        }
    }

    private static final class SyntaxError extends Exception {
        SyntaxError() {
            super(null, null, false, false);
        }
    }

    private BuildConstraint or() throws SyntaxError {
        BuildConstraint x = and();
        while (token.equals("||")) {
            x = new BuildConstraint.Or(x, and());
        }
        return x;
    }

    private BuildConstraint and() throws SyntaxError {
        BuildConstraint x = not();
        while (token.equals("&&")) {
            x = new BuildConstraint.And(x, not());
        }
        return x;
    }

    private BuildConstraint not() throws SyntaxError {
        lex();
        if (token.equals("!")) {
            lex();
            if (token.equals("!")) {
                throw new SyntaxError();
            }
            return new BuildConstraint.Not(atom());
        }
        return atom();
    }

    private BuildConstraint atom() throws SyntaxError {
        if (token.equals("(")) {
            BuildConstraint x = or();
            if (!token.equals(")")) {
                throw new SyntaxError();
            }
            lex();
            return x;
        }
        if (!tokenIsTag) {
            throw new SyntaxError();
        }
        BuildConstraint tag = new BuildConstraint.Tag(token);
        lex();
        return tag;
    }

    private void lex() throws SyntaxError {
        tokenIsTag = false;
        while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
            next++;
        }
        if (next >= text.length()) {
            token = "";
            return;
        }
        char c = text.charAt(next);
        if (c == '(' || c == ')' || c == '!') {
            token = String.valueOf(c);
            next++;
            return;
        }
        if (c == '&' || c == '|') {
            if (next + 1 >= text.length() || text.charAt(next + 1) != c) {
                throw new SyntaxError();
            }
            token = text.substring(next, next + 2);
            next += 2;
            return;
        }
        int end = next;
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            if (!BuildConstraint.isTagChar(cp)) {
                break;
            }
            end += Character.charCount(cp);
        }
        if (end == next) {
            throw new SyntaxError();
        }
        token = text.substring(next, end);
        tokenIsTag = true;
        next = end;
    }
}
