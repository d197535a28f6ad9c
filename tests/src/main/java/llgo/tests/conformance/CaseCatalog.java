/*
 * The cases of the suite, listed as run.go lists them when given no arguments: the .go
 * files (not starting with '.') of its fixed directories, each directory sorted by name,
 * directories in run.go's order. The sub-directories of *.dir cases are not cases.
 */
package llgo.tests.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

public final class CaseCatalog {
    /** run.go's dirs. */
    public static final List<String> DIRECTORIES = List.of(".", "ken", "chan", "interface", "syntax", "dwarf",
            "fixedbugs", "codegen", "runtime", "abi", "typeparam", "typeparam/mdempsky");

    private CaseCatalog() {
    }

    /**
     * @param onlyDirectory a run.go directory ("fixedbugs", "." for the top level), or null for all
     * @return case names relative to {@code testDir}, e.g. "fixedbugs/bug000.go"
     */
    public static List<String> list(Path testDir, String onlyDirectory) throws IOException {
        List<String> names = new ArrayList<>();
        for (String dir : DIRECTORIES) {
            if (onlyDirectory != null && !onlyDirectory.equals(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(testDir.resolve(dir))) {
                files.map(p -> p.getFileName().toString())
                        .filter(n -> n.endsWith(".go") && !n.startsWith("."))
                        .sorted()
                        .forEach(n -> names.add(dir.equals(".") ? n : dir + "/" + n));
            }
        }
        return names;
    }
}
