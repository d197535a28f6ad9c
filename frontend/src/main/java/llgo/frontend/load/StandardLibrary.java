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
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

public final class StandardLibrary {
    private StandardLibrary() {}

    /** The import paths of the standard packages, sorted as go list prints them. */
    public static List<String> packages(Path goroot, BuildContext context) throws IOException {
        Path src = goroot.resolve("src").toRealPath();
        List<String> out = new ArrayList<>();
        Files.walkFileTree(src, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (dir.equals(src)) return FileVisitResult.CONTINUE;
                String rel = src.relativize(dir).toString();
                // nothing below an excluded directory is a standard package either
                if (rel.equals("cmd") || excludedElement(dir.getFileName().toString())) return FileVisitResult.SKIP_SUBTREE;
                if (!rel.equals("builtin") && !(rel.equals("runtime/cgo") && !context.cgoEnabled())
                        && hasBuildableGoFile(dir, context)) {
                    out.add(rel);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                throw e;
            }
        });
        out.sort(null);
        return out;
    }

    private static boolean excludedElement(String name) {
        return name.equals("testdata") || name.startsWith(".") || name.startsWith("_");
    }

    private static final byte[] IMPORT_C = "import \"C\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** A file that imports "C" on a line of its own, as cgo files do. */
    private static boolean importsC(byte[] bytes) {
        outer:
        for (int i = 0; i + IMPORT_C.length <= bytes.length; i++) {
            if (i > 0 && bytes[i - 1] != '\n') continue;
            for (int k = 0; k < IMPORT_C.length; k++) if (bytes[i + k] != IMPORT_C[k]) continue outer;
            return true;
        }
        return false;
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
