/*
 * Loads packages the way the go command builds them (cmd/go/internal/load and go/build):
 * each import path is located (PackageLocator: GOROOT, the main module, replacements,
 * vendor), its files selected for llgo's BuildContext (PackageFiles) and parsed, its
 * imports loaded first, and then it is type-checked with an Importer that hands the checker
 * the already checked packages. Every package is loaded once: standard packages once per
 * GOROOT and context for the life of the process (they cannot change), others once per
 * Loader. Packages whose imports are done are checked in parallel on a shared thread pool;
 * the checker is safe for that since checks share only the immutable universe and
 * completed packages. An import cycle is found when the import that closes it is added to
 * the graph, and reported there, so that no package ever waits for itself. As go build
 * does, a package whose imports cannot be found or have errors is not checked: the errors
 * reported are those of the packages that failed.
 *
 * Testing package P, as go test does, checks P with its _test.go files ("P [P.test]") and
 * the external test package P_test against that variant; every package P_test imports
 * that itself depends on P is checked again against it too ("Q [P.test]"), so that one
 * type of P is one type throughout the test build. A package without in-package _test.go
 * files is its own test variant, and P_test imports it and everything else unchanged.
 */
package llgo.frontend.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

import llgo.frontend.DeepStack;
import llgo.frontend.Diagnostics;
import llgo.frontend.syntax.File;
import llgo.frontend.syntax.Pos;
import llgo.frontend.syntax.Spec;
import llgo.frontend.types.Checker;
import llgo.frontend.types.ImportPath;
import llgo.frontend.types.Importer;
import llgo.frontend.types.Info;
import llgo.frontend.types.Package;
import llgo.frontend.types.Universe;

public final class Loader {
    /**
     * The loading threads, one per processor (at least two): deep-stack threads, since the
     * parser and the checker recurse once per level of nesting, and they call them directly.
     * A check whose imports are done goes before any parse, and the parse asked for last
     * goes first: loading then runs depth first, as go/types' source importer does, and a
     * package's syntax trees wait for its imports as briefly as they can (parsing every
     * package before checking any kept them all alive at once, and the collector copying
     * them cost as much as parsing them).
     */
    private static final ExecutorService POOL = DeepStack.fixedPool(
            Math.max(2, Runtime.getRuntime().availableProcessors()), "llgo-load", new PriorityBlockingQueue<>());
    /** Numbers the loading tasks in the order they are asked for. */
    private static final AtomicLong TASKS = new AtomicLong();

    /** A loading task: a check goes before a parse; among those, the newer first. */
    private record Task(boolean check, long seq, Runnable body) implements Runnable, Comparable<Task> {
        @Override
        public void run() { body.run(); }

        @Override
        public int compareTo(Task o) {
            if (check != o.check) return check ? -1 : 1;
            return Long.compare(o.seq, seq);
        }
    }

    private static void parseSoon(Runnable r) { POOL.execute(new Task(false, TASKS.incrementAndGet(), r)); }

    private static void checkSoon(Runnable r) { POOL.execute(new Task(true, TASKS.incrementAndGet(), r)); }

    /** The standard library's packages, per GOROOT and build context. */
    private static final ConcurrentHashMap<String, Units> STANDARD = new ConcurrentHashMap<>();

    private final BuildContext context;
    private final PackageLocator locator;
    private final Units standard;
    private final Units local = new Units();
    private final Path workDir;
    private final boolean keepGoing;

    /** The packages of one scope (standard or this Loader's) and the import edges among them. */
    private static final class Units {
        final ConcurrentHashMap<Key, CompletableFuture<LoadedPackage>> futures = new ConcurrentHashMap<>();
        private final Map<Key, Set<Key>> edges = new HashMap<>();

        /** Adds from → to unless it closes a cycle; returns the cycle (to ... from, to) if it would. */
        synchronized List<Key> addEdge(Key from, Key to) {
            List<Key> path = pathBetween(to, from);
            if (path != null) {
                path.add(to);
                return path;
            }
            edges.computeIfAbsent(from, k -> new HashSet<>()).add(to);
            return null;
        }

