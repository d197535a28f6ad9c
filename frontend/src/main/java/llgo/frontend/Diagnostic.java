package llgo.frontend;

import llgo.frontend.syntax.Pos;

/** One error found in the source: a position and a message in gc's wording. */
public record Diagnostic(Pos pos, String message) {
    /** The form gc prints: {@code file.go:LINE:COL: message}. */
    @Override public String toString() { return pos + ": " + message; }
}
