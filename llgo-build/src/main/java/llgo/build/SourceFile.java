/*
 * One Go source file of the package being built: its name as given on the command line
 * (positions in error messages use it) and its bytes, read once.
 */
package llgo.build;

public record SourceFile(String name, byte[] contents) {
}
