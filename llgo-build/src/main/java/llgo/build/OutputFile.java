/*
 * Writes a build output. A new output, or one that is a regular file, is written
 * atomically: the build writes a temporary file in the output's own directory and commit()
 * renames it over the output, so a failed build leaves no file at the output path and a
 * reader never sees a half-written executable. An output that exists and is not a regular
 * file (a device such as /dev/null, a FIFO, or a symbolic link to one) is written through
 * instead, as cmd/go's copyFile does: the build writes a private temporary file and
 * commit() copies it into the existing file, which stays what it was.
 */
package llgo.build;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

final class OutputFile implements AutoCloseable {
    private final Path output;
    private final Path temporary;
    /** Present when the output is written through; holds the temporary file. */
    private final Optional<TemporaryDirectory> scratch;
    private boolean committed;

    private OutputFile(Path output, Path temporary, Optional<TemporaryDirectory> scratch) {
        this.output = output;
        this.temporary = temporary;
        this.scratch = scratch;
    }

    /**
     * Reserves the temporary file for {@code output}: beside it, or in a private temporary
     * directory when the output exists and is not a regular file. Refuses a directory and a
     * Go source file as output (a build never overwrites a source file).
     */
    static OutputFile open(Path output) throws BuildFailure {
        String name = output.getFileName() == null ? output.toString() : output.getFileName().toString();
        if (name.endsWith(".go")) {
            throw new BuildFailure("build output \"" + output + "\" is a Go source file; refusing to overwrite it");
        }
        if (Files.isDirectory(output)) {
            throw new BuildFailure("build output \"" + output + "\" already exists and is a directory");
        }
        if (Files.exists(output) && !Files.isRegularFile(output)) {
            TemporaryDirectory directory = TemporaryDirectory.create("llgo-build-output-");
            return new OutputFile(output, directory.path().resolve("output"), Optional.of(directory));
        }
        Path directory = output.toAbsolutePath().getParent();
        try {
            return new OutputFile(output, Files.createTempFile(directory, "." + name + ".", ".tmp"), Optional.empty());
        } catch (IOException e) {
            throw new BuildFailure("open " + output + ": " + describe(e));
        }
    }

    /** The path the build writes to. */
    Path temporary() {
        return temporary;
    }

    /** Delivers the finished temporary file to the output path, replacing any previous contents. */
    void commit() throws BuildFailure {
        try {
            if (scratch.isPresent()) {
                writeThrough();
            } else {
                rename();
            }
            committed = true;
        } catch (IOException e) {
            throw new BuildFailure("cannot write " + output + ": " + describe(e));
        }
    }

    private void rename() throws IOException {
        try {
            Files.move(temporary, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, output, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Opens the existing output (following a symbolic link) without creating or replacing it. */
    private void writeThrough() throws IOException {
        try (OutputStream out = Files.newOutputStream(output, StandardOpenOption.WRITE)) {
            Files.copy(temporary, out);
        }
    }

    /** Deletes the temporary file unless it was renamed onto the output. */
    @Override
    public void close() {
        if (scratch.isPresent()) {
            scratch.get().close();
        } else if (!committed) {
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
