package llgo.frontend.syntax;

import java.util.List;
import java.util.Set;

/**
 * A compiler directive (gc's pragmas, cmd/compile/internal/noder/lex.go): a line comment
 * {@code //go:name args...}, such as {@code //go:linkname local importpath.name},
 * {@code //go:noinline}, {@code //go:nosplit}, {@code //go:noescape}, {@code //go:norace},
 * {@code //go:nocheckptr}, {@code //go:notinheap} and {@code //go:embed patterns}.
 *
 * @param pos         where gc places it: just after the {@code //}
 * @param name        the directive without its arguments, e.g. {@code go:linkname}
 * @param args        the words after the name, split at white space
 * @param text        the comment after {@code //}, as written (gc quotes it in some messages)
 * @param alone       whether only white space precedes it on its line (gc ignores, and
 *                    reports as misplaced, a directive that follows code)
 * @param taker       the declaration it belongs to, as gc's parser attaches directives
 * @param embedMisuse for a //go:embed taken by a variable, why it cannot apply there
 *                    (gc's checkEmbed wording), else null
 */
public record Directive(Pos pos, String name, List<String> args, String text, boolean alone, Taker taker,
                        String embedMisuse) {
    public static final String LINKNAME = "go:linkname";
    public static final String EMBED = "go:embed";

    /**
     * What takes a directive (cmd/compile/internal/syntax/parser.go takePragma): the file's
     * package clause, a declaration or spec of that kind, or nothing — a directive before a
     * statement, a declaration group's '(' or inside a declaration is cleared (clearPragma).
     */
    public enum Taker { FILE, IMPORT, CONST, TYPE, ALIAS, VAR, LOCAL_VAR, FUNC, NONE }

    /** The directives gc records as pragma flags (noder/lex.go pragmaFlag); only they can be misplaced. */
    private static final Set<String> FLAGS = Set.of("go:build", "go:noescape", "go:norace", "go:nosplit",
            "go:noinline", "go:nocheckptr", "go:systemstack", "go:nowritebarrier", "go:nowritebarrierrec",
            "go:yeswritebarrierrec", "go:cgo_unsafe_args", "go:uintptrkeepalive", "go:uintptrescapes",
            "go:registerparams", "go:notinheap");

    /** Whether gc makes this directive a pragma flag. */
    public boolean isFlag() { return FLAGS.contains(name); }

    /** Whether a flag directive is allowed where it stands (gc's funcPragmas, typePragmas, the file's go:build). */
    public boolean flagAllowed() {
        return switch (taker) {
            case FILE -> name.equals("go:build");
            case TYPE -> name.equals("go:notinheap");
            case FUNC -> !name.equals("go:build") && !name.equals("go:notinheap");
            default -> false;
        };
    }

    /** The directive in a comment's text, or null when the comment is none. */
    static Directive parse(Pos pos, String comment, boolean alone) {
        if (!comment.startsWith("//go:")) return null;
        String text = comment.substring(2);
        String[] words = text.strip().split("[ \t]+");
        if (words[0].length() <= "go:".length()) return null;
        return new Directive(pos, words[0], List.of(words).subList(1, words.length), text, alone, Taker.NONE, null);
    }

    Directive placed(Taker where, String misuse) {
        return new Directive(pos, name, args, text, alone, where, misuse);
    }
}
