/*
 * A build constraint line, parsed as go/build/constraint (Go 1.19) parses it: a
 * "//go:build" line holds an expression over tags with ||, &&, ! and parentheses; a
 * "// +build" line holds space-separated alternatives of comma-separated conjunctions of
 * possibly negated tags, where an invalid tag or "!!" stands for the tag "ignore".
 * A line that is neither, or whose //go:build expression does not parse, is no constraint:
 * GOROOT/test/run.go skips such lines.
 */
package llgo.frontend.load;

import java.util.Optional;
import java.util.function.Predicate;

public sealed interface BuildConstraint {

    /** Evaluates the expression, asking {@code hasTag} for the value of each tag. */
    boolean holds(Predicate<String> hasTag);

    record Tag(String name) implements BuildConstraint {
        public boolean holds(Predicate<String> hasTag) {
            return hasTag.test(name);
        }
    }

    record Not(BuildConstraint operand) implements BuildConstraint {
        public boolean holds(Predicate<String> hasTag) {
            return !operand.holds(hasTag);
        }
    }

    record And(BuildConstraint left, BuildConstraint right) implements BuildConstraint {
        public boolean holds(Predicate<String> hasTag) {
            return left.holds(hasTag) && right.holds(hasTag);
        }
    }

    record Or(BuildConstraint left, BuildConstraint right) implements BuildConstraint {
        public boolean holds(Predicate<String> hasTag) {
            return left.holds(hasTag) || right.holds(hasTag);
        }
    }

    /**
     * Parses one source line (without its line terminator).
     *
     * @return the constraint, or empty when the line is not a well-formed constraint line
     */
    public static Optional<BuildConstraint> parse(String line) {
        Optional<String> goBuild = afterPrefix(line, "//go:build", false);
        if (goBuild.isPresent()) {
            return BuildExpressionParser.parse(goBuild.get());
        }
        return afterPrefix(line, "//", true)
                .flatMap(rest -> afterPrefix(rest, "+build", false))
                .map(BuildConstraint::plusBuild);
    }

    /**
     * The text after {@code prefix}, trimmed, when the prefix is followed by white space or
     * ends the line (so "//go:buildx" is not a //go:build line). With {@code trimFirst} the
     * rest is returned trimmed without that requirement (the "//" of a +build line).
     */
    private static Optional<String> afterPrefix(String line, String prefix, boolean trimFirst) {
        String text = line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
        if (text.contains("\n") || !text.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = text.substring(prefix.length());
        String trimmed = goTrimSpace(rest);
        if (trimFirst) {
            return Optional.of(trimmed);
        }
        if (rest.length() == trimmed.length() && !rest.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(trimmed);
    }

    private static BuildConstraint plusBuild(String text) {
        BuildConstraint any = null;
        for (String clause : text.trim().split("\\s+")) {
            if (clause.isEmpty()) {
                continue;
            }
            BuildConstraint all = null;
            for (String literal : clause.split(",", -1)) {
                BuildConstraint term;
                if (literal.startsWith("!!") || literal.equals("!")) {
                    term = new Tag("ignore");
                } else {
                    boolean negated = literal.startsWith("!");
                    String name = negated ? literal.substring(1) : literal;
                    term = new Tag(isValidTag(name) ? name : "ignore");
                    if (negated) {
                        term = new Not(term);
                    }
                }
                all = all == null ? term : new And(all, term);
            }
            any = any == null ? all : new Or(any, all);
        }
        return any == null ? new Tag("ignore") : any;
    }

    /** Tags are non-empty runs of letters, digits, underscores and dots. */
    public static boolean isValidTag(String word) {
        return !word.isEmpty() && word.codePoints().allMatch(BuildConstraint::isTagChar);
    }

    static boolean isTagChar(int c) {
        return Character.isLetter(c) || Character.isDigit(c) || c == '_' || c == '.';
    }

    /** Go's strings.TrimSpace for the ASCII white space that can occur in a source line. */
    private static String goTrimSpace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == 0x0B || c == 0x85 || c == 0xA0;
    }
}