        private List<Key> pathBetween(Key from, Key to) {
            Map<Key, Key> parent = new HashMap<>();
            ArrayDeque<Key> work = new ArrayDeque<>(List.of(from));
            parent.put(from, from);
            while (!work.isEmpty()) {
                Key k = work.poll();
                if (k.equals(to)) {
                    List<Key> path = new ArrayList<>();
                    for (Key x = to; ; x = parent.get(x)) { path.add(0, x); if (x.equals(from)) break; }
                    return path;
                }
                for (Key n : edges.getOrDefault(k, Set.of())) if (parent.putIfAbsent(n, k) == null) work.add(n);
            }
            return null;
        }
    }

    /**
     * A package to load: its canonical path, and the path of the package whose test build it
     * belongs to (go list's "path [testOf.test]"), null for the ordinary package.
     */
    private record Key(String path, String testOf) {
        @Override public String toString() { return testOf == null ? path : path + " [" + testOf + ".test]"; }
    }

    /**
     * The test build of a package that a unit belongs to.
     *
     * @param tested     the path of the package under test: imports of it get its variant
     *                   with the _test.go files
     * @param dependents the packages of the build that import it, directly or not: imports of
     *                   them get their variants checked against the tested variant
     */
    private record TestBuild(String tested, Set<String> dependents) {}

    /**
     * Packages checked before, which imports find first, as gc's {@code -D localDir -I dir}
     * finds compiled archives (how GOROOT/test's run.go builds the packages of a directory):
     * a relative import ("./a") denotes localDir joined with it ("test/a").
     *
     * @param byPath the packages by import path
     */
    public record Archives(String localDir, Map<String, LoadedPackage> byPath) {
        public Archives {
            byPath = Map.copyOf(byPath);
        }

        /** The given package an import path denotes, or null. */
        LoadedPackage find(String path) {
            boolean relative = path.equals(".") || path.equals("..") || path.startsWith("./") || path.startsWith("../");
            return byPath.get(relative ? Path.of(localDir).resolve(path).normalize().toString() : path);
        }
    }

    /**
     * A package's files before checking; test is null outside a test build's recompiled
     * packages, archives null unless checkFiles was given some.
     */
    private record Unit(Key key, Path dir, boolean standard, List<File> files, boolean complete, TestBuild test,
                        Archives archives) {
        Unit(Key key, Path dir, boolean standard, List<File> files, boolean complete, TestBuild test) {
            this(key, dir, standard, files, complete, test, null);
        }
    }

    /**
     * @param goroot  the GOROOT whose src/ holds the standard library
     * @param workDir the directory the build runs in: the main module is found from it, and
     *                names of files below it are printed relative to it
     */
    public Loader(BuildContext context, Path goroot, Path workDir) {
        this(context, goroot, workDir, false);
    }

    /**
     * A Loader that, unlike go build, also checks a package whose imports have errors, as
     * long as they were checked: to measure what fails for its own reasons. Its packages
     * are never shared with ordinary Loaders.
     */
    public static Loader keepGoing(BuildContext context, Path goroot, Path workDir) {
        return new Loader(context, goroot, workDir, true);
    }

    private Loader(BuildContext context, Path goroot, Path workDir, boolean keepGoing) {
        this.keepGoing = keepGoing;
        this.context = context;
        this.workDir = workDir.toAbsolutePath().normalize();
        GoMod mod;
        try {
            mod = GoMod.find(this.workDir);
        } catch (IOException e) {
            mod = null;
        }
        Path root = goroot.toAbsolutePath().normalize();
        this.locator = new PackageLocator(root, mod);
        this.standard = STANDARD.computeIfAbsent(root + "\0" + context + "\0" + keepGoing, k -> new Units());
    }

    /** A Loader for llgo's target in the process's environment and current directory. */
    public static Loader forEnvironment() {
        return new Loader(BuildContext.llgo(), GoRoot.locate(System.getenv()), Path.of(""));
    }

    public Path goroot() { return locator.gorootSrc().getParent(); }

    /**
     * Checks already parsed files as one package (the files named on a command line), after
     * loading everything they import.
     *
     * @param path     the package's import path
     * @param complete whether a function without body needs a //go:linkname (gc's -complete)
     */
    public LoadedPackage checkFiles(String path, List<File> files, boolean complete) {
        return checkFiles(path, files, complete, null);
    }

    /** As {@link #checkFiles(String, List, boolean)}, imports finding the given archives first (null for none). */
    public LoadedPackage checkFiles(String path, List<File> files, boolean complete, Archives archives) {
        Unit unit = new Unit(new Key(path, null), null, false, files, complete, null, archives);
        return join(load(unit, new CompletableFuture<>(), local));
    }

