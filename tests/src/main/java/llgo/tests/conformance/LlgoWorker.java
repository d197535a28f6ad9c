/*
 * The worker process of the llgo backend: one long-lived JVM that compiles cases
 * in-process with llgo.build.Compiler, one request at a time (a BUILD request with
 * Compiler.build, a COMPILE request with Compiler.compilePackage), reading requests on standard
 * input and answering on standard output (WorkerProtocol). It runs apart from the
 * supervisor so that a native crash inside LLVM, or a hang, takes down only this process.
 * Standard output is reserved for answers: System.out is pointed at standard error. Each
 * compilation runs on a thread with a large stack so that deep syntax does not overflow.
 */
package llgo.tests.conformance;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import llgo.build.BuildOptions;
import llgo.build.BuildResult;
import llgo.build.Compiler;

public final class LlgoWorker {
    private static final long COMPILE_STACK_BYTES = 1L << 30;

    private LlgoWorker() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        PrintStream answers = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        Compiler compiler = new Compiler(BuildOptions.defaults());
        BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        answers.println(WorkerProtocol.READY);
        String line;
        while ((line = requests.readLine()) != null) {
            Optional<WorkerProtocol.Request> request = WorkerProtocol.decodeRequest(line);
            if (request.isEmpty()) {
                System.err.println("llgo worker: ignoring malformed request: " + line);
                continue;
            }
            WorkerProtocol.Answer answer = compile(compiler, request.get());
            answers.println(WorkerProtocol.encode(answer));
        }
    }

    private static WorkerProtocol.Answer compile(Compiler compiler, WorkerProtocol.Request request)
            throws InterruptedException {
        AtomicReference<WorkerProtocol.Answer> answer = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            List<Path> files = request.files().stream().map(Path::of).toList();
            try {
                BuildResult result = switch (request.mode()) {
                    case BUILD -> compiler.build(files, Path.of(request.output()));
                    case COMPILE -> compiler.compilePackage(files);
                };
                answer.set(new WorkerProtocol.Answer(request.id(),
                        result.ok() ? WorkerProtocol.Status.OK : WorkerProtocol.Status.ERROR, result.errors()));
            } catch (Throwable t) {
                answer.set(new WorkerProtocol.Answer(request.id(), WorkerProtocol.Status.CRASH,
                        List.of(t.getClass().getName() + ": " + t.getMessage(), stackTop(t))));
            }
        }, "llgo-compile-" + request.id(), COMPILE_STACK_BYTES);
        thread.start();
        thread.join();
        return answer.get();
    }

    /** The innermost frames, enough to see where a compiler bug struck. */
    private static String stackTop(Throwable t) {
        StringBuilder text = new StringBuilder();
        StackTraceElement[] frames = t.getStackTrace();
        for (int i = 0; i < Math.min(frames.length, 8); i++) {
            text.append("\tat ").append(frames[i]).append('\n');
        }
        return text.toString();
    }
}
