/*
 * Turns a stage's diagnostics into the lines gc prints: sorted by position, and after the
 * tenth error the line "<position of the tenth>: too many errors", as
 * cmd/compile/internal/base/print.go does (it stops at ten even when there are exactly ten).
 */
package llgo.build;

import java.util.ArrayList;
import java.util.List;

import llgo.frontend.Diagnostic;
import llgo.frontend.Diagnostics;

final class ErrorList {
    static final int LIMIT = 10;

    private ErrorList() {
    }

    /** Precondition: {@code diagnostics.hasErrors()}. */
    static List<String> lines(Diagnostics diagnostics) {
        List<Diagnostic> sorted = diagnostics.sorted();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < sorted.size() && i < LIMIT; i++) {
            lines.add(sorted.get(i).toString());
        }
        if (sorted.size() >= LIMIT) {
            lines.add(sorted.get(LIMIT - 1).pos() + ": too many errors");
        }
        return lines;
    }
}