    /** Loads the package with this import path, resolved from the working directory's module. */
    public LoadedPackage load(String importPath) {
        if (importPath.equals("unsafe")) return UNSAFE;
        PackageLocator.Location at;
        try {
            at = locator.canonical(importPath);
        } catch (PackageLocator.NotFound e) {
            return failed(importPath, e.getMessage());
        }
        return join(future(at));
    }

    /**
     * Loads a package for testing: the package with its in-package _test.go files, and the
     * external test package (null when there is none), which imports the former.
     */
    public record Tested(LoadedPackage internal, LoadedPackage external) {}

    public Tested loadTests(String importPath) {
        if (importPath.equals("unsafe")) return new Tested(UNSAFE, null);
        PackageLocator.Location at;
        try {
            at = locator.canonical(importPath);
        } catch (PackageLocator.NotFound e) {
            return new Tested(failed(importPath, e.getMessage()), null);
        }
        Diagnostics diag = new Diagnostics();
        PackageFiles pf;
        try {
            pf = PackageFiles.scan(at.dir(), at.path(), at.standard(), true, context, display(at.standard()), diag,
                    Loader::parseSoon);
        } catch (IOException e) {
            return new Tested(failed(at.path(), "cannot read " + at.dir() + ": " + e.getMessage()), null);
        }
        // without in-package _test.go files the package under test is the package itself, and
        // nothing is checked again for it (go test's TestPackagesFor)
        boolean itself = pf.testFiles().isEmpty() && !diag.hasErrors() && !pf.goFiles().isEmpty() && !pf.name().equals("main");
        Key internalKey = new Key(at.path(), at.path());
        List<File> internalFiles = new ArrayList<>(pf.goFiles());
        internalFiles.addAll(pf.testFiles());
        CompletableFuture<LoadedPackage> internal = itself ? future(at) : parsed(internalKey, at, internalFiles, pf, diag, null);
        LoadedPackage external = null;
        if (!pf.xtestFiles().isEmpty()) {
            Key xkey = new Key(at.path() + "_test", at.path());
            TestBuild build = itself ? null : new TestBuild(at.path(), dependents(at, pf.xtestFiles()));
            external = join(parsed(xkey, at, pf.xtestFiles(), pf, new Diagnostics(), build));
        }
        return new Tested(join(internal), external);
    }

    /**
     * The packages that the files (of the external test of the package at tested) import,
     * directly or not, and that depend on the tested package, found in the import graph of
     * their ordinary builds.
     */
    private Set<String> dependents(PackageLocator.Location tested, List<File> files) {
        List<LoadedPackage> roots = new ArrayList<>();
        String fromStandard = tested.standard() ? tested.path() : null;
        for (File f : files) {
            for (Spec.Import imp : f.imports()) {
                if (imp.path() == null || ImportPath.problem(imp.path().value()) != null) continue;
                String path = ImportPath.of(imp.path().value());
                if (path.equals("unsafe") || path.equals("C")) continue;
                try {
                    PackageLocator.Location at = locator.locate(path, fromStandard);
                    if (!at.path().equals(tested.path())) roots.add(join(future(at)));
                } catch (PackageLocator.NotFound e) {
                    // reported when the test package is loaded
                }
            }
        }
        Map<LoadedPackage, Boolean> depends = new java.util.IdentityHashMap<>();
        Set<String> out = new HashSet<>();
        for (LoadedPackage r : roots) dependsOn(r, tested.path(), depends, out);
        return out;
    }

    private static boolean dependsOn(LoadedPackage p, String tested, Map<LoadedPackage, Boolean> memo, Set<String> out) {
        Boolean known = memo.get(p);
        if (known != null) return known;
        memo.put(p, false); // the import graph is acyclic; this only guards against a reported cycle
        boolean d = false;
        for (LoadedPackage i : p.imports()) {
            if (i.path().equals(tested) || dependsOn(i, tested, memo, out)) d = true;
        }
        memo.put(p, d);
        if (d) out.add(p.path());
        return d;
    }

