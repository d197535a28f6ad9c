/*
 * The frontend's fuzz harness: the parser and the type checker must never crash and never
 * hang, whatever bytes they are given. Inputs are random bytes, random token soup, and
 * mutants of real Go files from GOROOT/test and GOROOT/src (byte flips, deletions,
 * truncations, token swaps, duplicated spans, and very deep nesting such as 100,000 "(" or
 * "{" or "[]"); each goes through Parser.parse and Checker.check. A run fails when any
 * input throws (StackOverflowError included), reports an "internal error", or takes
 * longer than the time limit; every failing input is written to target/fuzz-failures so
 * that it can be replayed. The seed is fixed, so a run repeats exactly. By default the
 * run is short enough for every build; -Dllgo.fuzz.inputs=N (and -Dllgo.fuzz.seed=S) make
 * the long sweep that frontend/bin/fuzz-sweep runs.
 */
package llgo.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import llgo.frontend.FuzzInputs.Input;
import llgo.frontend.FuzzInputs.Nest;
import llgo.frontend.syntax.File;
import llgo.frontend.syntax.Parser;
import llgo.frontend.types.Checker;
import llgo.frontend.types.Importer;
import llgo.frontend.types.Info;

class FrontendFuzzTest {
    private static final int INPUTS = Integer.getInteger("llgo.fuzz.inputs", 1000);
    private static final long SEED = Long.getLong("llgo.fuzz.seed", 20261203L);
    private static final long LIMIT_SECONDS = Long.getLong("llgo.fuzz.limit", 20L);
    private static final Path FAILURES = Path.of("target", "fuzz-failures");
    private static ExecutorService worker = newWorker();

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "fuzz-worker");
            t.setDaemon(true);
            return t;
        });
    }

    @AfterAll
    static void stopWorker() {
        worker.shutdownNow();
    }

    /** What went wrong with one input. */
    record Failure(Input input, String problem) {}

    @Test
    void parserAndCheckerNeitherCrashNorHang() throws IOException {
        List<Path> corpus = FuzzInputs.corpus();
        assertTrue(corpus.size() > 1000, "corpus has only " + corpus.size() + " files");
        Random rnd = new Random(SEED);
        List<Failure> failures = new ArrayList<>();
        for (int i = 0; i < INPUTS; i++) {
            Input in = FuzzInputs.generate(i, rnd, corpus);
            String problem = run(in);
            if (problem != null) failures.add(new Failure(in, problem));
        }
        if (!failures.isEmpty()) fail(report(failures));
    }

    /** 100,000 levels of any construct: one positioned error in go/parser's wording, no crash. */
    @Test
    void deepNestingIsAPositionedError() {
        for (Nest nest : FuzzInputs.NESTS) {
            String src = "package p\n\nvar x, f int\n\n" + nest.nested(100_000, nest.context() == FuzzInputs.TYPE ? "int" : "x");
            Diagnostics diag = new Diagnostics();
            String problem = run(new Input("nest " + nest, src.getBytes(StandardCharsets.UTF_8)), diag);
            assertEquals(null, problem, nest.toString());
            assertTrue(diag.sorted().stream().anyMatch(d -> d.message().equals("exceeded max nesting depth")
                    && d.pos().line() >= 5), nest + ": " + first(diag));
        }
    }

    /** Nesting as deep as generated code may have is no error at all. */
    @Test
    void moderateNestingIsValid() {
        String src = "package p\n\nvar x = " + "(".repeat(1000) + "1" + ")".repeat(1000) + "\n"
                + "var y = " + "[]interface{}{".repeat(500) + "}".repeat(500) + "\n"
                + "func f() {\n" + "{".repeat(1000) + "}".repeat(1000) + "\n}\n"
                + "var z " + "[]".repeat(1000) + "int\n";
        Diagnostics diag = new Diagnostics();
        assertEquals(null, run(new Input("moderate nesting", src.getBytes(StandardCharsets.UTF_8)), diag));
        assertFalse(diag.hasErrors(), first(diag));
    }

    private static String first(Diagnostics diag) {
        return diag.sorted().isEmpty() ? "no errors" : diag.sorted().get(0).toString();
    }

    // ---- running one input ----

    private static String run(Input in) {
        return run(in, new Diagnostics());
    }

    /** Parses and type-checks the input; returns null when all went well, else the problem. */
    private static String run(Input in, Diagnostics diag) {
        Future<?> job = worker.submit(() -> {
            File f = Parser.parse("fuzz.go", in.bytes(), diag);
            Checker.check("p", List.of(f), Importer.NONE, new Info(), diag);
        });
        try {
            job.get(LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            return "hang: not done after " + LIMIT_SECONDS + " s";
        } catch (ExecutionException e) {
            StringBuilder trace = new StringBuilder("crash: " + e.getCause());
            StackTraceElement[] frames = e.getCause().getStackTrace();
            for (int k = 0; k < Math.min(frames.length, 12); k++) trace.append("\n\tat ").append(frames[k]);
            return trace.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        for (Diagnostic d : diag.sorted()) {
            if (d.message().startsWith("internal error")) return "internal error reported: " + d;
        }
        return null;
    }

    private static String report(List<Failure> failures) throws IOException {
        Files.createDirectories(FAILURES);
        try (Stream<Path> old = Files.list(FAILURES)) {
            for (Path p : old.toList()) Files.delete(p);
        }
        StringBuilder sb = new StringBuilder(failures.size() + " of " + INPUTS + " inputs failed (seed " + SEED
                + "); inputs written to " + FAILURES.toAbsolutePath() + "\n");
        for (int i = 0; i < failures.size(); i++) {
            Failure f = failures.get(i);
            Path file = FAILURES.resolve("failure-" + i + ".go");
            Files.write(file, f.input().bytes());
            if (i < 20) sb.append(file.getFileName()).append(" (").append(f.input().how()).append("): ")
                    .append(f.problem()).append('\n');
        }
        return sb.toString();
    }

}
