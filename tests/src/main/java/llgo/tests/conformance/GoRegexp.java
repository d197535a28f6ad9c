/*
 * Compiles a Go (RE2) regular expression, as written in ERROR comments, to a
 * java.util.regex.Pattern with the same meaning for the constructs the test suite uses.
 * The syntaxes differ in a few places (see regexp/syntax in GOROOT): Go's "$" without the
 * m flag matches only at the end of text (Java's also before a final line terminator);
 * a "{" that does not start a repetition is a literal in Go but an error in Java; inside a
 * bracket class Go reads "[" and "&&" literally and knows ASCII classes "[:alpha:]"; named
 * groups are spelled "(?P<name>...)"; Go's "." excludes only '\n' (Java's UNIX_LINES mode).
 * Everything else is passed through unchanged.
 */
package llgo.tests.conformance;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

public final class GoRegexp {
    private static final Pattern REPETITION = Pattern.compile("\\{\\d+(,\\d*)?}");
    private static final Pattern MULTILINE_FLAG = Pattern.compile("\\(\\?[a-zA-Z]*m");
    private static final Map<String, String> ASCII_CLASSES = Map.ofEntries(
            Map.entry("alnum", "\\p{Alnum}"), Map.entry("alpha", "\\p{Alpha}"),
            Map.entry("ascii", "\\p{ASCII}"), Map.entry("blank", "\\p{Blank}"),
            Map.entry("cntrl", "\\p{Cntrl}"), Map.entry("digit", "\\p{Digit}"),
            Map.entry("graph", "\\p{Graph}"), Map.entry("lower", "\\p{Lower}"),
            Map.entry("print", "\\p{Print}"), Map.entry("punct", "\\p{Punct}"),
            Map.entry("space", "\\p{Space}"), Map.entry("upper", "\\p{Upper}"),
            Map.entry("word", "\\w"), Map.entry("xdigit", "\\p{XDigit}"));

    private GoRegexp() {
    }

    /**
     * @throws PatternSyntaxException when the translated expression is not valid
     */
    public static Pattern compile(String goRegexp) {
        return Pattern.compile(translate(goRegexp), Pattern.UNIX_LINES);
    }

    static String translate(String re) {
        boolean multiline = MULTILINE_FLAG.matcher(re).find();
        StringBuilder out = new StringBuilder(re.length() + 8);
        int i = 0;
        while (i < re.length()) {
            char c = re.charAt(i);
            if (c == '\\' && i + 1 < re.length()) {
                if (re.charAt(i + 1) == 'Q') {
                    int end = re.indexOf("\\E", i + 2);
                    int stop = end < 0 ? re.length() : end + 2;
                    out.append(re, i, stop);
                    i = stop;
                } else {
                    out.append(re, i, i + 2);
                    i += 2;
                }
            } else if (c == '[') {
                i = translateClass(re, i, out);
            } else if (c == '$' && !multiline) {
                out.append("\\z");
                i++;
            } else if (c == '{') {
                Matcher m = REPETITION.matcher(re).region(i, re.length());
                if (m.lookingAt() && i > 0) {
                    out.append(m.group());
                    i = m.end();
                } else {
                    out.append("\\{");
                    i++;
                }
            } else if (re.startsWith("(?P<", i)) {
                out.append("(?<");
                i += 4;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Translates the bracket class starting at {@code start}; returns the index after it. */
    private static int translateClass(String re, int start, StringBuilder out) {
        StringBuilder cls = new StringBuilder("[");
        int i = start + 1;
        if (i < re.length() && re.charAt(i) == '^') {
            cls.append('^');
            i++;
        }
        boolean first = true;
        while (i < re.length()) {
            char c = re.charAt(i);
            if (c == ']' && !first) {
                cls.append(']');
                out.append(cls);
                return i + 1;
            }
            first = false;
            if (c == '\\' && i + 1 < re.length()) {
                cls.append(re, i, i + 2);
                i += 2;
            } else if (c == '[' && re.startsWith("[:", i)) {
                int close = re.indexOf(":]", i + 2);
                String name = close < 0 ? null : re.substring(i + 2, close);
                boolean negated = name != null && name.startsWith("^");
                String java = name == null ? null : ASCII_CLASSES.get(negated ? name.substring(1) : name);
                if (java != null) {
                    cls.append(negated ? negate(java) : java);
                    i = close + 2;
                } else {
                    cls.append("\\[");
                    i++;
                }
            } else if (c == '[' || c == ']' || c == '&') {
                cls.append('\\').append(c);
                i++;
            } else {
                cls.append(c);
                i++;
            }
        }
        // Unterminated class: leave it to Pattern.compile to report.
        out.append(re, start, re.length());
        return re.length();
    }

    private static String negate(String javaClass) {
        return javaClass.equals("\\w") ? "\\W" : "\\P" + javaClass.substring(2);
    }
}
