/*
 * The outcome of one build: success, or the error lines exactly as llgo-build prints them
 * (gc's "file.go:LINE:COL: message", at most ten then "too many errors", or one line for
 * a problem that has no source position, such as a missing file).
 */
package llgo.build;

import java.util.List;

public record BuildResult(boolean ok, List<String> errors) {
    public BuildResult {
        errors = List.copyOf(errors);
    }

    public static BuildResult success() {
        return new BuildResult(true, List.of());
    }

    public static BuildResult failure(List<String> errors) {
        return new BuildResult(false, errors);
    }

    public static BuildResult failure(String error) {
        return new BuildResult(false, List.of(error));
    }
}
