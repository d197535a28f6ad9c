/*
 * Whether a file belongs to the build, as go/build decides it (Go 1.19, go/build/build.go
 * matchFile, goodOSArchFile, shouldBuild and parseFileHeader): names starting with '_' or
 * '.' are ignored; a name_GOOS, name_GOARCH or name_GOOS_GOARCH suffix (before an optional
 * _test) must match; and the build constraints in the file's leading run of comments and
 * blank lines must hold: a //go:build line, when there is one, controls; otherwise every
 * "// +build" line before the last blank line of that run must hold.
 */
package llgo.frontend.load;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Predicate;

public final class FileMatch {
    private FileMatch() {}

    /** A file header go/build rejects: the message is go/build's. */
    public static final class BadHeader extends Exception {
        BadHeader(String message) { super(message, null, false, false); }
    }

    /** go/build's goodOSArchFile: false when a _GOOS / _GOARCH suffix of the name does not match. */
    public static boolean goodOSArchFile(String name, Predicate<String> tag) {
        int dot = name.indexOf('.');
        if (dot >= 0) name = name.substring(0, dot);
        int i = name.indexOf('_');
        if (i < 0) return true;
        String[] l = name.substring(i).split("_", -1);
        int n = l.length;
        if (n > 0 && l[n - 1].equals("test")) n--;
        if (n >= 2 && BuildContext.KNOWN_OS.contains(l[n - 2]) && BuildContext.KNOWN_ARCH.contains(l[n - 1])) {
            return tag.test(l[n - 1]) && tag.test(l[n - 2]);
        }
        if (n >= 1 && (BuildContext.KNOWN_OS.contains(l[n - 1]) || BuildContext.KNOWN_ARCH.contains(l[n - 1]))) {
            return tag.test(l[n - 1]);
        }
        return true;
    }

    /** Names go/build never looks at: starting with '_' or '.'. */
    public static boolean ignoredName(String name) {
        return name.startsWith("_") || name.startsWith(".");
    }

    /** go/build's shouldBuild: whether the constraints in the file's header hold. */
    public static boolean shouldBuild(byte[] content, Predicate<String> tag) throws BadHeader {
        Header h = header(content);
        if (h.goBuild != null) {
            Optional<BuildConstraint> x = BuildConstraint.parse(h.goBuild);
            if (x.isEmpty()) throw new BadHeader("parsing //go:build line: invalid //go:build expression");
            return x.get().holds(tag);
        }
        boolean ok = true;
        for (String line : h.trimmed.split("\n", -1)) {
            line = line.strip();
            if (!line.startsWith("//") || !line.contains("+build")) continue;
            Optional<BuildConstraint> x = BuildConstraint.parse(line);
            if (x.isPresent() && !x.get().holds(tag)) ok = false;
        }
        return ok;
    }

    /** The leading run of comments and blank lines up to its last blank line, and the //go:build line. */
    private record Header(String trimmed, String goBuild) {}

    /** How much of a file is decoded first: the header nearly always ends within it. */
    private static final int PREFIX_BYTES = 8192;

    /** The header, read from the file's first whole lines when it ends there, else from all of it. */
    private static Header header(byte[] content) throws BadHeader {
        int cut = Math.min(content.length, PREFIX_BYTES);
        while (cut > 0 && content[cut - 1] != '\n') cut--;
        if (cut > 0 && cut < content.length) {
            Header h = parseFileHeader(new String(content, 0, cut, StandardCharsets.UTF_8), true);
            if (h != null) return h;
        }
        return parseFileHeader(new String(content, StandardCharsets.UTF_8), false);
    }

    /** The header of content; null if content is a prefix of the file and the header does not end in it. */
    private static Header parseFileHeader(String content, boolean prefix) throws BadHeader {
        int end = 0;
        int at = 0;
        boolean ended = false;
        boolean inSlashStar = false;
        String goBuild = null;
        boolean stopped = false;
        lines:
        while (at < content.length()) {
            int nl = content.indexOf('\n', at);
            String line = nl >= 0 ? content.substring(at, nl) : content.substring(at);
            at = nl >= 0 ? nl + 1 : content.length();
            line = line.strip();
            if (line.isEmpty() && !ended) {
                end = at;
                continue;
            }
            if (!line.startsWith("//")) ended = true;
            if (!inSlashStar && isGoBuildComment(line)) {
                if (goBuild != null) throw new BadHeader("multiple //go:build comments");
                goBuild = line;
            }
            while (!line.isEmpty()) {
                if (inSlashStar) {
                    int i = line.indexOf("*/");
                    if (i < 0) continue lines;
                    inSlashStar = false;
                    line = line.substring(i + 2).strip();
                    continue;
                }
                if (line.startsWith("//")) continue lines;
                if (line.startsWith("/*")) {
                    inSlashStar = true;
                    line = line.substring(2).strip();
                    continue;
                }
                stopped = true;
                break lines;
            }
        }
        if (prefix && !stopped) return null;
        return new Header(content.substring(0, end), goBuild);
    }

    private static boolean isGoBuildComment(String line) {
        if (!line.startsWith("//go:build")) return false;
        String rest = line.substring("//go:build".length());
        return rest.isEmpty() || rest.strip().length() < rest.length();
    }
}
