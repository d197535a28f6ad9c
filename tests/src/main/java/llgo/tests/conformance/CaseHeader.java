/*
 * The execution recipe of a GOROOT/test case, parsed as run.go (Go 1.19) parses it: the
 * recipe is the text before the first blank line, minus a first line mentioning "+build",
 * minus a leading "//"; it is split into words like a shell line (splitQuoted: quotes group,
 * backslash escapes); the first word is the action, then come flags (words starting with
 * "-", where "-t N" is a time limit and "-goexperiment X" takes an argument), then the
 * arguments of the program. Build constraints are read from the text before "\npackage".
 */
package llgo.tests.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * @param action           the first recipe word, e.g. "run", "errorcheck", "compiledir"
 * @param flags            every flag word except "-t N", in order ("-goexperiment X" kept as
 *                         "-goexperiment=X")
 * @param args             the program arguments that follow the flags
 * @param timeLimitSeconds the "-t" value, or 0 when absent
 * @param constraintText   the text searched for build constraint lines
 */
public record CaseHeader(String action, List<String> flags, List<String> args, int timeLimitSeconds,
                         String constraintText) {

    public CaseHeader {
        flags = List.copyOf(flags);
        args = List.copyOf(args);
    }

    /**
     * For "run": run.go passes the arguments after the case file to "go run", which takes
     * the leading ones ending in ".go" as more files of the program (relative to GOROOT/test).
     */
    public List<String> extraRunFiles() {
        int n = 0;
        while (n < args.size() && args.get(n).endsWith(".go")) {
            n++;
        }
        return args.subList(0, n);
    }

    /** For "run": the program's command-line arguments (after any extra .go files). */
    public List<String> programArgs() {
        return args.subList(extraRunFiles().size(), args.size());
    }

    /** A source whose recipe run.go cannot read; run.go reports such a case as failed. */
    public static final class MalformedException extends Exception {
        public MalformedException(String message) {
            super(message);
        }
    }

    /** Parses the recipe of a case's source text. */
    public static CaseHeader parse(String source) throws MalformedException {
        if (source.isEmpty() || source.charAt(0) == '\n') {
            throw new MalformedException("starts with newline");
        }
        int blank = source.indexOf("\n\n");
        if (blank < 0) {
            throw new MalformedException("double newline ending execution recipe not found");
        }
        String recipe = source.substring(0, blank);
        int firstNewline = recipe.indexOf('\n');
        if (firstNewline >= 0 && recipe.substring(0, firstNewline).contains("+build")) {
            recipe = recipe.substring(firstNewline + 1);
        }
        if (recipe.startsWith("//")) {
            recipe = recipe.substring(2);
        }
        int packageClause = source.indexOf("\npackage");
        String constraintText = packageClause >= 0 ? source.substring(0, packageClause) : recipe;

        List<String> words = splitQuoted(recipe);
        String action = words.isEmpty() ? "" : words.get(0);
        List<String> rest = words.isEmpty() ? List.of() : words.subList(1, words.size());
        List<String> flags = new ArrayList<>();
        int timeLimit = 0;
        int i = 0;
        while (i < rest.size() && rest.get(i).startsWith("-")) {
            String flag = rest.get(i);
            if ((flag.equals("-t") || flag.equals("-goexperiment")) && i + 1 >= rest.size()) {
                throw new MalformedException("flag " + flag + " needs an argument");
            }
            if (flag.equals("-t")) {
                try {
                    timeLimit = Integer.parseInt(rest.get(i + 1));
                } catch (NumberFormatException e) {
                    throw new MalformedException("need number of seconds for -t timeout, got " + rest.get(i + 1));
                }
                i += 2;
            } else if (flag.equals("-goexperiment")) {
                flags.add("-goexperiment=" + rest.get(i + 1));
                i += 2;
            } else {
                flags.add(flag);
                i++;
            }
        }
        return new CaseHeader(action, flags, rest.subList(i, rest.size()), timeLimit, constraintText);
    }

    /** run.go's splitQuoted (copied there from go/build): shell-like word splitting. */
    static List<String> splitQuoted(String s) throws MalformedException {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean escaped = false;
        boolean quoted = false;
        int quote = 0;
        for (int k = 0; k < s.length(); ) {
            int c = s.codePointAt(k);
            k += Character.charCount(c);
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
                continue;
            } else if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                    continue;
                }
            } else if (c == '"' || c == '\'') {
                quoted = true;
                quote = c;
                continue;
            } else if (isUnicodeSpace(c)) {
                if (quoted || word.length() > 0) {
                    quoted = false;
                    words.add(word.toString());
                    word.setLength(0);
                }
                continue;
            }
            word.appendCodePoint(c);
        }
        if (quoted || word.length() > 0) {
            words.add(word.toString());
        }
        if (quote != 0) {
            throw new MalformedException("invalid test recipe: unclosed quote");
        }
        if (escaped) {
            throw new MalformedException("invalid test recipe: unfinished escaping");
        }
        return words;
    }

    /** Go's unicode.IsSpace. */
    private static boolean isUnicodeSpace(int c) {
        return switch (c) {
            case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0 -> true;
            default -> c > 0xFF && Character.isSpaceChar(c);
        };
    }
}
