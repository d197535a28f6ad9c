/*
 * BuildConstraint parsing and BuildContext evaluation: run.go's own checkShouldTest cases,
 * then //go:build expressions and the corner cases of go/build/constraint.
 */
package llgo.tests.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;

import llgo.frontend.load.BuildConstraint;

import org.junit.jupiter.api.Test;

class BuildConstraintTest {

    private static boolean shouldTest(String header, String goos, String goarch) {
        return new BuildContext(goos, goarch, false, Set.of()).excludingLine(header).isEmpty();
    }

    @Test
    void runGoCheckShouldTest() {
        assertTrue(shouldTest("// +build linux", "linux", "arm"));
        assertTrue(shouldTest("// +build !windows", "linux", "arm"));
        assertFalse(shouldTest("// +build !windows", "windows", "amd64"));
        assertTrue(shouldTest("// This is a test.", "os", "arch"));
        assertFalse(shouldTest("// +build arm 386", "linux", "amd64"));
        assertFalse(shouldTest("// +build !windows,!plan9", "windows", "amd64"));
        assertFalse(shouldTest("// +build !windows,!plan9", "plan9", "386"));
        assertTrue(shouldTest("// +build !windows\n// +build amd64", "linux", "amd64"));
        assertFalse(shouldTest("// +build !windows\n// +build amd64", "windows", "amd64"));
        assertTrue(shouldTest("// +build !windows !plan9", "windows", "amd64"));
    }

    @Test
    void goBuildExpressions() {
        assertTrue(shouldTest("//go:build linux && amd64", "linux", "amd64"));
        assertFalse(shouldTest("//go:build linux && !amd64", "linux", "amd64"));
        assertTrue(shouldTest("//go:build (386 || amd64) && !gcflags_noopt", "linux", "amd64"));
        assertFalse(shouldTest("//go:build !(linux || darwin)", "linux", "amd64"));
        assertTrue(shouldTest("//go:build\tgc", "linux", "amd64"));
    }

    @Test
    void malformedLinesAreNoConstraint() {
        assertEquals(Optional.empty(), BuildConstraint.parse("//go:build linux &&"));
        assertEquals(Optional.empty(), BuildConstraint.parse("//go:build !!linux"));
        assertEquals(Optional.empty(), BuildConstraint.parse("//go:build linux & amd64"));
        assertEquals(Optional.empty(), BuildConstraint.parse("//go:buildx windows"));
        assertEquals(Optional.empty(), BuildConstraint.parse("// +buildx windows"));
        assertEquals(Optional.empty(), BuildConstraint.parse("/* +build windows */"));
        assertTrue(shouldTest("//go:build windows &&", "linux", "amd64"));
    }

    @Test
    void plusBuildCornerCases() {
        assertTrue(BuildConstraint.parse("//+build linux").isPresent());
        assertEquals(Optional.of(new BuildConstraint.Tag("ignore")), BuildConstraint.parse("// +build"));
        assertEquals(Optional.of(new BuildConstraint.Tag("ignore")), BuildConstraint.parse("// +build !!linux"));
        assertEquals(Optional.of(new BuildConstraint.Not(new BuildConstraint.Tag("ignore"))),
                BuildConstraint.parse("// +build !a-b"));
        assertFalse(shouldTest("// +build ignore", "linux", "amd64"));
    }

    @Test
    void tagsAsRunGoMatchesThem() {
        BuildContext c = BuildContext.linuxAmd64();
        assertTrue(c.hasTag("linux"));
        assertTrue(c.hasTag("amd64"));
        assertTrue(c.hasTag("gc"));
        assertTrue(c.hasTag("test_run"));
        assertTrue(c.hasTag("goexperiment.regabiargs"));
        assertFalse(c.hasTag("goexperiment.unified"));
        assertFalse(c.hasTag("go1.18"), "run.go does not set release tags");
        assertFalse(c.hasTag("cgo"), "llgo has no cgo");
        assertFalse(c.hasTag("gcflags_noopt"));
        assertFalse(c.hasTag("gccgo"));
        assertFalse(c.hasTag(""));
    }

    @Test
    void onlyLinesBeforeThePackageClauseCount() {
        assertTrue(shouldTest("// run\npackage main\n// +build windows", "linux", "amd64"));
        assertFalse(shouldTest("// run\n// +build windows\npackage main", "linux", "amd64"));
    }
}
