/*
 * The files of one package directory that belong to the build, chosen as go/build's
 * Context.Import chooses them (go/build/build.go): matching names and headers (FileMatch),
 * "_test.go" files only when testing, split into in-package tests and the external
 * "<name>_test" package by their package clause; files of package "documentation" ignored;
 * files that import "C" ignored because llgo has no cgo; and whether the package is
 * complete — no assembly, C or other non-Go sources, and not one of the standard packages
 * the go command never calls complete (cmd/go/internal/work/gc.go).
 */
package llgo.frontend.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
     * @param path the package's canonical import path
     */
    static PackageFiles scan(Path dir, String path, boolean standard, boolean tests, BuildContext context,
                             java.util.function.Function<Path, String> display, Diagnostics diag) throws IOException {
        List<Path> names;
        try (Stream<Path> s = Files.list(dir)) {
            names = s.filter(Files::isRegularFile).sorted().toList();
        }
        boolean other = false;
        boolean excluded = false;
        boolean skippedTests = false;
        List<File> go = new ArrayList<>();
        List<File> test = new ArrayList<>();
        List<File> xtest = new ArrayList<>();
        String pkgName = null;
        String firstFile = null;
        String error = null;
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
            File f = Parser.parse(display.apply(file), bytes, diag);
            String pkg = f.packageName().name();
            if (pkg.equals("documentation")) continue;
            if (f.imports("C")) {
                if (isTest) diag.error(f.pos(), "use of cgo in test " + display.apply(file) + " not supported");
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
}
