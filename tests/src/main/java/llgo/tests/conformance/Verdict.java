/*
 * What became of one case: passed or failed under its judged action, not applicable (with
 * the reason), or skipped by a build constraint (with the constraint line). The first line
 * of {@code detail} is the cause reports show and group by.
 */
package llgo.tests.conformance;

/**
 * @param action the recipe action ("run", "compiledir", ...), "" when the recipe is unreadable
 */
public record Verdict(String caseName, String action, Outcome outcome, String detail) {

    public enum Outcome { PASSED, FAILED, NOT_APPLICABLE, SKIPPED }

    public String firstDetailLine() {
        int newline = detail.indexOf('\n');
        return newline < 0 ? detail : detail.substring(0, newline);
    }
}
