/*
 * A build stopped by bad input: the error lines to print, already in their final form
 * ("file.go:LINE:COL: message" or a one-line error). Thrown by the stages of Compiler
 * and turned into a BuildResult there; it never escapes the in-process API.
 */
package llgo.build;

import java.util.List;

final class BuildFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<String> errors;

    BuildFailure(List<String> errors) {
        super(String.join("\n", errors), null, false, false);
        this.errors = List.copyOf(errors);
    }

    BuildFailure(String error) {
        this(List.of(error));
    }

    List<String> errors() {
        return errors;
    }
}
