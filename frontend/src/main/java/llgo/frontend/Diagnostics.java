package llgo.frontend;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import llgo.frontend.syntax.Pos;

/**
 * Collects the errors of one compilation. Every stage reports through it instead of
 * throwing; a stage that finds errors still returns a (partial) result so later errors
 * of the same stage can be reported, and the driver stops before the next stage.
 */
public final class Diagnostics {
    private final List<Diagnostic> errors = new ArrayList<>();

    /** How many of the errors end the compilation before type checking (see {@link #syntaxError}). */
    private int syntaxErrors;

    /** The last error reported through {@link #error}, for gc's rule against repeating it on a line. */
    private Diagnostic last;

    /**
     * Reports an error, unless it repeats the previous one: gc prints only one of equal
     * errors reported in a row on one line (cmd/compile/internal/base ErrorfAt).
     */
    public void error(Pos pos, String message) {
        Diagnostic d = new Diagnostic(pos, message);
        if (last != null && last.message().equals(message) && last.pos().line() == pos.line()
                && last.pos().file().equals(pos.file())) {
            return;
        }
        last = d;
        errors.add(d);
    }

    /**
     * Reports a syntax error, or any parse failure after which the file cannot be
     * type-checked. gc type-checks a package whose parse found only other errors (lexical
     * ones, "middle index required in 3-index slice", ...) and stops after syntax errors
     * (cmd/compile/internal/base SyntaxErrors).
     */
    public void syntaxError(Pos pos, String message) {
        syntaxErrors++;
        error(pos, message);
    }

    /** Whether a syntax error was reported, so that type checking must not start. */
    public boolean hasSyntaxErrors() { return syntaxErrors > 0; }

    /** Adds every error of {@code other}, in its sorted order, keeping which were syntax errors. */
    public void addAll(Diagnostics other) {
        errors.addAll(other.sorted());
        syntaxErrors += other.syntaxErrors;
    }

    /** Reports a construct the compiler does not handle yet, in the agreed wording. */
    public void unsupported(Pos pos, String what) { error(pos, "not yet supported: " + what); }

    public boolean hasErrors() { return !errors.isEmpty(); }

    public int count() { return errors.size(); }

    /** The errors in the order gc prints them: sorted by position, reporting order kept for ties. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> list = new ArrayList<>(errors);
        list.sort((a, b) -> a.pos().compareTo(b.pos()));
        return Collections.unmodifiableList(list);
    }
}
