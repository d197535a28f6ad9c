/*
 * A private temporary directory for one build step (the object file of a build, the
 * executable of -run), deleted with everything in it when closed.
 */
package llgo.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

final class TemporaryDirectory implements AutoCloseable {
    private final Path path;

    private TemporaryDirectory(Path path) {
        this.path = path;
    }

    static TemporaryDirectory create(String prefix) {
        try {
            return new TemporaryDirectory(Files.createTempDirectory(prefix));
        } catch (IOException e) {
            throw new InternalCompilerError("cannot create a temporary directory: " + e.getMessage(), e);
        }
    }

    Path path() {
        return path;
    }

    /** Deletes the directory and its contents; best effort, never throws. */
    @Override
    public void close() {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // the system cleans its temporary directory
        }
    }
}
