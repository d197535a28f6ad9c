/*
 * A stand-in for LlgoWorker that speaks WorkerProtocol without compiling anything, so that
 * the supervisor's handling of answers, noise, hangs and crashes can be tested without
 * LLVM. It decides by the first file's name: "ok.go" compiles, "bad.go" has an error,
 * "noisy.go" prints noise before answering, "hang.go" never answers, "die.go" exits with
 * status 3 after a last word on standard error. A success answers with one message: the
 * request's mode word, followed for a build by its output path.
 */
package llgo.tests.conformance;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

public final class FakeWorker {
    private FakeWorker() {
    }

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        System.out.println(WorkerProtocol.READY);
        System.out.flush();
        String line;
        while ((line = in.readLine()) != null) {
            WorkerProtocol.Request request = WorkerProtocol.decodeRequest(line).orElseThrow();
            String file = request.files().get(0);
            WorkerProtocol.Answer answer;
            if (file.endsWith("/hang.go")) {
                Thread.sleep(Long.MAX_VALUE);
                return;
            } else if (file.endsWith("/die.go")) {
                System.err.println("fatal: simulated native crash");
                System.exit(3);
                return;
            } else if (file.endsWith("/bad.go")) {
                answer = new WorkerProtocol.Answer(request.id(), WorkerProtocol.Status.ERROR,
                        List.of(file + ":1:1: expected 'package', found 'EOF'"));
            } else {
                if (file.endsWith("/noisy.go")) {
                    System.out.println("LLVM ERROR: not really");
                }
                String done = request.mode().word() + (request.output().isEmpty() ? "" : " " + request.output());
                answer = new WorkerProtocol.Answer(request.id(), WorkerProtocol.Status.OK, List.of(done));
            }
            System.out.println(WorkerProtocol.encode(answer));
            System.out.flush();
        }
    }
}
