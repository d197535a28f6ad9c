/*
 * Thrown by Codegen.generate(pkg, ctx) (the overload without Diagnostics) when the package
 * uses constructs the code generator does not handle yet; the message lists them, one
 * "file:line:col: not yet supported: ..." per line.
 */
package llgo.codegen;

public final class UnsupportedConstructException extends RuntimeException {
    public UnsupportedConstructException(String message) { super(message); }
}
