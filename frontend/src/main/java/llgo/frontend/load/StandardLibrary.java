/*
 * The packages of the standard library, as "go list std" enumerates them (cmd/go's
 * pattern "std", matchPackages over GOROOT/src): every directory below GOROOT/src except
 * cmd/, testdata/, names starting with '.' or '_', the documentation-only "builtin" and,
 * without cgo, "runtime/cgo" (cmd/go/internal/modload/search.go),
 * that has at least one Go file (test files count) for the build context, files that
 * import "C" not counting without cgo; those under vendor/ keep the "vendor/" prefix.
 */
package llgo.frontend.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

public final class StandardLibrary {
    private StandardLibrary() {}

    /** The import paths of the standard packages, sorted as go list prints them. */
    public static List<String> packages(Path goroot, BuildContext context) throws IOException {
        Path src = goroot.resolve("src").toRealPath();
        List<String> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.walk(src)) {
            for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                if (dir.equals(src)) continue;
                String rel = src.relativize(dir).toString();
                if (rel.equals("cmd") || rel.startsWith("cmd/") || rel.equals("builtin") || excludedElement(rel)) continue;
                if (rel.equals("runtime/cgo") && !context.cgoEnabled()) continue;
                if (hasBuildableGoFile(dir, context)) out.add(rel);
            }
        }
        out.sort(null);
        return out;
    }

    private static boolean excludedElement(String rel) {
        for (String e : rel.split("/")) {
            if (e.equals("testdata") || e.startsWith(".") || e.startsWith("_")) return true;
        }
        return false;
    }

    private static final java.util.regex.Pattern IMPORT_C = java.util.regex.Pattern.compile("(?m)^import \"C\"");

    /** A file that imports "C" on a line of its own, as cgo files do. */
    private static boolean importsC(byte[] bytes) {
        return IMPORT_C.matcher(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).find();
    }

    private static boolean hasBuildableGoFile(Path dir, BuildContext context) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".go") || FileMatch.ignoredName(name)) continue;
                if (!Files.isRegularFile(f) || !FileMatch.goodOSArchFile(name, context::matchTag)) continue;
                try {
                    byte[] bytes = Files.readAllBytes(f);
                    if (FileMatch.shouldBuild(bytes, context::matchTag) && (context.cgoEnabled() || !importsC(bytes))) return true;
                } catch (FileMatch.BadHeader e) {
                    return true;
                }
            }
        }
        return false;
    }
}
