/*
 * The main module, as the go command reads it from go.mod (golang.org/x/mod/modfile's
 * grammar, the part a build without downloads needs): the "module" path, "replace"
 * directives whose target is a local directory (a path starting with ./, ../ or /), in
 * single-line and block form, and whether vendor/modules.txt exists, in which case
 * packages of other modules come from vendor/ (the default -mod=vendor since Go 1.14).
 */
package llgo.frontend.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * @param dir      the directory holding go.mod
 * @param path     the module path
 * @param replaces local replacements, in file order
 * @param vendored whether dir/vendor/modules.txt exists
 */
public record GoMod(Path dir, String path, List<Replace> replaces, boolean vendored) {

    /** {@code replace path [version] => dir}: packages under path come from dir. */
    public record Replace(String path, Path dir) {}

    /** The go.mod nearest above dir (dir included), or null when there is none. */
    public static GoMod find(Path dir) throws IOException {
        for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            Path mod = d.resolve("go.mod");
            if (Files.isRegularFile(mod)) return parse(d, Files.readString(mod, StandardCharsets.UTF_8));
        }
        return null;
    }

    static GoMod parse(Path dir, String text) {
        String module = null;
        List<Replace> replaces = new ArrayList<>();
        String block = null;
        for (String raw : text.split("\n")) {
            String line = stripComment(raw).strip();
            if (line.isEmpty()) continue;
            if (block != null) {
                if (line.equals(")")) { block = null; continue; }
                if (block.equals("replace")) replace(dir, line, replaces);
                continue;
            }
            String[] words = line.split("\\s+", 2);
            String rest = words.length > 1 ? words[1].strip() : "";
            if (rest.equals("(")) { block = words[0]; continue; }
            switch (words[0]) {
                case "module" -> module = unquote(rest);
                case "replace" -> replace(dir, rest, replaces);
                default -> { }
            }
        }
        return new GoMod(dir, module == null ? "" : module, List.copyOf(replaces),
                Files.isRegularFile(dir.resolve("vendor").resolve("modules.txt")));
    }

    private static void replace(Path dir, String spec, List<Replace> out) {
        int arrow = spec.indexOf("=>");
        if (arrow < 0) return;
        String[] left = spec.substring(0, arrow).strip().split("\\s+");
        String[] right = spec.substring(arrow + 2).strip().split("\\s+");
        if (left.length == 0 || right.length != 1) return;
        String target = unquote(right[0]);
        if (!(target.startsWith("./") || target.startsWith("../") || target.startsWith("/"))) return;
        out.add(new Replace(unquote(left[0]), dir.resolve(target).normalize()));
    }

    private static String stripComment(String line) {
        int i = line.indexOf("//");
        return i >= 0 ? line.substring(0, i) : line;
    }

    private static String unquote(String s) {
        return s.length() >= 2 && (s.startsWith("\"") || s.startsWith("`")) ? s.substring(1, s.length() - 1) : s;
    }
}
