/*
 * The supervisor's handle on one llgo worker JVM (LlgoWorker): starts it on first use,
 * sends one request at a time (WorkerProtocol: build or compile) and waits for the answer within the request's time
 * limit. When the limit passes, the worker and its children are killed; when the worker
 * dies, its exit status and last words on standard error become the crash message. Either
 * way the next request starts a fresh worker. Each worker gets its own temporary directory
 * (java.io.tmpdir and TMPDIR), deleted when the worker stops, so that a killed build leaves
 * nothing behind.
 */
package llgo.tests.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

final class LlgoWorkerProcess {
    private static final String END_OF_OUTPUT = "\0end";
    private static final int STDERR_LINES_KEPT = 20;
    private static final long STARTUP_SECONDS = 120;

    private final List<String> command;
    private Process process;
    private Writer requests;
    private BlockingQueue<String> answers;
    private final Deque<String> lastErrorLines = new ArrayDeque<>();
    private Thread errorReader;
    private Path temporaryDirectory;
    private long nextId = 1;

    /** @param command the java command line that runs LlgoWorker */
    LlgoWorkerProcess(List<String> command) {
        this.command = List.copyOf(command);
    }

    /** The command for a worker JVM with this JVM's class path. */
    static List<String> defaultCommand() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-Xss16m", "-Xmx4g", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                LlgoWorker.class.getName());
    }

    /**
     * Has the worker compile {@code files} in {@code mode}: BUILD writes an executable at
     * {@code output}, COMPILE ignores {@code output}. Never throws.
     */
    CompileOutcome compile(WorkerProtocol.Mode mode, List<Path> files, Path output, java.time.Duration limit) {
        try {
            if (process == null || !process.isAlive()) {
                start();
            }
            long id = nextId++;
            List<String> names = files.stream().map(Path::toString).toList();
            WorkerProtocol.Request request = switch (mode) {
                case BUILD -> WorkerProtocol.Request.build(id, output.toString(), names);
                case COMPILE -> WorkerProtocol.Request.compile(id, names);
            };
            requests.write(WorkerProtocol.encode(request) + "\n");
            requests.flush();
            long deadline = System.nanoTime() + limit.toNanos();
            while (true) {
                String line = answers.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (line == null) {
                    stop();
                    return new CompileOutcome(CompileOutcome.Status.TIMED_OUT,
                            "llgo did not finish within " + limit.toSeconds() + "s; worker killed");
                }
                if (line.equals(END_OF_OUTPUT)) {
                    return died();
                }
                Optional<WorkerProtocol.Answer> answer = WorkerProtocol.decodeAnswer(line);
                if (answer.isPresent() && answer.get().id() == id) {
                    return toOutcome(answer.get());
                }
            }
        } catch (IOException e) {
            return died();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            return new CompileOutcome(CompileOutcome.Status.CRASHED, "interrupted");
        }
    }

    private static CompileOutcome toOutcome(WorkerProtocol.Answer answer) {
        String messages = String.join("\n", answer.messages());
        return switch (answer.status()) {
            case OK -> CompileOutcome.succeeded(messages);
            case ERROR -> CompileOutcome.failed(messages);
            case CRASH -> new CompileOutcome(CompileOutcome.Status.CRASHED, messages);
        };
    }

    private CompileOutcome died() {
        int status = -1;
        try {
            if (process != null && process.waitFor(10, TimeUnit.SECONDS)) {
                status = process.exitValue();
                errorReader.join(TimeUnit.SECONDS.toMillis(2));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String lastWords;
        synchronized (lastErrorLines) {
            lastWords = String.join("\n", lastErrorLines);
        }
        stop();
        return new CompileOutcome(CompileOutcome.Status.CRASHED,
                "llgo worker died with exit status " + status + (signal(status)) + "\n" + lastWords);
    }

    private static String signal(int status) {
        return switch (status) {
            case 134 -> " (SIGABRT)";
            case 137 -> " (SIGKILL)";
            case 139 -> " (SIGSEGV)";
            default -> "";
        };
    }

    private void start() throws IOException, InterruptedException {
        stop();
        temporaryDirectory = Files.createTempDirectory("llgo-conformance-worker-");
        List<String> withTemp = new ArrayList<>(command);
        withTemp.add(1, "-Djava.io.tmpdir=" + temporaryDirectory);
        ProcessBuilder builder = new ProcessBuilder(withTemp).redirectErrorStream(false);
        builder.environment().put("TMPDIR", temporaryDirectory.toString());
        process = builder.start();
        requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        answers = new LinkedBlockingQueue<>();
        synchronized (lastErrorLines) {
            lastErrorLines.clear();
        }
        BlockingQueue<String> queue = answers;
        Process started = process;
        daemon("llgo worker stdout", () -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(started.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    queue.add(line);
                }
            } catch (IOException e) {
                // The worker was killed; END_OF_OUTPUT follows.
            }
            queue.add(END_OF_OUTPUT);
        });
        errorReader = daemon("llgo worker stderr", () -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(started.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    synchronized (lastErrorLines) {
                        lastErrorLines.addLast(line);
                        if (lastErrorLines.size() > STDERR_LINES_KEPT) {
                            lastErrorLines.removeFirst();
                        }
                    }
                }
            } catch (IOException e) {
                // The worker was killed.
            }
        });
        while (true) {
            String line = answers.poll(STARTUP_SECONDS, TimeUnit.SECONDS);
            if (line == null || line.equals(END_OF_OUTPUT)) {
                throw new IOException("llgo worker did not start");
            }
            if (line.equals(WorkerProtocol.READY)) {
                return;
            }
        }
    }

    private static Thread daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Kills the worker and its children, if running. */
    void stop() {
        if (process != null) {
            ProcessRunner.killTree(process.toHandle());
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
        if (temporaryDirectory != null) {
            Runner.deleteTree(temporaryDirectory);
            temporaryDirectory = null;
        }
    }
}
