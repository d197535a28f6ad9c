/*
 * Writes a build output atomically: the build writes a temporary file in the output's own
 * directory and commit() renames it over the output, so a failed build leaves no file at
 * the output path and a reader never sees a half-written executable.
 */
package llgo.build;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

final class OutputFile implements AutoCloseable {
    private final Path output;
    private final Path temporary;
    private boolean committed;

    private OutputFile(Path output, Path temporary) {
        this.output = output;
        this.temporary = temporary;
    }

    /**
     * Reserves a temporary file beside {@code output}. Refuses a directory and a Go source
     * file as output (a build never overwrites a source file).
     */
    static OutputFile beside(Path output) throws BuildFailure {
        String name = output.getFileName() == null ? output.toString() : output.getFileName().toString();
        if (name.endsWith(".go")) {
            throw new BuildFailure("build output \"" + output + "\" is a Go source file; refusing to overwrite it");
        }
        if (Files.isDirectory(output)) {
            throw new BuildFailure("build output \"" + output + "\" already exists and is a directory");
        }
        Path directory = output.toAbsolutePath().getParent();
        try {
            return new OutputFile(output, Files.createTempFile(directory, "." + name + ".", ".tmp"));
        } catch (IOException e) {
            throw new BuildFailure("open " + output + ": " + describe(e));
        }
    }

    /** The path the build writes to. */
    Path temporary() {
        return temporary;
    }

    /** Moves the finished temporary file to the output path, replacing any previous file. */
    void commit() throws BuildFailure {
        try {
            try {
                Files.move(temporary, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, output, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        } catch (IOException e) {
            throw new BuildFailure("cannot write " + output + ": " + describe(e));
        }
    }

    /** Deletes the temporary file unless it was committed. */
    @Override
    public void close() {
        if (!committed) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // best effort: a stray hidden temporary file is harmless
            }
        }
    }

    /** The system error in Go's words ("no such file or directory"), as gc would print it. */
    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
