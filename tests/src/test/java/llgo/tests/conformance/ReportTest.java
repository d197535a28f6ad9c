/*
 * Report: the summary ends with exactly one "ACTION: N passed, M failed" line per judged
 * action; failures are grouped by cause, largest group first.
 */
package llgo.tests.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {
    private static final Pattern SUMMARY = Pattern.compile("^(\\w+:)? ?\\d+ passed, \\d+ failed");

    private static Verdict v(String name, String action, Verdict.Outcome outcome, String detail) {
        return new Verdict(name, action, outcome, detail);
    }

    private static final List<Verdict> VERDICTS = List.of(
            v("a.go", "run", Verdict.Outcome.PASSED, ""),
            v("b.go", "run", Verdict.Outcome.FAILED, "compile failed: b.go:1:1: not yet supported: select"),
            v("c.go", "run", Verdict.Outcome.FAILED, "exit status 2: panic: boom"),
            v("d.go", "errorcheck", Verdict.Outcome.FAILED, "compile failed: d.go:9:9: not yet supported: select"),
            v("e.go", "compile", Verdict.Outcome.PASSED, ""),
            v("f.go", "compiledir", Verdict.Outcome.NOT_APPLICABLE, "action compiledir"),
            v("g.go", "run", Verdict.Outcome.SKIPPED, "// +build arm"));

    @Test
    void summaryEndsWithOneLinePerAction() {
        List<String> lines = new Report("llgo", VERDICTS, Duration.ofSeconds(3)).summaryLines();
        List<String> last = lines.subList(lines.size() - 3, lines.size());
        assertEquals(List.of("run: 1 passed, 2 failed", "compile: 1 passed, 0 failed", "errorcheck: 0 passed, 1 failed"), last);
        for (String line : lines.subList(0, lines.size() - 3)) {
            assertFalse(SUMMARY.matcher(line).find(), line);
        }
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("not applicable = 1 cases") && l.contains("action compiledir")));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("skipped by build constraints = 1 cases")));
    }

    @Test
    void failuresGroupedByCauseLargestFirst(@TempDir Path dir) throws Exception {
        Report report = new Report("llgo", VERDICTS, Duration.ZERO);
        report.writeFailures(dir.resolve("failures.txt"));
        report.writePassing(dir.resolve("passing-now.txt"));
        String failures = Files.readString(dir.resolve("failures.txt"));
        int select = failures.indexOf("## 2 x not yet supported: select");
        int panic = failures.indexOf("## 1 x exit status N: panic: boom");
        assertTrue(select > 0 && panic > select, failures);
        assertEquals(List.of("a.go", "e.go"), Files.readAllLines(dir.resolve("passing-now.txt")));
    }
}
