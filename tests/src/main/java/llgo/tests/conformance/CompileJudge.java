/*
 * run.go's "compile" action: the case passes when it compiles without error.
 */
package llgo.tests.conformance;

import java.nio.file.Path;
import java.util.List;

public final class CompileJudge implements Judge {

    @Override
    public Result judge(ConformanceCase testCase, CaseHeader header, Backend backend, Path workDir) {
        CompileOutcome outcome = backend.compile(new CompileRequest(JudgedAction.COMPILE, List.of(testCase.file()),
                header.flags(), workDir, workDir.resolve("a.out"), Judge.compileLimit(header)));
        return outcome.succeeded() ? Result.pass() : Result.fail(outcome.failureSummary() + "\n" + outcome.messages());
    }
}
