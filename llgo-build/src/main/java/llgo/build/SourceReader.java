/*
 * Reads the files named on the command line. The checks and their wording follow the go
 * command and gc (cmd/go/internal/load: "named files must be .go files"; gc's
 * "open x.go: no such file or directory" and "read d.go: is a directory"), one line per
 * problem, stopping at the first as they do.
 */
package llgo.build;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

final class SourceReader {
    private SourceReader() {
    }

    /** Reads every file, in order; fails on the first one that is not a readable .go file. */
    static List<SourceFile> read(List<Path> files) throws BuildFailure {
        if (files.isEmpty()) {
            throw new BuildFailure("no Go files listed");
        }
        List<SourceFile> sources = new ArrayList<>();
        for (Path file : files) {
            sources.add(readOne(file));
        }
        return sources;
    }

    private static SourceFile readOne(Path file) throws BuildFailure {
        String name = file.toString();
        if (!name.endsWith(".go")) {
            throw new BuildFailure("named files must be .go files: " + name);
        }
        if (Files.isDirectory(file)) {
            throw new BuildFailure("read " + name + ": is a directory");
        }
        try {
            return new SourceFile(name, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new BuildFailure("open " + name + ": no such file or directory");
        } catch (AccessDeniedException e) {
            throw new BuildFailure("open " + name + ": permission denied");
        } catch (IOException e) {
            throw new BuildFailure("read " + name + ": " + e.getMessage());
        }
    }
}
