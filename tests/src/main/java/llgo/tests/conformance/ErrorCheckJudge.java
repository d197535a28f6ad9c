/*
 * run.go's "errorcheck" action: compilation must fail, and its messages must match the
 * case's ERROR comments exactly as ErrorCheck decides (every wanted error reported on its
 * line and matching, no error on a line that wants none). The problems are reported with the
 * unmatched errors first: what the compiler said where nothing was wanted is usually the
 * telling cause (an unsupported feature, a wrong message), and reports group by it.
 */
package llgo.tests.conformance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

public final class ErrorCheckJudge implements Judge {

    @Override
    public Result judge(ConformanceCase testCase, CaseHeader header, Backend backend, Path workDir) {
        CompileOutcome outcome = backend.compile(new CompileRequest(JudgedAction.ERRORCHECK, List.of(testCase.file()),
                header.flags(), workDir, workDir.resolve("a.out"), Judge.compileLimit(header)));
        if (outcome.status() == CompileOutcome.Status.SUCCEEDED) {
            return Result.fail("compilation succeeded unexpectedly\n" + outcome.messages());
        }
        if (outcome.status() != CompileOutcome.Status.FAILED) {
            return Result.fail(outcome.failureSummary() + "\n" + outcome.messages());
        }
        try {
            List<String> problems = ErrorCheck.check(outcome.messages(), false, List.of(
                    new ErrorCheck.SourceFile(testCase.file().toString(), testCase.shortName(), testCase.source())));
            if (problems.isEmpty()) {
                return Result.pass();
            }
            List<String> unmatchedFirst = new ArrayList<>();
            problems.stream().filter(p -> p.startsWith(ErrorCheck.UNMATCHED)).forEach(unmatchedFirst::add);
            problems.stream().filter(p -> !p.startsWith(ErrorCheck.UNMATCHED)).forEach(unmatchedFirst::add);
            return Result.fail(String.join("\n", unmatchedFirst));
        } catch (ErrorCheck.InvalidCommentException e) {
            return Result.fail("invalid ERROR comment: " + e.getMessage());
        }
    }
}
