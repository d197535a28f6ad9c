/*
 * A judge decides one applicable case for one action, as run.go's test.run does for that
 * action: the backend compiles, the judge decides. One implementation per judged action.
 */
package llgo.tests.conformance;

import java.nio.file.Path;
import java.time.Duration;

public sealed interface Judge permits RunJudge, CompileJudge, ErrorCheckJudge {

    /** How long a backend may compile one case (llgo's in-process compile and link included). */
    Duration COMPILE_LIMIT = Duration.ofSeconds(60);

    /**
     * @param workDir an empty directory for this case only
     * @return PASSED or FAILED, with the cause in the detail when failed
     */
    Result judge(ConformanceCase testCase, CaseHeader header, Backend backend, Path workDir);

    /** A pass, or a failure with its cause (first line) and details (further lines). */
    record Result(boolean passed, String detail) {
        static Result pass() {
            return new Result(true, "");
        }

        static Result fail(String detail) {
            return new Result(false, detail);
        }
    }

    static Judge of(JudgedAction action, TestEnvironment environment) {
        return switch (action) {
            case RUN -> new RunJudge(environment);
            case COMPILE -> new CompileJudge();
            case ERRORCHECK -> new ErrorCheckJudge();
        };
    }

    /** The compile time limit: run.go's -t applies to every command of a case. */
    static Duration compileLimit(CaseHeader header) {
        return header.timeLimitSeconds() > COMPILE_LIMIT.toSeconds()
                ? Duration.ofSeconds(header.timeLimitSeconds()) : COMPILE_LIMIT;
    }
}
