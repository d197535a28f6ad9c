package llgo.frontend.syntax;

import java.util.List;

/**
 * A compiler directive (gc's pragmas, cmd/compile/internal/noder/lex.go): a line comment
 * {@code //go:name args...} that starts in column 1, such as {@code //go:linkname local
 * importpath.name}, {@code //go:noinline}, {@code //go:nosplit}, {@code //go:noescape},
 * {@code //go:norace}, {@code //go:nocheckptr} and {@code //go:embed patterns}.
 *
 * @param name the directive without its arguments, e.g. {@code go:linkname}
 * @param args the words after the name, split at white space
 */
public record Directive(Pos pos, String name, List<String> args) {
    public static final String LINKNAME = "go:linkname";
    public static final String EMBED = "go:embed";

    /** The directive in a comment's text, or null when the comment is none ({@code //go:build} is a build constraint). */
    static Directive parse(Pos pos, String comment) {
        if (!comment.startsWith("//go:")) return null;
        String[] words = comment.substring(2).strip().split("[ \t]+");
        if (words[0].length() <= "go:".length() || words[0].equals("go:build")) return null;
        return new Directive(pos, words[0], List.of(words).subList(1, words.length));
    }
}
