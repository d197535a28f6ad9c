/*
 * The build configuration a conformance case is judged under, and run.go's shouldTest:
 * every build constraint line before the package clause must hold. Tag truth follows
 * run.go's context.match exactly: GOOS, GOARCH, "gc", "cgo" when cgo is enabled, the
 * toolchain's goexperiment.* tags, "test_run", and "gcflags_noopt" only with -N or -l in
 * GO_GCFLAGS (never here). Release tags such as go1.18 are false, as in run.go.
 */
package llgo.tests.conformance;

import java.util.Optional;

import llgo.frontend.load.BuildConstraint;
import java.util.Set;

/**
 * @param goexperimentTags the goexperiment.* tags of the reference toolchain
 *                         ({@code go list -f '{{context.ToolTags}}'})
 */
public record BuildContext(String goos, String goarch, boolean cgoEnabled, Set<String> goexperimentTags) {

    public BuildContext {
        goexperimentTags = Set.copyOf(goexperimentTags);
    }

    /**
     * Go 1.19 on linux/amd64 with CGO_ENABLED=0: llgo has no cgo, and both backends are
     * judged on the same cases (the few "+build cgo" cases need the go command's cgo
     * support, which run.go reaches through "go run").
     */
    public static BuildContext linuxAmd64() {
        return new BuildContext("linux", "amd64", false,
                Set.of("goexperiment.regabiwrappers", "goexperiment.regabiargs"));
    }

    /** run.go's context.match. */
    public boolean hasTag(String name) {
        if (!BuildConstraint.isValidTag(name)) {
            return false;
        }
        if (name.startsWith("goexperiment.")) {
            return goexperimentTags.contains(name);
        }
        if (name.equals("cgo")) {
            return cgoEnabled;
        }
        return name.equals(goos) || name.equals(goarch) || name.equals("gc") || name.equals("test_run");
    }

    /**
     * run.go's shouldTest.
     *
     * @param header the source text before the package clause
     * @return the first constraint line that excludes the case, or empty when it is to be tested
     */
    public Optional<String> excludingLine(String header) {
        for (String line : header.split("\n", -1)) {
            if (line.startsWith("package ")) {
                break;
            }
            Optional<BuildConstraint> constraint = BuildConstraint.parse(line);
            if (constraint.isPresent() && !constraint.get().holds(this::hasTag)) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }
}
