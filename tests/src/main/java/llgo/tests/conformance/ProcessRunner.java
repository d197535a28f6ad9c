/*
 * Runs one subprocess the way run.go's runcmd does: standard output and standard error
 * into one buffer (one pipe, so their interleaving is kept), standard input empty, a time
 * limit after which the process and all its descendants are killed. Output beyond a cap is
 * dropped so that a runaway program cannot exhaust the runner's memory.
 */
package llgo.tests.conformance;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

public final class ProcessRunner {
    static final int OUTPUT_CAP = 16 << 20;

    private ProcessRunner() {
    }

    /**
     * @param exitCode the exit status, -1 when the process was killed for its time limit
     * @param output   standard output and standard error together, as bytes
     */
    public record Result(int exitCode, byte[] output, boolean timedOut) {
        public String text() {
            return new String(output, StandardCharsets.UTF_8);
        }
    }

    /**
     * @throws UncheckedIOException when the command cannot be started
     */
    public static Result run(List<String> command, Path directory, Map<String, String> environment, Duration limit) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.get(0), e);
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> drain(process.getInputStream(), buffer), "output of " + process.pid());
        reader.setDaemon(true);
        reader.start();
        boolean finished;
        try {
            finished = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finished = false;
        }
        if (!finished) {
            killTree(process.toHandle());
        }
        try {
            process.waitFor();
            reader.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] output;
        synchronized (buffer) {
            output = buffer.toByteArray();
        }
        return new Result(finished ? process.exitValue() : -1, output, !finished);
    }

    /** Kills {@code root}'s descendants, then {@code root}. */
    static void killTree(ProcessHandle root) {
        root.descendants().forEach(ProcessHandle::destroyForcibly);
        root.destroyForcibly();
    }

    private static void drain(InputStream in, ByteArrayOutputStream buffer) {
        byte[] chunk = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(chunk)) > 0) {
                synchronized (buffer) {
                    if (buffer.size() < OUTPUT_CAP) {
                        buffer.write(chunk, 0, Math.min(n, OUTPUT_CAP - buffer.size()));
                    }
                }
            }
        } catch (IOException e) {
            // The process was killed; what was read so far is the output.
        }
    }
}
