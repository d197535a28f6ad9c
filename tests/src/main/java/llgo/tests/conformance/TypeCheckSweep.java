/*
 * The frontend alone (parse, load and type-check; no SSA, no code) over every GOROOT/test
 * case that gc must compile without error: the actions run, compile, build, runoutput,
 * rundir and compiledir, whatever their flags (flags change gc's code, not what is a
 * valid program). Cases are the conformance runner's (CaseCatalog, CaseHeader), selected by
 * the same build constraints (BuildContext); each is checked the way run.go builds it:
 *   - run: the case file and the leading .go arguments of its recipe, as package main;
 *   - build: the case file as package main; compile: the case file as package "p";
 *   - runoutput: the generator as package main and, when gc is installed, the program it
 *     prints ("go run" of the generator, as run.go does), as package main;
 *   - rundir, compiledir: the .go files of the case's .dir directory, grouped into packages
 *     by package clause in file-name order (one package per file with -s), checked in that
 *     order; a non-main package has the path "test/" + its first file's name without .go,
 *     and imports find the packages checked before as gc's "-D test -I ." finds their
 *     archives ("./a" and "test/a" both denote test/a).
 * Imports of the standard library are loaded and checked from GOROOT/src (once per process).
 * Any error is a false error, as gc compiles these cases; except that when gc is installed,
 * a single-package case with errors is also built with it ("go build"), and errors gc
 * reports too (cases run.go itself expects to fail, such as typeparam/nested.go) are
 * listed apart. The report lists the cases with false errors and groups them by cause (the
 * message with quoted text and numbers removed).
 */
package llgo.tests.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import llgo.frontend.Diagnostic;
import llgo.frontend.Diagnostics;
import llgo.frontend.load.LoadedPackage;
import llgo.frontend.load.Loader;
import llgo.frontend.syntax.File;
import llgo.frontend.syntax.Parser;

public final class TypeCheckSweep {
    /** The actions whose cases gc compiles without error. */
    public static final Set<String> ACTIONS = Set.of("run", "compile", "build", "runoutput", "rundir", "compiledir");

    private static final Pattern PACKAGE_CLAUSE = Pattern.compile("(?m)^package ([\\p{Lu}\\p{Ll}\\w]+)");
    private static final Duration GENERATOR_LIMIT = Duration.ofSeconds(120);

    private TypeCheckSweep() {
    }

    /** A case to check: its name relative to GOROOT/test and its recipe. */
    public record Case(String name, CaseHeader header) {
    }

    /**
     * What became of one case.
     *
     * @param errors every error, "file:line:col: message", each once; empty when it checked cleanly
     * @param note   why part of the case could not be checked (a runoutput generator that
     *               did not run), or null
     * @param gcRejects whether gc fails to build the case too (then the errors are no false errors)
     */
    public record Result(String name, String action, List<String> errors, String note, boolean gcRejects) {
        public boolean clean() {
            return errors.isEmpty();
        }

        /** Errors where gc reports none. */
        public boolean falseErrors() {
            return !errors.isEmpty() && !gcRejects;
        }
    }

    /** The cases of the catalogue whose action is one of ACTIONS and whose build constraints hold. */
    public static List<Case> cases(TestEnvironment env) throws IOException {
        List<Case> out = new ArrayList<>();
        for (String name : CaseCatalog.list(env.testDir(), null)) {
            CaseHeader header;
            try {
                header = CaseHeader.parse(Files.readString(env.testDir().resolve(name), StandardCharsets.UTF_8));
            } catch (CaseHeader.MalformedException | java.nio.charset.MalformedInputException e) {
                continue;
            }
            if (!ACTIONS.contains(header.action())) continue;
            if (env.context().excludingLine(header.constraintText()).isPresent()) continue;
            out.add(new Case(name, header));
        }
        return out;
    }

    /** Checks one case; runGenerators says whether a runoutput case's generator is run with gc. */
    public static Result check(TestEnvironment env, Case c, boolean runGenerators) {
        Path testDir = env.testDir();
        Loader loader = new Loader(llgo.frontend.load.BuildContext.llgo(), env.goroot(), testDir);
        Set<String> errors = new LinkedHashSet<>();
        String note = null;
        String action = c.header().action();
        switch (action) {
            case "run" -> {
                List<String> names = new ArrayList<>(List.of(c.name()));
                names.addAll(c.header().extraRunFiles());
                checkPackage(loader, testDir, "main", names, null, errors);
            }
            case "build" -> checkPackage(loader, testDir, "main", List.of(c.name()), null, errors);
            case "compile" -> checkPackage(loader, testDir, "p", List.of(c.name()), null, errors);
            case "runoutput" -> {
                checkPackage(loader, testDir, "main", List.of(c.name()), null, errors);
                if (runGenerators) note = checkOutput(env, loader, c, errors);
            }
            case "rundir", "compiledir" -> note = checkDirectory(loader, testDir, c, errors);
            default -> throw new IllegalArgumentException("not a sweep action: " + action);
        }
        boolean gcRejects = !errors.isEmpty() && !action.endsWith("dir") && gcRejects(env, c);
        return new Result(c.name(), action, List.copyOf(errors), note, gcRejects);
    }

