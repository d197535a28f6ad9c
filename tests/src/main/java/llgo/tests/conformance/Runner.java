/*
 * The conformance runner: selects cases of GOROOT/test, decides for each whether it is
 * judged, not applicable or skipped (Applicability), judges the applicable ones with the
 * chosen backend on a pool of threads (each case in its own temporary directory, always
 * deleted), prints the summary and writes failures.txt and passing-now.txt (Report).
 * The ratchet test uses judgeAll directly.
 */
package llgo.tests.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

public final class Runner {
    private final TestEnvironment environment;
    private final Backend backend;
    private final int jobs;

    public Runner(TestEnvironment environment, Backend backend, int jobs) {
        this.environment = environment;
        this.backend = backend;
        this.jobs = jobs;
    }

    /** Judges {@code caseNames} (relative to GOROOT/test), in parallel; verdicts in the same order. */
    public List<Verdict> judgeAll(List<String> caseNames, boolean showProgress) {
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        try {
            List<Future<Verdict>> futures = new ArrayList<>();
            for (String name : caseNames) {
                futures.add(pool.submit(() -> {
                    Verdict verdict = judge(name);
                    if (verdict.outcome() == Verdict.Outcome.FAILED) {
                        failed.incrementAndGet();
                    }
                    int n = done.incrementAndGet();
                    if (showProgress && (n % 100 == 0 || n == caseNames.size())) {
                        System.err.printf("[%d/%d] %d failed so far%n", n, caseNames.size(), failed.get());
                    }
                    return verdict;
                }));
            }
            List<Verdict> verdicts = new ArrayList<>();
            for (Future<Verdict> future : futures) {
                verdicts.add(future.get());
            }
            return verdicts;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("runner bug", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Decides one case. */
    public Verdict judge(String name) {
        ConformanceCase testCase;
        CaseHeader header;
        try {
            testCase = ConformanceCase.read(environment.testDir(), name);
            header = CaseHeader.parse(testCase.source());
        } catch (IOException e) {
            return verdict(name, "", Verdict.Outcome.NOT_APPLICABLE, "unreadable case: " + e.getMessage());
        } catch (CaseHeader.MalformedException e) {
            return verdict(name, "", Verdict.Outcome.NOT_APPLICABLE, "malformed recipe: " + e.getMessage());
        }
        Applicability applicability = Applicability.of(header, environment.context());
        if (applicability instanceof Applicability.Excluded excluded) {
            return verdict(name, header.action(), Verdict.Outcome.SKIPPED, excluded.line());
        }
        if (applicability instanceof Applicability.NotApplicable notApplicable) {
            return verdict(name, header.action(), Verdict.Outcome.NOT_APPLICABLE, notApplicable.reason());
        }
        JudgedAction action = ((Applicability.Judged) applicability).action();
        Path workDir = null;
        try {
            workDir = Files.createTempDirectory("llgo-conformance-");
            Judge.Result result = Judge.of(action, environment).judge(testCase, header, backend, workDir);
            return verdict(name, action.word(), result.passed() ? Verdict.Outcome.PASSED : Verdict.Outcome.FAILED,
                    result.detail());
        } catch (IOException | RuntimeException e) {
            return verdict(name, action.word(), Verdict.Outcome.FAILED, "runner error: " + e);
        } finally {
            if (workDir != null) {
                deleteTree(workDir);
            }
        }
    }

    private static Verdict verdict(String name, String action, Verdict.Outcome outcome, String detail) {
        return new Verdict(name, action, outcome, detail);
    }

    static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Best effort: a file that vanished meanwhile needs no deleting.
        }
    }

    /** The cases the options select, in catalogue order. */
    static List<String> select(RunnerOptions options, TestEnvironment environment) throws IOException {
        List<String> names = options.cases() != null
                ? PassingList.read(options.cases())
                : CaseCatalog.list(environment.testDir(), options.dir());
        List<String> selected = new ArrayList<>();
        for (String name : names) {
            if (options.pattern().isPresent() && !options.pattern().get().matcher(name).find()) {
                continue;
            }
            if (options.action().isPresent() && !actionOf(environment, name).equals(options.action().get().word())) {
                continue;
            }
            selected.add(name);
        }
        return selected;
    }

    private static String actionOf(TestEnvironment environment, String name) {
        try {
            return CaseHeader.parse(ConformanceCase.read(environment.testDir(), name).source()).action();
        } catch (IOException | CaseHeader.MalformedException e) {
            return "";
        }
    }

    static Backend backendFor(String compiler, TestEnvironment environment, int jobs) {
        return compiler.equals("gc") ? new GcBackend(environment) : new LlgoBackend(jobs);
    }

    public static void main(String[] args) throws IOException {
        RunnerOptions options;
        try {
            options = RunnerOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        TestEnvironment environment = TestEnvironment.forGoroot(options.goroot());
        List<String> names = select(options, environment);
        long start = System.nanoTime();
        Report report;
        try (Backend backend = backendFor(options.compiler(), environment, options.jobs())) {
            List<Verdict> verdicts = new Runner(environment, backend, options.jobs()).judgeAll(names, true);
            report = new Report(backend.name(), verdicts, Duration.ofNanos(System.nanoTime() - start));
        }
        Path failures = options.outDir().resolve("failures.txt");
        Path passing = options.outDir().resolve("passing-now.txt");
        report.writeFailures(failures);
        report.writePassing(passing);
        System.out.println("failures by cause: " + failures.toAbsolutePath());
        System.out.println("passing cases: " + passing.toAbsolutePath());
        report.summaryLines().forEach(System.out::println);
    }
}
