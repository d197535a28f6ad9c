/*
 * The reference compiler, invoked exactly as GOROOT/test/run.go (Go 1.19) invokes it, so
 * that running the suite with it checks that the runner judges like run.go:
 *   run:        go tool compile -p=main -o DIR/pkg.a CASE [FILES]; go tool link -s -w -o EXE DIR/pkg.a
 *               (in GOROOT/test, with the case path relative to it; run.go uses "go run"
 *               when the recipe has arguments, which comes to the same)
 *   compile:    go tool compile -e -p=p FLAGS /abs/CASE (in the case directory)
 *   errorcheck: go tool compile -p=p -d=panic -C -e -o a.o FLAGS -d=ssa/check/on /abs/CASE
 *               (-C: no columns; ssa/check/on appended to an existing -d= flag)
 */
package llgo.tests.conformance;

import java.util.ArrayList;
import java.util.List;

public final class GcBackend implements Backend {
    private final TestEnvironment environment;

    public GcBackend(TestEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public String name() {
        return "gc";
    }

    @Override
    public CompileOutcome compile(CompileRequest request) {
        String go = environment.goTool().toString();
        return switch (request.action()) {
            case RUN -> {
                String pkg = request.workDir().resolve("pkg.a").toString();
                List<String> command = new ArrayList<>(List.of(go, "tool", "compile", "-p=main", "-o", pkg));
                request.sources().forEach(s -> command.add(environment.testDir().relativize(s).toString()));
                CompileOutcome compiled = tool(request, command, true);
                if (!compiled.succeeded()) {
                    yield compiled;
                }
                yield tool(request, List.of(go, "tool", "link", "-s", "-w", "-o",
                        request.executable().toString(), pkg), true);
            }
            case COMPILE -> {
                List<String> command = new ArrayList<>(List.of(go, "tool", "compile", "-e", "-p=p"));
                command.addAll(request.flags());
                request.sources().forEach(s -> command.add(s.toString()));
                yield tool(request, command, false);
            }
            case ERRORCHECK -> {
                List<String> command = new ArrayList<>(
                        List.of(go, "tool", "compile", "-p=p", "-d=panic", "-C", "-e", "-o", "a.o"));
                command.addAll(withSsaCheck(request.flags()));
                request.sources().forEach(s -> command.add(s.toString()));
                yield tool(request, command, false);
            }
        };
    }

    /** run.go adds ",ssa/check/on" to the first -d= flag, or a new -d=ssa/check/on. */
    private static List<String> withSsaCheck(List<String> flags) {
        List<String> result = new ArrayList<>(flags);
        for (int i = 0; i < result.size(); i++) {
            if (result.get(i).startsWith("-d=")) {
                result.set(i, result.get(i) + ",ssa/check/on");
                return result;
            }
        }
        result.add("-d=ssa/check/on");
        return result;
    }

    private CompileOutcome tool(CompileRequest request, List<String> command, boolean inTestDir) {
        var directory = inTestDir ? environment.testDir() : request.workDir();
        ProcessRunner.Result result = ProcessRunner.run(command, directory,
                environment.variablesIn(directory), request.timeLimit());
        if (result.timedOut()) {
            return new CompileOutcome(CompileOutcome.Status.TIMED_OUT,
                    "compilation timed out after " + request.timeLimit().toSeconds() + "s");
        }
        return result.exitCode() == 0
                ? CompileOutcome.succeeded(result.text())
                : CompileOutcome.failed(result.text());
    }

    @Override
    public void close() {
    }
}
