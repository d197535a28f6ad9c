/*
 * The ratchet file tests/conformance/passing.txt: one case name (relative to GOROOT/test)
 * per line; blank lines and lines starting with '#' are ignored. An empty list is valid
 * (nothing passes yet); a missing file is an error.
 */
package llgo.tests.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

public final class PassingList {
    private PassingList() {
    }

    /** @throws java.nio.file.NoSuchFileException when the file is missing */
    public static List<String> read(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }
}
