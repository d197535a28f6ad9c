/*
 * A failure that valid or invalid Go input must never cause: an LLVM module that does not
 * verify, a pass pipeline or object emission that fails, a link error from lld. It is a
 * compiler bug; llgo-build prints "llgo-build: internal compiler error: <message>" and
 * exits with status 2.
 */
package llgo.build;

public final class InternalCompilerError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InternalCompilerError(String message) {
        super(message);
    }

    public InternalCompilerError(String message, Throwable cause) {
        super(message, cause);
    }
}
