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

    public void error(Pos pos, String message) { errors.add(new Diagnostic(pos, message)); }

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
