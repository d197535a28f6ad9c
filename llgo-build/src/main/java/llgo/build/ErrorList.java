/*
 * Turns a stage's diagnostics into the lines gc prints, sorted by position, in gc's two
 * ways (cmd/compile/internal/base/print.go): by default it stops after the tenth error with
 * the line "<position of the tenth>: too many errors" (even when there are exactly ten);
 * with -e, as go tool compile -e and GOROOT/test/run.go use it, it prints every error.
 */
package llgo.build;

import java.util.ArrayList;
import java.util.List;

import llgo.frontend.Diagnostic;
import llgo.frontend.Diagnostics;

enum ErrorList {
    /** gc's default: ten errors, then "too many errors". */
    FIRST_TEN,
    /** gc -e: every error. */
    ALL;

    static final int LIMIT = 10;

    /** Precondition: {@code diagnostics.hasErrors()}. */
    List<String> lines(Diagnostics diagnostics) {
        List<Diagnostic> sorted = diagnostics.sorted();
        List<String> lines = new ArrayList<>();
        int shown = this == ALL ? sorted.size() : Math.min(sorted.size(), LIMIT);
        for (int i = 0; i < shown; i++) {
            lines.add(sorted.get(i).toString());
        }
        if (this == FIRST_TEN && sorted.size() >= LIMIT) {
            lines.add(sorted.get(LIMIT - 1).pos() + ": too many errors");
        }
        return lines;
    }
}
