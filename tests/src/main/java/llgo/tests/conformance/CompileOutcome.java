/*
 * The result of compiling one case: whether it compiled, and the compiler's messages
 * ("file.go:LINE[:COL]: text" lines, continuation lines starting with a tab). A crash or a
 * timeout of the compiler itself is told apart from an ordinary compile error.
 */
package llgo.tests.conformance;

public record CompileOutcome(Status status, String messages) {

    public enum Status { SUCCEEDED, FAILED, CRASHED, TIMED_OUT }

    /** How the summary of an ordinary compile error begins. */
    public static final String FAILED_PREFIX = "compile failed: ";

    public static CompileOutcome succeeded(String messages) {
        return new CompileOutcome(Status.SUCCEEDED, messages);
    }

    public static CompileOutcome failed(String messages) {
        return new CompileOutcome(Status.FAILED, messages);
    }

    public boolean succeeded() {
        return status == Status.SUCCEEDED;
    }

    /** The first non-blank message line, for reports. */
    public String firstLine() {
        for (String line : messages.split("\n")) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return "(no message)";
    }

    /** One line saying why compilation did not succeed, e.g. "compile failed: x.go:3:1: ...". */
    public String failureSummary() {
        return switch (status) {
            case SUCCEEDED -> "compiled";
            case FAILED -> FAILED_PREFIX + firstLine();
            case CRASHED -> "compiler crash: " + firstLine();
            case TIMED_OUT -> "compiler timeout: " + firstLine();
        };
    }
}