    /** Whether gc (when installed) fails to build the case's files, as "go build" of them. */
    private static boolean gcRejects(TestEnvironment env, Case c) {
        if (!Files.isExecutable(env.goTool())) return false;
        Path out;
        try {
            out = Files.createTempDirectory("llgo-sweep");
        } catch (IOException e) {
            return false;
        }
        try {
            List<String> command = new ArrayList<>(List.of(env.goTool().toString(), "build", "-o",
                    out.resolve("a.out").toString(), c.name()));
            if (c.header().action().equals("run")) command.addAll(c.header().extraRunFiles());
            return ProcessRunner.run(command, env.testDir(), env.variablesIn(env.testDir()), GENERATOR_LIMIT).exitCode() != 0;
        } catch (UncheckedIOException e) {
            return false;
        } finally {
            try (Stream<Path> files = Files.walk(out)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException e) {
                // a leftover temporary directory
            }
        }
    }

    /** Parses the files (named relative to testDir) and checks them as one package; returns it, or null if a file did not parse. */
    private static LoadedPackage checkPackage(Loader loader, Path testDir, String path, List<String> names,
                                              Loader.Archives archives, Set<String> errors) {
        List<File> files = new ArrayList<>();
        Diagnostics diag = new Diagnostics();
        for (String n : names) {
            byte[] src;
            try {
                src = Files.readAllBytes(testDir.resolve(n));
            } catch (IOException e) {
                errors.add(n + ": cannot read: " + e.getMessage());
                return null;
            }
            files.add(Parser.parse(n, src, diag));
        }
        if (diag.hasErrors()) {
            for (Diagnostic d : diag.sorted()) errors.add(d.toString());
            return null;
        }
        LoadedPackage p = loader.checkFiles(path, files, false, archives);
        for (Diagnostic d : p.allErrors()) errors.add(d.toString());
        if (p.loadError() != null) errors.add(names.get(0) + ": " + p.loadError());
        return p;
    }

