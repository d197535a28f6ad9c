package llgo.frontend.syntax;

/**
 * A source position: the file as it was named on the command line, a 1-based line and a
 * 1-based column counted in bytes, as gc reports them ({@code file.go:LINE:COL}); a line directive
 * ({@code //line file:line}) may rename the file and renumber the lines, and leave the column 0.
 */
public record Pos(String file, int line, int col) implements Comparable<Pos> {
    public static final Pos NONE = new Pos("", 0, 0);

    public boolean isValid() { return line > 0; }

    @Override public int compareTo(Pos o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(col, o.col);
    }

    /** {@code file:line:col}, or {@code file:line} when a line directive left the column unknown (0). */
    @Override public String toString() { return col == 0 ? file + ":" + line : file + ":" + line + ":" + col; }
}
