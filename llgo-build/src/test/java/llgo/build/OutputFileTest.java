/*
 * Tests how OutputFile delivers a build output: a new or regular output is replaced by a
 * rename, while an existing output that is not a regular file (here a FIFO, directly and
 * through a symbolic link, standing in for /dev/null) is written through and stays what
 * it was. The FIFOs live in a temporary directory; the real /dev/null is never touched.
 */
package llgo.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {
    private static final byte[] CONTENTS = "\u007fELF pretend executable\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    /** Creates a FIFO with mkfifo(1). */
    static Path fifo(Path path) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor());
        return path;
    }

    /** Reads everything written to {@code fifo} on another thread (opening a FIFO blocks until a writer comes). */
    static CompletableFuture<byte[]> drain(Path fifo) {
        return CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    static boolean isFifo(Path path) throws IOException {
        return Files.readAttributes(path, PosixFileAttributes.class).isOther();
    }

    private static void deliver(Path output) throws Exception {
        try (OutputFile out = OutputFile.open(output)) {
            Files.write(out.temporary(), CONTENTS);
            out.commit();
        }
    }

    private List<Path> filesInDir() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    @Test
    void aRegularOutputIsReplacedAndNoTemporaryFileRemains() throws Exception {
        Path output = dir.resolve("prog");
        Files.writeString(output, "previous build, longer than the new one ..........................");
        deliver(output);
        assertArrayEquals(CONTENTS, Files.readAllBytes(output));
        assertEquals(List.of(output), filesInDir());
    }

    @Test
    void aFifoIsWrittenThroughAndStaysAFifo() throws Exception {
        Path output = fifo(dir.resolve("pipe"));
        CompletableFuture<byte[]> read = drain(output);
        deliver(output);
        assertArrayEquals(CONTENTS, read.get(30, TimeUnit.SECONDS));
        assertTrue(isFifo(output), "the FIFO was replaced");
        assertEquals(List.of(output), filesInDir());
    }

    @Test
    void aSymbolicLinkToAFifoIsWrittenThroughAndStaysALink() throws Exception {
        Path target = fifo(dir.resolve("pipe"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), target);
        CompletableFuture<byte[]> read = drain(target);
        deliver(link);
        assertArrayEquals(CONTENTS, read.get(30, TimeUnit.SECONDS));
        assertTrue(Files.isSymbolicLink(link), "the link was replaced");
        assertTrue(isFifo(target), "the FIFO was replaced");
        assertEquals(List.of(link, target), filesInDir());
    }

    @Test
    void anUncommittedWriteThroughLeavesTheFifoAloneAndNoScratch() throws Exception {
        Path output = fifo(dir.resolve("pipe"));
        Path temporary;
        try (OutputFile out = OutputFile.open(output)) {
            temporary = out.temporary();
            Files.write(temporary, CONTENTS);
        }
        assertTrue(!Files.exists(temporary.getParent(), LinkOption.NOFOLLOW_LINKS), "scratch directory left behind");
        assertTrue(isFifo(output));
        assertEquals(List.of(output), filesInDir());
    }
}
