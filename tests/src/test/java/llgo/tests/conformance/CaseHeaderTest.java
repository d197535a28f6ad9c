/*
 * CaseHeader and Applicability on synthetic recipes, following run.go's reading of the
 * text before the first blank line.
 */
package llgo.tests.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CaseHeaderTest {
    private static final BuildContext LINUX_AMD64 = BuildContext.linuxAmd64();

    @Test
    void plainRunRecipe() throws Exception {
        CaseHeader h = CaseHeader.parse("// run\n\n// Copyright\n\npackage main\n");
        assertEquals("run", h.action());
        assertEquals(List.of(), h.flags());
        assertEquals(List.of(), h.args());
        assertEquals(0, h.timeLimitSeconds());
        assertEquals("// run\n\n// Copyright\n", h.constraintText());
    }

    @Test
    void firstLineWithPlusBuildIsNotPartOfTheRecipe() throws Exception {
        CaseHeader h = CaseHeader.parse("// +build linux\n// errorcheck\n\npackage p\n");
        assertEquals("errorcheck", h.action());
    }

    @Test
    void recipeRunsToTheFirstBlankLine() throws Exception {
        // A +build line that is not the first line stays in the recipe, as in run.go.
        CaseHeader h = CaseHeader.parse("// errorcheckandrundir -0\n// +build amd64\n\npackage ignored\n");
        assertEquals("errorcheckandrundir", h.action());
        assertEquals(List.of("-0"), h.flags());
        assertEquals(List.of("//", "+build", "amd64"), h.args());
    }

    @Test
    void flagsTimeLimitAndArguments() throws Exception {
        CaseHeader h = CaseHeader.parse("// run -t 20 -gcflags=-l arg1 'a b'\n\npackage main\n");
        assertEquals(List.of("-gcflags=-l"), h.flags());
        assertEquals(20, h.timeLimitSeconds());
        assertEquals(List.of("arg1", "a b"), h.args());
    }

    @Test
    void goexperimentTakesAnArgument() throws Exception {
        CaseHeader h = CaseHeader.parse("// run -goexperiment fieldtrack\n\npackage main\n");
        assertEquals(List.of("-goexperiment=fieldtrack"), h.flags());
        assertEquals(List.of(), h.args());
    }

    @Test
    void leadingGoArgumentsAreMoreFilesOfTheProgram() throws Exception {
        CaseHeader h = CaseHeader.parse("// run cmplxdivide1.go extra\n\npackage main\n");
        assertEquals(List.of("cmplxdivide1.go"), h.extraRunFiles());
        assertEquals(List.of("extra"), h.programArgs());
    }

    @Test
    void malformedRecipes() {
        assertThrows(CaseHeader.MalformedException.class, () -> CaseHeader.parse("\n// run\n\npackage main"));
        assertThrows(CaseHeader.MalformedException.class, () -> CaseHeader.parse("// run\npackage main\n"));
        assertThrows(CaseHeader.MalformedException.class, () -> CaseHeader.parse("// run 'x\n\npackage main"));
        assertThrows(CaseHeader.MalformedException.class, () -> CaseHeader.parse("// run -t x\n\npackage main"));
    }

    @Test
    void splitQuotedAsInRunGo() throws Exception {
        assertEquals(List.of("a", "b:c d", "ef", "g\""), CaseHeader.splitQuoted("a b:\"c d\" 'e''f'  \"g\\\"\""));
        assertEquals(List.of(""), CaseHeader.splitQuoted("\"\""));
        assertEquals(List.of(), CaseHeader.splitQuoted("  \t "));
    }

    @Test
    void judgedActionsWithoutCompilerFlags() throws Exception {
        assertEquals(new Applicability.Judged(JudgedAction.RUN), applicability("// run\n\npackage main\n"));
        assertEquals(new Applicability.Judged(JudgedAction.COMPILE), applicability("// compile\n\npackage p\n"));
        assertEquals(new Applicability.Judged(JudgedAction.ERRORCHECK), applicability("// errorcheck -e\n\npackage p\n"));
        assertEquals(new Applicability.Judged(JudgedAction.ERRORCHECK), applicability("// errorcheck -t 10\n\npackage p\n"));
    }

    @Test
    void notApplicableWithTheReason() throws Exception {
        assertEquals(new Applicability.NotApplicable("action compiledir"), applicability("// compiledir\n\npackage ignored\n"));
        assertEquals(new Applicability.NotApplicable("action errorcheckwithauto"),
                applicability("// errorcheckwithauto -0 -l\n\npackage p\n"));
        assertEquals(new Applicability.NotApplicable("gc-only flag -0"), applicability("// errorcheck -0 -m\n\npackage p\n"));
        assertEquals(new Applicability.NotApplicable("gc-only flag -d"),
                applicability("// errorcheck -d=ssa/prove/debug=1\n\npackage p\n"));
        assertEquals(new Applicability.NotApplicable("gc-only flag -gcflags"),
                applicability("// run -gcflags=-G=3\n\npackage main\n"));
        assertEquals(new Applicability.NotApplicable("action skip"), applicability("// skip\n\npackage main\n"));
    }

    @Test
    void constraintsAreCheckedBeforeTheAction() throws Exception {
        assertEquals(new Applicability.Excluded("// +build arm"),
                applicability("// +build arm\n// asmcheck\n\npackage p\n"));
        assertEquals(new Applicability.Excluded("//go:build windows"),
                applicability("// run\n\n//go:build windows\n\npackage main\n"));
        // Constraint lines after the package clause do not count.
        assertEquals(new Applicability.Judged(JudgedAction.RUN),
                applicability("// run\n\npackage main\n// +build windows\n"));
    }

    @Test
    void goexperimentTagsComeFromTheContext() throws Exception {
        BuildContext none = new BuildContext("linux", "amd64", false, Set.of());
        String src = "// run\n\n//go:build goexperiment.regabiargs\n\npackage main\n";
        assertEquals(new Applicability.Judged(JudgedAction.RUN), Applicability.of(CaseHeader.parse(src), LINUX_AMD64));
        assertEquals(new Applicability.Excluded("//go:build goexperiment.regabiargs"),
                Applicability.of(CaseHeader.parse(src), none));
    }

    private static Applicability applicability(String source) throws CaseHeader.MalformedException {
        return Applicability.of(CaseHeader.parse(source), LINUX_AMD64);
    }
}
