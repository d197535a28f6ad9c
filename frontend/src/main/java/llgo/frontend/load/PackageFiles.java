/*
 * The files of one package directory that belong to the build, chosen as go/build's
 * Context.Import chooses them (go/build/build.go): matching names and headers (FileMatch),
 * "_test.go" files only when testing, split into in-package tests and the external
 * "<name>_test" package by their package clause; files of package "documentation" ignored;
 * files that import "C" ignored because llgo has no cgo; and whether the package is
 * complete — no assembly, C or other non-Go sources, and not one of the standard packages
 * the go command never calls complete (cmd/go/internal/work/gc.go). The chosen files are
 * parsed several at once (parseAll), and their errors reported in file order.
 */
package llgo.frontend.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import llgo.frontend.Diagnostics;
import llgo.frontend.syntax.File;
import llgo.frontend.syntax.Parser;
import llgo.frontend.syntax.Pos;

/**
 * @param name      the package name (from the first non-external-test file)
 * @param goFiles   the package's files, parsed
 * @param testFiles its in-package _test.go files (empty unless testing)
 * @param xtestFiles the files of package name_test (empty unless testing)
 * @param complete  gc's -complete: every function must have a body or a linkname
 * @param error     why the directory is no importable package, or null
 */
record PackageFiles(String name, List<File> goFiles, List<File> testFiles, List<File> xtestFiles,
                    boolean complete, String error) {

    /** Sources other than Go that make a package incomplete (go/build's fileListForExt). */
    private static final Set<String> OTHER_SOURCES = Set.of(".c", ".cc", ".cpp", ".cxx", ".m", ".s", ".S", ".sx",
            ".f", ".F", ".for", ".f90", ".swig", ".swigcxx", ".syso");
    /** Standard packages with declarations the runtime supplies (cmd/go/internal/work/gc.go). */
    private static final Set<String> NEVER_COMPLETE = Set.of("bytes", "internal/poll", "net", "os",
            "runtime/metrics", "runtime/pprof", "runtime/trace", "sync", "syscall", "time");

    /**
     * Scans and parses dir. Parse errors go to diag, positioned in files named by {@code display}.
     *
     * @param path    the package's canonical import path
     * @param helpers where tasks that help parse the files may run (the loading threads)
     */
    static PackageFiles scan(Path dir, String path, boolean standard, boolean tests, BuildContext context,
                             java.util.function.Function<Path, String> display, Diagnostics diag,
                             Executor helpers) throws IOException {
        List<Path> names;
        try (Stream<Path> s = Files.list(dir)) {
            names = s.filter(Files::isRegularFile).sorted().toList();
        }
        boolean other = false;
        boolean excluded = false;
        boolean skippedTests = false;
        List<Path> chosen = new ArrayList<>();
        List<byte[]> sources = new ArrayList<>();
        for (Path file : names) {
            String name = file.getFileName().toString();
            if (FileMatch.ignoredName(name)) continue;
            int dot = name.lastIndexOf('.');
            String ext = dot < 0 ? "" : name.substring(dot);
            boolean isGo = ext.equals(".go");
            if (!isGo && !OTHER_SOURCES.contains(ext)) continue;
            if (!FileMatch.goodOSArchFile(name, context::matchTag)) { excluded |= isGo; continue; }
            boolean isTest = name.endsWith("_test.go");
            if (isTest && !tests) { skippedTests = true; continue; }
            byte[] bytes = Files.readAllBytes(file);
            try {
                if (!FileMatch.shouldBuild(bytes, context::matchTag)) { excluded |= isGo; continue; }
            } catch (FileMatch.BadHeader e) {
                diag.error(new Pos(display.apply(file), 1, 1), e.getMessage());
                continue;
            }
            if (!isGo) { other = true; continue; }
            chosen.add(file);
            sources.add(bytes);
        }
        List<String> shown = chosen.stream().map(display).toList();
        List<Diagnostics> parseErrors = new ArrayList<>();
        List<File> parsed = parseAll(shown, sources, parseErrors, helpers);
        List<File> go = new ArrayList<>();
        List<File> test = new ArrayList<>();
        List<File> xtest = new ArrayList<>();
        String pkgName = null;
        String firstFile = null;
        String error = null;
        for (int i = 0; i < chosen.size(); i++) {
            String name = chosen.get(i).getFileName().toString();
            boolean isTest = name.endsWith("_test.go");
            File f = parsed.get(i);
            diag.addAll(parseErrors.get(i));
            String pkg = f.packageName().name();
            if (pkg.equals("documentation")) continue;
            if (f.imports("C")) {
                if (isTest) diag.error(f.pos(), "use of cgo in test " + shown.get(i) + " not supported");
                continue;
            }
            boolean isXTest = isTest && pkg.endsWith("_test") && !pkg.equals(pkgName);
            String base = isXTest ? pkg.substring(0, pkg.length() - "_test".length()) : pkg;
            if (pkgName == null) {
                pkgName = base;
                firstFile = name;
            } else if (!base.equals(pkgName)) {
                diag.error(f.packageName().pos(), "found packages " + pkgName + " (" + firstFile + ") and "
                        + base + " (" + name + ") in " + dir);
                continue;
            }
            (isXTest ? xtest : isTest ? test : go).add(f);
        }
        if (go.isEmpty() && !diag.hasErrors()) {
            error = skippedTests || !test.isEmpty() || !xtest.isEmpty() ? "no non-test Go files in " + dir
                    : (excluded ? "build constraints exclude all Go files in " : "no Go files in ") + dir;
        }
        boolean complete = !other && !(standard && NEVER_COMPLETE.contains(path));
        return new PackageFiles(pkgName == null ? "" : pkgName, go, test, xtest, complete, error);
    }

    /**
     * Parses the files named {@code names} with the given bytes, each file's errors into
     * its own Diagnostics (added to {@code errors} in file order). This thread parses
     * files one by one, and so do helper tasks, one fewer than there are processors, each
     * taking the next file no one has taken: when the other loading threads are busy the
     * helpers find nothing left to do, and this thread waits only for files a running
     * helper has taken.
     */
    private static List<File> parseAll(List<String> names, List<byte[]> sources, List<Diagnostics> errors,
                                       Executor helpers) {
        int n = names.size();
        File[] files = new File[n];
        Diagnostics[] diags = new Diagnostics[n];
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(n);
        Throwable[] failure = new Throwable[1];
        Runnable parse = () -> {
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                try {
                    diags[i] = new Diagnostics();
                    files[i] = Parser.parse(names.get(i), sources.get(i), diags[i]);
                } catch (RuntimeException | Error e) {
                    synchronized (failure) { if (failure[0] == null) failure[0] = e; }
                } finally {
                    done.countDown();
                }
            }
        };
        int wanted = Math.min(n, Runtime.getRuntime().availableProcessors()) - 1;
        for (int k = 0; k < wanted; k++) helpers.execute(parse);
        parse.run();
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing", e);
        }
        synchronized (failure) {
            if (failure[0] instanceof RuntimeException r) throw r;
            if (failure[0] instanceof Error err) throw err;
        }
        errors.addAll(List.of(diags));
        return List.of(files);
    }
}