    private CompletableFuture<LoadedPackage> parsed(Key key, PackageLocator.Location at, List<File> files,
                                                    PackageFiles pf, Diagnostics diag, TestBuild test) {
        CompletableFuture<LoadedPackage> f = new CompletableFuture<>();
        CompletableFuture<LoadedPackage> earlier = local.futures.putIfAbsent(key, f);
        if (earlier != null) return earlier;
        if (diag.hasErrors() || files.isEmpty()) {
            f.complete(new LoadedPackage(key.path(), at.dir(), files, null, null,
                    files.isEmpty() ? "no Go files in " + at.dir() : null, diag.sorted(), List.of(), true));
            return f;
        }
        return load(new Unit(key, at.dir(), at.standard(), files, pf.complete(), test), f, local);
    }

    /** Package unsafe, which the checker knows (GOROOT/src/unsafe is its documentation). */
    private static final LoadedPackage UNSAFE = new LoadedPackage("unsafe", null, List.of(), Universe.UNSAFE, null,
            null, List.of(), List.of(), true);

    private static LoadedPackage failed(String path, String error) {
        return new LoadedPackage(path, null, List.of(), null, null, error, List.of(), List.of(), true);
    }

    private static LoadedPackage join(CompletableFuture<LoadedPackage> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw e;
        }
    }

    /** The one future of the package at a location, started on first request. */
    private CompletableFuture<LoadedPackage> future(PackageLocator.Location at) {
        return future(at, null);
    }

    /**
     * The one future of the package at a location, in a test build (its variant checked
     * against the tested package, kept by this Loader) or not (test null), started on first request.
     */
    private CompletableFuture<LoadedPackage> future(PackageLocator.Location at, TestBuild test) {
        Units units = at.standard() && test == null ? standard : local;
        Key key = new Key(at.path(), test == null ? null : test.tested());
        CompletableFuture<LoadedPackage> fresh = new CompletableFuture<>();
        CompletableFuture<LoadedPackage> existing = units.futures.putIfAbsent(key, fresh);
        if (existing != null) return existing;
        parseSoon(() -> {
            try {
                Diagnostics diag = new Diagnostics();
                PackageFiles pf = PackageFiles.scan(at.dir(), at.path(), at.standard(), false, context,
                        display(at.standard()), diag, Loader::parseSoon);
                if (diag.hasErrors() || pf.error() != null) {
                    fresh.complete(new LoadedPackage(at.path(), at.dir(), pf.goFiles(), null, null, pf.error(),
                            diag.sorted(), List.of(), true));
                } else if (pf.name().equals("main")) {
                    fresh.complete(failed(at.path(), "import \"" + at.path() + "\" is a program, not an importable package"));
                } else {
                    load(new Unit(key, at.dir(), at.standard(), pf.goFiles(), pf.complete(), test), fresh, units);
                }
            } catch (IOException e) {
                fresh.complete(failed(at.path(), "cannot read " + at.dir() + ": " + e.getMessage()));
            } catch (RuntimeException | Error e) {
                fresh.completeExceptionally(e);
            }
        });
        return fresh;
    }

    /** Resolves the unit's imports, then checks it once they are loaded; completes result. */
    private CompletableFuture<LoadedPackage> load(Unit unit, CompletableFuture<LoadedPackage> result, Units units) {
        Diagnostics diag = new Diagnostics();
        Map<String, CompletableFuture<LoadedPackage>> deps = new LinkedHashMap<>();
        Map<String, Pos> importedAt = new HashMap<>();
        String fromStandard = unit.standard() ? unit.key().path() : null;
        for (File f : unit.files()) {
            for (Spec.Import imp : f.imports()) {
                if (imp.path() == null || imp.path().bad() || imp.path().kind() != llgo.frontend.syntax.Expr.LitKind.STRING) continue; // reported by the parser
                Pos pos = imp.path().pos();
                String problem = ImportPath.problem(imp.path().value());
                if (problem != null) { diag.error(pos, "invalid import path (" + problem + ")"); continue; }
                String path = ImportPath.of(imp.path().value());
                if (path.equals("unsafe") || deps.containsKey(path)) continue;
                if (path.equals("C")) { diag.error(pos, "not supported: cgo"); continue; }
                importedAt.put(path, pos);
                CompletableFuture<LoadedPackage> dep = resolve(unit, path, fromStandard, pos, diag, units);
                if (dep != null) deps.put(path, dep);
            }
        }
        CompletableFuture.allOf(deps.values().toArray(CompletableFuture[]::new)).whenCompleteAsync((ignored, ex) -> {
            if (ex != null) { result.completeExceptionally(ex); return; }
            try {
                result.complete(check(unit, deps, importedAt, diag));
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, Loader::checkSoon);
        return result;
    }

    private CompletableFuture<LoadedPackage> resolve(Unit unit, String path, String fromStandard, Pos pos,
                                                     Diagnostics diag, Units units) {
        LoadedPackage given = unit.archives() == null ? null : unit.archives().find(path);
        if (given != null) return CompletableFuture.completedFuture(given);
        PackageLocator.Location at;
        try {
            at = locator.locate(path, fromStandard);
        } catch (PackageLocator.NotFound e) {
            diag.error(pos, e.getMessage());
            return null;
        }
        TestBuild test = unit.test();
        if (test != null && at.path().equals(test.tested())) return local.futures.get(new Key(at.path(), at.path()));
        if (test != null && test.dependents().contains(at.path())) return future(at, test);
        if (at.standard() == unit.standard() && test == null) {
            // a standard package never imports one outside GOROOT, so cycles stay within one graph
            List<Key> cycle = (at.standard() ? standard : local).addEdge(unit.key(), new Key(at.path(), null));
            if (cycle != null) {
                StringBuilder sb = new StringBuilder("import cycle not allowed");
                for (int i = 0; i < cycle.size(); i++) sb.append(i == 0 ? "\n\tpackage " : "\n\t\timports ").append(cycle.get(i));
                diag.error(pos, sb.toString());
                return null;
            }
        }
        return future(at);
    }

    private LoadedPackage check(Unit unit, Map<String, CompletableFuture<LoadedPackage>> deps,
                                Map<String, Pos> importedAt, Diagnostics diag) {
        Map<String, Package> byPath = new HashMap<>();
        List<LoadedPackage> imports = new ArrayList<>();
        boolean depFailed = false;
        for (Map.Entry<String, CompletableFuture<LoadedPackage>> e : deps.entrySet()) {
            LoadedPackage dep = e.getValue().join();
            imports.add(dep);
            if (dep.loadError() != null) {
                diag.error(importedAt.get(e.getKey()), dep.loadError());
            } else if (!dep.ok()) {
                depFailed = true;
                if (keepGoing && dep.types() != null) byPath.put(e.getKey(), dep.types());
            } else {
                byPath.put(e.getKey(), dep.types());
            }
        }
        String path = unit.key().path();
        if (diag.hasErrors() || (depFailed && byPath.size() < deps.size())) {
            return new LoadedPackage(path, unit.dir(), unit.files(), null, null, null, diag.sorted(), imports, !depFailed);
        }
        Importer importer = (p, pos, d) -> {
            if (p.equals("unsafe")) return Universe.UNSAFE;
            Package pkg = byPath.get(p);
            if (pkg == null) d.error(pos, "could not import " + p);
            return pkg;
        };
        int lines = 0;
        for (File f : unit.files()) if (!f.decls().isEmpty()) lines += f.decls().get(f.decls().size() - 1).pos().line();
        Info info = new Info(lines);
        Package types;
        try {
            types = Checker.check(path, unit.files(), importer, info, diag);
        } catch (RuntimeException | StackOverflowError e) {
            if (!keepGoing) throw e;
            // imports with errors can hold objects an ordinary check never sees
            diag.error(new Pos(unit.files().get(0).name(), 1, 1), "internal error: the checker failed: " + e);
            return new LoadedPackage(path, unit.dir(), unit.files(), null, null, null, diag.sorted(), imports, !depFailed);
        }
        DirectiveCheck.check(unit.files(), types, unit.complete(), unit.standard(), diag);
        boolean cached = unit.standard() && unit.key().testOf() == null;
        return new LoadedPackage(path, unit.dir(), cached ? List.of() : unit.files(), types, cached ? null : info,
                null, diag.sorted(), imports, !depFailed);
    }

    /**
     * How a file is named in positions: standard files by their absolute path (they are
     * shared by every Loader), others relative to the working directory when below it.
     */
    private java.util.function.Function<Path, String> display(boolean standardFile) {
        return file -> {
            Path abs = file.toAbsolutePath().normalize();
            return !standardFile && abs.startsWith(workDir) ? workDir.relativize(abs).toString() : abs.toString();
        };
    }
}
