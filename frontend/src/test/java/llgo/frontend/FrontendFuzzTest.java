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

import llgo.frontend.syntax.File;
import llgo.frontend.syntax.Parser;
import llgo.frontend.types.Checker;
import llgo.frontend.types.Importer;
import llgo.frontend.types.Info;

class FrontendFuzzTest {
    private static final Path GOROOT = Path.of("/usr/lib/go-1.19");
    private static final int INPUTS = Integer.getInteger("llgo.fuzz.inputs", 1000);
    private static final long SEED = Long.getLong("llgo.fuzz.seed", 20261203L);
    private static final long LIMIT_SECONDS = Long.getLong("llgo.fuzz.limit", 20L);
    private static final Path FAILURES = Path.of("target", "fuzz-failures");
    /** Corpus files larger than this are left out: they only slow the run down. */
    private static final long MAX_FILE_BYTES = 60_000;
    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}_][\\p{L}\\p{N}_]*+|\\d[\\w.]*+|\"[^\"\\\\\\n]*+(?:\\\\.[^\"\\\\\\n]*+)*+\"|`[^`]*+`"
                    + "|'[^'\\\\\\n]*+(?:\\\\.[^'\\\\\\n]*+)*+'"
                    + "|<-|:=|\\.\\.\\.|&&|\\|\\||[-+*/%&|^<>=!]=?|[(){}\\[\\];,.:~]");
    /**
     * A construct for deep nesting: the text that opens one level, the text that closes it
     * (empty when nothing does), and a declaration with a %s where the nest fits.
     */
    record Nest(String open, String close, String context) {
        String nested(int depth, String middle) {
            return String.format(context, open.repeat(depth) + middle + close.repeat(depth));
        }
    }

    private static final String EXPR = "var v = %s\n";
    private static final String TYPE = "var v %s\n";
    private static final String STMT = "func f() {\n\t%s\n}\n";
    private static final List<Nest> NESTS = List.of(
            new Nest("(", ")", EXPR), new Nest("- ", "", EXPR), new Nest("!", "", EXPR), new Nest("<-", "", EXPR),
            new Nest("*", "", EXPR), new Nest("f(", ")", EXPR), new Nest("x[", "]", EXPR),
            new Nest("[]int{", "}", EXPR), new Nest("func(){", "}", EXPR), new Nest("[]", "", TYPE),
            new Nest("*", "", TYPE), new Nest("map[int]", "", TYPE), new Nest("chan ", "", TYPE),
            new Nest("func() ", "", TYPE), new Nest("*[1]", "", TYPE), new Nest("struct{f ", "}", TYPE),
            new Nest("interface{m(", ")}", TYPE), new Nest("{", "}", STMT), new Nest("if x {", "}", STMT),
            new Nest("for {", "}", STMT), new Nest("switch {case true:", "}", STMT));

    private static final String[] WORDS = {"package", "p", "func", "(", ")", "{", "}", "[", "]", "x", "1",
        "\"s\"", "if", "for", "range", ":=", "=", ",", ";", "\n", "type", "struct", "interface", "map", "chan",
        "<-", "*", "&", ".", "...", "switch", "case", "default", ":", "var", "const", "return", "go", "defer",
        "select", "+", "~", "|", "T", "int", "string", "nil", "iota", "goto", "L", "break", "fallthrough"};

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

    /** One generated input: its bytes and how it was made, for the failure report. */
    record Input(String how, byte[] bytes) {}

    /** What went wrong with one input. */
    record Failure(Input input, String problem) {}

    @Test
    void parserAndCheckerNeitherCrashNorHang() throws IOException {
        List<Path> corpus = corpus();
        assertTrue(corpus.size() > 1000, "corpus has only " + corpus.size() + " files");
        Random rnd = new Random(SEED);
        List<Failure> failures = new ArrayList<>();
        for (int i = 0; i < INPUTS; i++) {
            Input in = generate(i, rnd, corpus);
            String problem = run(in);
            if (problem != null) failures.add(new Failure(in, problem));
        }
        if (!failures.isEmpty()) fail(report(failures));
    }

    /** 100,000 levels of any construct: one positioned error in go/parser's wording, no crash. */
    @Test
    void deepNestingIsAPositionedError() {
        for (Nest nest : NESTS) {
            String src = "package p\n\nvar x, f int\n\n" + nest.nested(100_000, nest.context() == TYPE ? "int" : "x");
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

    // ---- the corpus ----

    /** Every .go file of GOROOT/test and GOROOT/src that is not too large, sorted. */
    private static List<Path> corpus() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("test", "src")) {
            try (Stream<Path> s = Files.walk(GOROOT.resolve(dir).toRealPath())) {
                s.filter(p -> p.toString().endsWith(".go") && Files.isRegularFile(p)).forEach(files::add);
            }
        }
        files.removeIf(p -> {
            try {
                return Files.size(p) > MAX_FILE_BYTES;
            } catch (IOException e) {
                return true;
            }
        });
        files.sort(null);
        return files;
    }

    // ---- generating inputs ----

    private static Input generate(int i, Random rnd, List<Path> corpus) throws IOException {
        int kind = i % 10;
        if (kind == 0) return randomBytes(rnd);
        if (kind == 1) return randomTokens(rnd);
        Path p = corpus.get(rnd.nextInt(corpus.size()));
        byte[] b = Files.readAllBytes(p);
        if (b.length == 0) return new Input("empty " + p, b);
        String name = p.toString();
        return switch (kind) {
            case 2 -> new Input("byte flips in " + name, flipBytes(b, rnd));
            case 3 -> new Input("deletions in " + name, deleteSpans(b, rnd));
            case 4 -> new Input("truncated " + name, Arrays.copyOf(b, rnd.nextInt(b.length + 1)));
            case 5, 6 -> new Input("token swaps in " + name, swapTokens(b, rnd));
            case 7 -> new Input("duplicated span in " + name, duplicateSpan(b, rnd));
            case 8 -> new Input("deep nesting in " + name, nestDeeply(b, rnd));
            default -> new Input("mixed mutations in " + name, duplicateSpan(swapTokens(deleteSpans(b, rnd), rnd), rnd));
        };
    }

    private static Input randomBytes(Random rnd) {
        byte[] b = new byte[rnd.nextInt(400)];
        rnd.nextBytes(b);
        return new Input("random bytes", b);
    }

    private static Input randomTokens(Random rnd) {
        StringBuilder sb = new StringBuilder(rnd.nextBoolean() ? "package p\n" : "");
        for (int k = rnd.nextInt(120); k > 0; k--) sb.append(WORDS[rnd.nextInt(WORDS.length)]).append(' ');
        return new Input("random tokens", sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] flipBytes(byte[] b, Random rnd) {
        byte[] c = b.clone();
        for (int k = 1 + rnd.nextInt(6); k > 0; k--) c[rnd.nextInt(c.length)] = (byte) rnd.nextInt(256);
        return c;
    }

    private static byte[] deleteSpans(byte[] b, Random rnd) {
        StringBuilder sb = new StringBuilder(latin1(b));
        for (int k = 1 + rnd.nextInt(5); k > 0 && sb.length() > 1; k--) {
            int at = rnd.nextInt(sb.length());
            sb.delete(at, Math.min(sb.length(), at + 1 + rnd.nextInt(40)));
        }
        return bytes(sb);
    }

    /** Swaps two tokens, or replaces one token by another of the same file, a few times. */
    private static byte[] swapTokens(byte[] b, Random rnd) {
        String s = latin1(b);
        List<int[]> spans = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) spans.add(new int[] {m.start(), m.end()});
        if (spans.size() < 2) return b;
        StringBuilder sb = new StringBuilder(s);
        for (int k = 1 + rnd.nextInt(4); k > 0; k--) {
            int[] x = spans.get(rnd.nextInt(spans.size()));
            int[] y = spans.get(rnd.nextInt(spans.size()));
            if (x[0] == y[0]) continue;
            int[] lo = x[0] < y[0] ? x : y;
            int[] hi = x[0] < y[0] ? y : x;
            if (lo[1] > hi[0] || hi[1] > sb.length()) continue;
            String a = sb.substring(lo[0], lo[1]);
            String c = sb.substring(hi[0], hi[1]);
            boolean replaceOnly = rnd.nextBoolean();
            sb.replace(hi[0], hi[1], a);
            if (!replaceOnly) sb.replace(lo[0], lo[1], c);
            spans.clear();
            m = TOKEN.matcher(sb);
            while (m.find()) spans.add(new int[] {m.start(), m.end()});
            if (spans.size() < 2) break;
        }
        return bytes(sb);
    }

    private static byte[] duplicateSpan(byte[] b, Random rnd) {
        StringBuilder sb = new StringBuilder(latin1(b));
        if (sb.length() == 0) return b;
        int from = rnd.nextInt(sb.length());
        String piece = sb.substring(from, Math.min(sb.length(), from + 1 + rnd.nextInt(300)));
        int copies = rnd.nextInt(8) == 0 ? 1 + rnd.nextInt(50) : 1;
        sb.insert(rnd.nextInt(sb.length() + 1), piece.repeat(copies));
        return bytes(sb);
    }

    /** Inserts a very deep (sometimes balanced) nest of one construct at a random place. */
    private static byte[] nestDeeply(byte[] b, Random rnd) {
        StringBuilder sb = new StringBuilder(latin1(b));
        Nest nest = NESTS.get(rnd.nextInt(NESTS.size()));
        int depth = switch (rnd.nextInt(4)) {
            case 0 -> 100_000;
            case 1 -> 10_000 + rnd.nextInt(20_000);
            case 2 -> 1_000 + rnd.nextInt(4_000);
            default -> 50 + rnd.nextInt(500);
        };
        String middle = rnd.nextBoolean() ? "x" : "";
        String close = rnd.nextBoolean() ? nest.close().repeat(depth) : "";
        sb.insert(rnd.nextInt(sb.length() + 1), nest.open().repeat(depth) + middle + close);
        return bytes(sb);
    }

    private static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
