/*
 * The sink for syntax errors found while parsing one file. It applies gc's reporting rule
 * (cmd/compile/internal/base/print.go): at most one syntax error per line, so that an
 * error does not cascade; lexical errors go straight to the Diagnostics.
 */
package llgo.frontend.syntax;

import llgo.frontend.Diagnostics;

final class SyntaxErrors {
    private final Diagnostics diag;
    private int lastLine = -1;
    private int count;

    SyntaxErrors(Diagnostics diag) {
        this.diag = diag;
    }

    /** Reports {@code "syntax error: " + message} unless a syntax error was already reported on that line. */
    void syntaxError(Pos pos, String message) {
        if (pos.line() == lastLine) return;
        lastLine = pos.line();
        count++;
        diag.syntaxError(pos, "syntax error: " + message);
    }

    /** Reports an error that gc's parser gives without the "syntax error" prefix. */
    void error(Pos pos, String message) {
        count++;
        diag.error(pos, message);
    }

    int count() { return count; }

    /** Whether any error, lexical or syntactic, has been reported for this file. */
    boolean anyReported() { return count > 0 || diag.hasErrors(); }
}