    private static String checkDirectory(Loader loader, Path testDir, Case c, Set<String> errors) {
        String dir = c.name().substring(0, c.name().length() - ".go".length()) + ".dir";
        List<String> files;
        try (Stream<Path> s = Files.list(testDir.resolve(dir))) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".go")).sorted().toList();
        } catch (IOException e) {
            return "cannot list " + dir + ": " + e.getMessage();
        }
        boolean singleFilePackages = c.header().flags().contains("-s");
        List<String> packageNames = new ArrayList<>();
        List<List<String>> packages = new ArrayList<>();
        Map<String, List<String>> byName = new HashMap<>();
        for (String f : files) {
            String name;
            try {
                Matcher m = PACKAGE_CLAUSE.matcher(Files.readString(testDir.resolve(dir).resolve(f), StandardCharsets.ISO_8859_1));
                if (!m.find()) return "cannot find package name in " + dir + "/" + f;
                name = m.group(1);
            } catch (IOException e) {
                return "cannot read " + dir + "/" + f + ": " + e.getMessage();
            }
            List<String> pkg = singleFilePackages ? null : byName.get(name);
            if (pkg == null) {
                pkg = new ArrayList<>();
                packages.add(pkg);
                packageNames.add(name);
                byName.put(name, pkg);
            }
            pkg.add(dir + "/" + f);
        }
        Map<String, LoadedPackage> archives = new HashMap<>();
        for (int i = 0; i < packages.size(); i++) {
            List<String> names = packages.get(i);
            String first = Path.of(names.get(0)).getFileName().toString();
            String path = packageNames.get(i).equals("main") ? "main" : "test/" + first.substring(0, first.length() - 3);
            LoadedPackage p = checkPackage(loader, testDir, path, names, new Loader.Archives("test", archives), errors);
            if (p != null && !path.equals("main")) archives.put(path, p);
        }
        return null;
    }

    /** Runs the generator with gc and checks what it prints; returns a note when it could not. */
    private static String checkOutput(TestEnvironment env, Loader loader, Case c, Set<String> errors) {
        if (!Files.isExecutable(env.goTool())) return "no gc: generated program not checked";
        List<String> command = new ArrayList<>(List.of(env.goTool().toString(), "run", c.name()));
        command.addAll(c.header().args());
        ProcessRunner.Result r;
        try {
            r = ProcessRunner.run(command, env.testDir(), env.variablesIn(env.testDir()), GENERATOR_LIMIT);
        } catch (UncheckedIOException e) {
            return "generator did not start: " + e.getMessage();
        }
        if (r.exitCode() != 0) return "generator failed with gc (exit " + r.exitCode() + ")";
        Diagnostics diag = new Diagnostics();
        String name = c.name() + "~output/tmp__.go";
        File f = Parser.parse(name, r.output(), diag);
        if (diag.hasErrors()) {
            for (Diagnostic d : diag.sorted()) errors.add(d.toString());
            return null;
        }
        LoadedPackage p = loader.checkFiles("main", List.of(f), false);
        for (Diagnostic d : p.allErrors()) errors.add(d.toString());
        return null;
    }

    /** Checks the cases on a few threads; results in the order of the cases. */
    public static List<Result> checkAll(TestEnvironment env, List<Case> cases, boolean runGenerators, int jobs) {
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(null, r, "llgo-sweep", 256L << 20);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (Case c : cases) futures.add(pool.submit(() -> check(env, c, runGenerators)));
            List<Result> out = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    out.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    Throwable t = e.getCause();
                    out.add(new Result(cases.get(i).name(), cases.get(i).header().action(),
                            List.of(cases.get(i).name() + ": internal error: " + t), null, false));
                }
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The cause of an error: its message's first line with quoted text and numbers removed. */
    public static String cause(String error) {
        String message = error.replaceFirst("^\\S+:\\d+:\\d+: ", "").replaceFirst("^\\S+\\.go: ", "");
        return message.lines().findFirst().orElse("")
                .replaceAll("\"[^\"]*\"", "\"…\"").replaceAll("\\d+", "N");
    }

    /** The cases with errors grouped by the cause of their first error, largest group first. */
    public static Map<String, List<String>> groups(List<Result> results) {
        Map<String, List<String>> byCause = new TreeMap<>();
        for (Result r : results) {
            if (r.falseErrors()) byCause.computeIfAbsent(cause(r.errors().get(0)), k -> new ArrayList<>()).add(r.name());
        }
        Map<String, List<String>> sorted = new LinkedHashMap<>();
        byCause.entrySet().stream().sorted((a, b) -> b.getValue().size() - a.getValue().size())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** The report: a summary line, the groups, then each failing case with its errors (at most 10). */
    public static String report(List<Result> results, double seconds) {
        StringBuilder sb = new StringBuilder();
        Map<String, Integer> byAction = new TreeMap<>();
        for (Result r : results) byAction.merge(r.action(), 1, Integer::sum);
        long failing = results.stream().filter(Result::falseErrors).count();
        List<String> agreed = results.stream().filter(r -> !r.clean() && r.gcRejects()).map(Result::name).toList();
        sb.append(String.format("typecheck-sweep: %d cases %s, %d with false errors, %d clean, %d with errors gc reports too; %.1f s%n",
                results.size(), byAction, failing, results.stream().filter(Result::clean).count(), agreed.size(), seconds));
        if (!agreed.isEmpty()) sb.append("  gc rejects too: ").append(String.join(" ", agreed)).append('\n');
        for (Map.Entry<String, List<String>> g : groups(results).entrySet()) {
            List<String> cs = g.getValue();
            sb.append(String.format("  %3d  %s  (%s%s)%n", cs.size(), g.getKey(),
                    String.join(" ", cs.subList(0, Math.min(4, cs.size()))), cs.size() > 4 ? " ..." : ""));
        }
        for (Result r : results) {
            if (r.note() != null) sb.append("note: ").append(r.name()).append(": ").append(r.note()).append('\n');
        }
        for (Result r : results) {
            if (r.clean()) continue;
            sb.append('\n').append(r.name()).append(" (").append(r.action()).append(r.gcRejects() ? ", gc rejects it too" : "")
                    .append("):\n");
            for (String e : r.errors().subList(0, Math.min(10, r.errors().size()))) sb.append("    ").append(e).append('\n');
            if (r.errors().size() > 10) sb.append("    ... ").append(r.errors().size() - 10).append(" more\n");
        }
        return sb.toString();
    }

    /**
     * {@code TypeCheckSweep [-goroot=DIR] [-j N] [-no-generators] [-out=FILE] [pattern]}: checks the
     * cases whose name matches the regular expression (all without one), prints the report
     * and writes it to FILE when given.
     */
    public static void main(String[] args) throws IOException {
        Path goroot = Path.of(System.getenv().getOrDefault("GOROOT", TestEnvironment.DEFAULT_GOROOT.toString()));
        int jobs = 2;
        boolean generators = true;
        Path out = null;
        Pattern pattern = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("-goroot=")) goroot = Path.of(a.substring("-goroot=".length()));
            else if (a.equals("-j") && i + 1 < args.length) jobs = Integer.parseInt(args[++i]);
            else if (a.equals("-no-generators")) generators = false;
            else if (a.startsWith("-out=")) out = Path.of(a.substring("-out=".length()));
            else if (!a.startsWith("-") && pattern == null) pattern = Pattern.compile(a);
            else {
                System.err.println("usage: typecheck-sweep [-goroot=DIR] [-j N] [-no-generators] [-out=FILE] [pattern]");
                System.exit(2);
            }
        }
        TestEnvironment env = TestEnvironment.forGoroot(goroot);
        List<Case> cases = cases(env);
        if (pattern != null) {
            Pattern p = pattern;
            cases = cases.stream().filter(c -> p.matcher(c.name()).find()).toList();
        }
        long t0 = System.nanoTime();
        List<Result> results = checkAll(env, cases, generators, jobs);
        String report = report(results, (System.nanoTime() - t0) / 1e9);
        System.out.print(report);
        if (out != null) Files.writeString(out, report);
        System.exit(results.stream().noneMatch(Result::falseErrors) ? 0 : 1);
    }
}
