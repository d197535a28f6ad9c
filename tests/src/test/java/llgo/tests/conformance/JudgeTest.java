/*
 * The three judges against a scripted backend: for "run" the backend writes a shell script
 * as the executable, so that exit status, output comparison and arguments are exercised
 * without any compiler.
 */
package llgo.tests.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgeTest {
    @TempDir
    Path root;
    private TestEnvironment environment;

    @BeforeEach
    void createTestDir() throws IOException {
        Files.createDirectories(root.resolve("test"));
        environment = new TestEnvironment(root, BuildContext.linuxAmd64(), System.getenv());
    }

    /** A backend whose "compilation" has a fixed outcome and, for run, writes {@code script}. */
    private record ScriptedBackend(CompileOutcome outcome, String script) implements Backend {
        public String name() {
            return "scripted";
        }

        public CompileOutcome compile(CompileRequest request) {
            if (outcome.succeeded() && request.action() == JudgedAction.RUN) {
                try {
                    Files.writeString(request.executable(), "#!/bin/sh\n" + script);
                    Files.setPosixFilePermissions(request.executable(), PosixFilePermissions.fromString("rwx------"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return outcome;
        }

        public void close() {
        }
    }

    private Judge.Result judge(JudgedAction action, String source, String out, Backend backend) throws Exception {
        Path file = root.resolve("test").resolve("x.go");
        Files.writeString(file, source);
        if (out != null) {
            Files.writeString(root.resolve("test").resolve("x.out"), out);
        }
        Path work = Files.createTempDirectory(root, "work");
        ConformanceCase testCase = ConformanceCase.read(environment.testDir(), "x.go");
        return Judge.of(action, environment).judge(testCase, CaseHeader.parse(source), backend, work);
    }

    private static final String RUN = "// run\n\npackage main\n";
    private static final CompileOutcome OK = CompileOutcome.succeeded("");

    @Test
    void runPassesWhenCombinedOutputEqualsTheOutFile() throws Exception {
        assertTrue(judge(JudgedAction.RUN, RUN, "a\nb\n", new ScriptedBackend(OK, "echo a; echo b >&2\n")).passed());
    }

    @Test
    void runFailsOnDifferentOutput() throws Exception {
        Judge.Result result = judge(JudgedAction.RUN, RUN, "a\nb\n", new ScriptedBackend(OK, "echo a; echo c\n"));
        assertFalse(result.passed());
        assertTrue(result.detail().startsWith("output differs from .out at line 2: got \"c\", want \"b\""), result.detail());
    }

    @Test
    void runWithoutOutFileMustPrintNothing() throws Exception {
        assertTrue(judge(JudgedAction.RUN, RUN, null, new ScriptedBackend(OK, "true\n")).passed());
        Judge.Result result = judge(JudgedAction.RUN, RUN, null,
                new ScriptedBackend(OK, "echo hi\n"));
        assertTrue(result.detail().startsWith("output should be empty"), result.detail());
    }

    @Test
    void runFailsOnNonZeroExitEvenWithTheRightOutput() throws Exception {
        Judge.Result result = judge(JudgedAction.RUN, RUN, "a\n", new ScriptedBackend(OK, "echo a; exit 2\n"));
        assertEquals("exit status 2: a", result.detail().lines().findFirst().orElseThrow());
    }

    @Test
    void runPassesRecipeArgumentsAndReadsCrLfAsLf() throws Exception {
        String source = "// run arg1 'two words'\n\npackage main\n";
        assertTrue(judge(JudgedAction.RUN, source, "arg1|two words\n",
                new ScriptedBackend(OK, "printf '%s|%s\\r\\n' \"$1\" \"$2\"\n")).passed());
    }

    @Test
    void runReportsTheCompileFailure() throws Exception {
        Judge.Result result = judge(JudgedAction.RUN, RUN, null,
                new ScriptedBackend(CompileOutcome.failed("x.go:3:1: not yet supported: select\nmore"), ""));
        assertEquals("compile failed: x.go:3:1: not yet supported: select", result.detail().lines().findFirst().orElseThrow());
    }

    @Test
    void compilePassesOnlyWhenCompilationSucceeds() throws Exception {
        String source = "// compile\n\npackage p\n";
        assertTrue(judge(JudgedAction.COMPILE, source, null, new ScriptedBackend(OK, "")).passed());
        assertFalse(judge(JudgedAction.COMPILE, source, null,
                new ScriptedBackend(new CompileOutcome(CompileOutcome.Status.CRASHED, "boom"), "")).passed());
    }

    @Test
    void errorcheckNeedsFailureWithTheWantedErrors() throws Exception {
        String source = "// errorcheck\n\npackage p\n\nvar a = b // ERROR \"undefined: b\"\n";
        Path full = root.resolve("test").resolve("x.go");
        assertEquals("compilation succeeded unexpectedly",
                judge(JudgedAction.ERRORCHECK, source, null, new ScriptedBackend(OK, "")).detail().strip());
        assertTrue(judge(JudgedAction.ERRORCHECK, source, null,
                new ScriptedBackend(CompileOutcome.failed(full + ":5:9: undefined: b"), "")).passed());
    }

    @Test
    void errorcheckReportsUnmatchedErrorsFirst() throws Exception {
        String source = "// errorcheck\n\npackage p\n\nvar a = b // ERROR \"undefined: b\"\n";
        Path full = root.resolve("test").resolve("x.go");
        Judge.Result result = judge(JudgedAction.ERRORCHECK, source, null,
                new ScriptedBackend(CompileOutcome.failed(full + ":3:1: not yet supported: packages"), ""));
        assertEquals(List.of("unmatched error: x.go:3:1: not yet supported: packages",
                "x.go:5: missing error matching undefined: b"), result.detail().lines().toList());
    }
}
