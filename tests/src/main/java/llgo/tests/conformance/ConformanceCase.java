/*
 * One case of the suite: a .go file of GOROOT/test, named by its path relative to that
 * directory ("helloworld.go", "fixedbugs/issue1234.go"), with its source text and, for
 * "run" cases, the expected output beside it (CASE.out; absent means empty).
 */
package llgo.tests.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

public record ConformanceCase(String name, Path file, String source) {

    /** Reads case {@code name} from {@code testDir}. */
    public static ConformanceCase read(Path testDir, String name) throws IOException {
        Path file = testDir.resolve(name).toAbsolutePath().normalize();
        return new ConformanceCase(name, file, new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    }

    /** The expected output bytes of a run case, empty when there is no .out file. */
    public byte[] expectedOutput() throws IOException {
        Path out = outFile();
        return Files.exists(out) ? Files.readAllBytes(out) : new byte[0];
    }

    public Path outFile() {
        String fileName = file.getFileName().toString();
        return file.resolveSibling(fileName.substring(0, fileName.length() - ".go".length()) + ".out");
    }

    /** The file's base name, the "short" name ERROR comments refer to. */
    public String shortName() {
        return file.getFileName().toString();
    }
}
