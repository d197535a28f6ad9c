/*
 * The results of one run of the suite: the summary (the wall time, the not-applicable and
 * skipped counts with their most frequent reasons, on lines of another shape, then exactly
 * one "ACTION: N passed, M failed" line per judged action, last), failures.txt (failing
 * cases grouped by the normalised cause of their first error line, largest group first)
 * and passing-now.txt (every passing case, one per line, the ratchet's candidate list).
 */
package llgo.tests.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

public record Report(String compiler, List<Verdict> verdicts, Duration wallTime) {
    private static final int TOP_REASONS = 8;

    public Report {
        verdicts = List.copyOf(verdicts);
    }

    public List<Verdict> with(Verdict.Outcome outcome) {
        return verdicts.stream().filter(v -> v.outcome() == outcome).toList();
    }

    public List<String> summaryLines() {
        List<String> lines = new ArrayList<>();
        lines.add("compiler " + compiler + ", " + verdicts.size() + " cases in "
                + String.format("%.1f", wallTime.toMillis() / 1000.0) + " s");
        lines.add(countLine("not applicable", with(Verdict.Outcome.NOT_APPLICABLE)));
        lines.add(countLine("skipped by build constraints", with(Verdict.Outcome.SKIPPED)));
        for (JudgedAction action : JudgedAction.values()) {
            long passed = count(action, Verdict.Outcome.PASSED);
            long failed = count(action, Verdict.Outcome.FAILED);
            lines.add(action.word() + ": " + passed + " passed, " + failed + " failed");
        }
        return lines;
    }

    private long count(JudgedAction action, Verdict.Outcome outcome) {
        return verdicts.stream().filter(v -> v.outcome() == outcome && v.action().equals(action.word())).count();
    }

    /** e.g. "not applicable = 512 cases (top reasons: action compiledir x119, ...)". */
    private static String countLine(String what, List<Verdict> cases) {
        String reasons = groupBy(cases, Verdict::firstDetailLine).entrySet().stream()
                .limit(TOP_REASONS)
                .map(e -> e.getKey() + " x" + e.getValue().size())
                .collect(Collectors.joining("; "));
        return what + " = " + cases.size() + " cases" + (cases.isEmpty() ? "" : " (top reasons: " + reasons + ")");
    }

    /** Groups keep first-seen order inside; groups are sorted by size, largest first, then by key. */
    static Map<String, List<Verdict>> groupBy(List<Verdict> cases, Function<Verdict, String> key) {
        Map<String, List<Verdict>> groups = new TreeMap<>();
        for (Verdict v : cases) {
            groups.computeIfAbsent(key.apply(v), k -> new ArrayList<>()).add(v);
        }
        return groups.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, List<Verdict>> e) -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    public void writeFailures(Path file) throws IOException {
        List<Verdict> failed = with(Verdict.Outcome.FAILED);
        Map<String, List<Verdict>> groups = groupBy(failed, v -> FailureCause.of(v.firstDetailLine()));
        StringBuilder text = new StringBuilder();
        text.append("# ").append(failed.size()).append(" failing cases (compiler ").append(compiler)
                .append(") in ").append(groups.size()).append(" groups by cause, largest first\n");
        for (Map.Entry<String, List<Verdict>> group : groups.entrySet()) {
            text.append("\n## ").append(group.getValue().size()).append(" x ").append(group.getKey()).append('\n');
            for (Verdict v : group.getValue()) {
                text.append(v.caseName()).append(" [").append(v.action()).append("]: ")
                        .append(v.firstDetailLine()).append('\n');
            }
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    public void writePassing(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Verdict v : with(Verdict.Outcome.PASSED)) {
            text.append(v.caseName()).append('\n');
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
