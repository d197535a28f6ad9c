/*
 * run.go's "run" action: compile and link (with the extra .go files the recipe names, as
 * "go run" takes them), run the program in GOROOT/test with the recipe's other arguments
 * and empty standard input, and pass when it exits with status 0 and its standard output
 * and standard error together (with "\r\n" read as "\n") equal the CASE.out file byte for
 * byte, or are empty when there is no such file. run.go sets no time limit without -t;
 * here a program gets RUN_LIMIT (or the -t value when larger): 20 s, as the slowest gc case
 * (nosplit.go, which runs the go command many times) needs about 9 s on a loaded machine.
 */
package llgo.tests.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public final class RunJudge implements Judge {
    public static final Duration RUN_LIMIT = Duration.ofSeconds(20);

    private final TestEnvironment environment;

    public RunJudge(TestEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Result judge(ConformanceCase testCase, CaseHeader header, Backend backend, Path workDir) {
        Path executable = workDir.resolve("test.exe");
        List<Path> sources = new ArrayList<>(List.of(testCase.file()));
        header.extraRunFiles().forEach(f -> sources.add(environment.testDir().resolve(f)));
        CompileOutcome outcome = backend.compile(new CompileRequest(JudgedAction.RUN, sources,
                header.flags(), workDir, executable, Judge.compileLimit(header)));
        if (!outcome.succeeded()) {
            return Result.fail(outcome.failureSummary() + "\n" + outcome.messages());
        }
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(header.programArgs());
        Duration limit = header.timeLimitSeconds() > RUN_LIMIT.toSeconds()
                ? Duration.ofSeconds(header.timeLimitSeconds()) : RUN_LIMIT;
        Path directory = environment.testDir();
        ProcessRunner.Result run = ProcessRunner.run(command, directory, environment.variablesIn(directory), limit);
        if (run.timedOut()) {
            return Result.fail("run timed out after " + limit.toSeconds() + "s\n" + run.text());
        }
        if (run.exitCode() != 0) {
            return Result.fail("exit status " + run.exitCode() + ": " + firstLine(run.text()) + "\n" + run.text());
        }
        byte[] expected;
        try {
            expected = testCase.expectedOutput();
        } catch (IOException e) {
            return Result.fail("cannot read " + testCase.outFile() + ": " + e.getMessage());
        }
        byte[] got = withoutCarriageReturns(run.output());
        if (Arrays.equals(got, expected)) {
            return Result.pass();
        }
        return Result.fail(describeMismatch(got, expected) + "\n" + run.text());
    }

    /** The first line where the outputs differ, quoted, for the failure report. */
    static String describeMismatch(byte[] got, byte[] expected) {
        if (expected.length == 0) {
            return "output should be empty: got \"" + firstLine(decode(got)) + "\"";
        }
        String[] gotLines = decode(got).split("\n", -1);
        String[] wantLines = decode(expected).split("\n", -1);
        int line = 0;
        while (line < gotLines.length && line < wantLines.length && gotLines[line].equals(wantLines[line])) {
            line++;
        }
        String gotLine = line < gotLines.length ? gotLines[line] : "<end of output>";
        String wantLine = line < wantLines.length ? wantLines[line] : "<end of output>";
        return "output differs from .out at line " + (line + 1) + ": got \"" + gotLine + "\", want \"" + wantLine + "\"";
    }

    private static byte[] withoutCarriageReturns(byte[] output) {
        byte[] result = new byte[output.length];
        int n = 0;
        for (int i = 0; i < output.length; i++) {
            if (output[i] == '\r' && i + 1 < output.length && output[i + 1] == '\n') {
                continue;
            }
            result[n++] = output[i];
        }
        return Arrays.copyOf(result, n);
    }

    private static String decode(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String firstLine(String text) {
        String trimmed = text.strip();
        int newline = trimmed.indexOf('\n');
        String line = newline < 0 ? trimmed : trimmed.substring(0, newline);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
