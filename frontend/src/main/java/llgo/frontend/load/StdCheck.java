/*
 * Type-checks the whole standard library with the Loader and reports how it went: for each
 * package of "go list std" (StandardLibrary), whether it and everything it imports checked
 * without error, and for those that did not, the cause — the package's own first error
 * (its first "not yet supported" one if any), or the package it imports whose errors
 * stopped it. With tests, each package is checked with
 * its _test.go files and its external test package. The main method is what
 * bench/typecheck-std.sh times; StdTypeCheckTest is the ratchet over the same results.
 */
package llgo.frontend.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import llgo.frontend.Diagnostic;

public final class StdCheck {
    private StdCheck() {}

    /**
     * The outcome for one standard package.
     *
     * @param cause null when the package checked cleanly; else its own first error, or
     *              "imports P" for the first failing package P it depends on
     */
    public record Outcome(String path, String cause) {
        public boolean ok() { return cause == null; }
    }

    /**
     * Checks every standard package (with its tests when asked), several at once; with
     * keepGoing also those whose imports have errors (Loader.keepGoing).
     */
    public static List<Outcome> run(Path goroot, boolean tests, boolean keepGoing) throws IOException {
        BuildContext context = BuildContext.llgo();
        List<String> paths = StandardLibrary.packages(goroot, context);
        ExecutorService drivers = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "llgo-stdcheck");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (String p : paths) futures.add(drivers.submit(() -> check(goroot, context, p, tests, keepGoing)));
            List<Outcome> out = new ArrayList<>();
            for (Future<Outcome> f : futures) out.add(f.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IOException(e.getCause());
        } finally {
            drivers.shutdownNow();
        }
    }

    private static Outcome check(Path goroot, BuildContext context, String path, boolean tests, boolean keepGoing) {
        Path src = goroot.resolve("src");
        Loader loader = keepGoing ? Loader.keepGoing(context, goroot, src) : new Loader(context, goroot, src);
        if (!tests) return new Outcome(path, cause(loader.load(path)));
        Loader.Tested t = loader.loadTests(path);
        String cause = cause(t.internal());
        if (cause == null && t.external() != null) cause = cause(t.external());
        return new Outcome(path, cause);
    }

    private static String cause(LoadedPackage p) {
        LoadedPackage root = p.rootCause();
        if (root == null) return null;
        if (root != p && !root.path().equals(p.path())) return "imports " + root.path();
        if (root.loadError() != null) return root.loadError();
        List<Diagnostic> errors = root.errors();
        // an unsupported construct is the cause of the errors around it, wherever they are
        for (Diagnostic d : errors) if (d.message().startsWith("not yet supported")) return d.message();
        return errors.isEmpty() ? "failed" : errors.get(0).message();
    }

    /**
     * The failures grouped by cause, largest group first: a cause with its positions,
     * numbers and quoted text removed, so that one missing feature is one group.
     */
    public static Map<String, List<String>> groups(List<Outcome> outcomes) {
        Map<String, List<String>> byCause = new TreeMap<>();
        for (Outcome o : outcomes) {
            if (o.ok()) continue;
            String key = o.cause().startsWith("imports ") ? o.cause()
                    : o.cause().replaceAll("\"[^\"]*\"", "\"…\"").replaceAll("\\d+", "N").lines().findFirst().orElse("");
            byCause.computeIfAbsent(key, k -> new ArrayList<>()).add(o.path());
        }
        Map<String, List<String>> sorted = new LinkedHashMap<>();
        byCause.entrySet().stream().sorted((a, b) -> b.getValue().size() - a.getValue().size())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** Lines of the non-test Go files the build selects in the given packages. */
    static long lines(Path goroot, List<String> paths, BuildContext context) throws IOException {
        long n = 0;
        for (String p : paths) {
            try (var files = Files.list(goroot.resolve("src").resolve(p))) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    String name = f.getFileName().toString();
                    if (!name.endsWith(".go") || name.endsWith("_test.go") || FileMatch.ignoredName(name)) continue;
                    if (!FileMatch.goodOSArchFile(name, context::matchTag)) continue;
                    byte[] b = Files.readAllBytes(f);
                    try {
                        if (!FileMatch.shouldBuild(b, context::matchTag)) continue;
                    } catch (FileMatch.BadHeader e) {
                        continue;
                    }
                    for (byte c : b) if (c == '\n') n++;
                }
            }
        }
        return n;
    }

    /** {@code StdCheck [-tests] [-keep-going] [GOROOT]}: checks the standard library and prints a summary. */
    public static void main(String[] args) throws IOException {
        List<String> rest = new ArrayList<>(List.of(args));
        boolean tests = rest.remove("-tests");
        boolean keepGoing = rest.remove("-keep-going");
        Path goroot = !rest.isEmpty() ? Path.of(rest.get(0)) : GoRoot.locate(System.getenv());
        long t0 = System.nanoTime();
        List<Outcome> outcomes = run(goroot, tests, keepGoing);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long passing = outcomes.stream().filter(Outcome::ok).count();
        long lines = lines(goroot, outcomes.stream().map(Outcome::path).toList(), BuildContext.llgo());
        System.out.printf("llgo: %d packages, %d type-check cleanly; %d lines in %.2f s (%.0f lines/s)%n",
                outcomes.size(), passing, lines, seconds, lines / seconds);
        for (Map.Entry<String, List<String>> g : groups(outcomes).entrySet()) {
            List<String> ps = g.getValue();
            System.out.printf("  %3d  %s  (%s%s)%n", ps.size(), g.getKey(),
                    String.join(" ", ps.subList(0, Math.min(4, ps.size()))), ps.size() > 4 ? " ..." : "");
        }
    }
}
