/*
 * The supervisor side of the llgo backend, against FakeWorker: answers are delivered, the
 * request's mode (and a build's output) reaches the worker, noise is skipped, a hang is killed at the time limit and a crash is reported, and in both
 * cases the next request gets a fresh worker.
 */
package llgo.tests.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LlgoWorkerProcessTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);
    private final LlgoWorkerProcess worker = new LlgoWorkerProcess(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), FakeWorker.class.getName()));

    @AfterEach
    void stop() {
        worker.stop();
    }

    private CompileOutcome compile(String file, Duration limit) {
        return worker.compile(WorkerProtocol.Mode.COMPILE, List.of(Path.of("/cases", file)), Path.of("/tmp/out"), limit);
    }

    @Test
    void theModeReachesTheWorker() {
        CompileOutcome built = worker.compile(WorkerProtocol.Mode.BUILD, List.of(Path.of("/cases/ok.go")),
                Path.of("/tmp/exe"), LIMIT);
        assertEquals(CompileOutcome.succeeded("build /tmp/exe"), built);
        assertEquals(CompileOutcome.succeeded("compile"), compile("ok.go", LIMIT));
    }

    @Test
    void answersAndNoise() {
        assertEquals(CompileOutcome.Status.SUCCEEDED, compile("ok.go", LIMIT).status());
        CompileOutcome bad = compile("bad.go", LIMIT);
        assertEquals(CompileOutcome.Status.FAILED, bad.status());
        assertEquals("/cases/bad.go:1:1: expected 'package', found 'EOF'", bad.messages());
        assertEquals(CompileOutcome.Status.SUCCEEDED, compile("noisy.go", LIMIT).status());
    }

    @Test
    void hangIsKilledAndTheWorkerReplaced() {
        long start = System.nanoTime();
        CompileOutcome hang = compile("hang.go", Duration.ofSeconds(2));
        assertEquals(CompileOutcome.Status.TIMED_OUT, hang.status());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(20).toNanos());
        assertEquals(CompileOutcome.Status.SUCCEEDED, compile("ok.go", LIMIT).status());
    }

    @Test
    void crashIsReportedAndTheWorkerReplaced() {
        CompileOutcome died = compile("die.go", LIMIT);
        assertEquals(CompileOutcome.Status.CRASHED, died.status());
        assertTrue(died.messages().startsWith("llgo worker died with exit status 3"), died.messages());
        assertTrue(died.messages().contains("simulated native crash"), died.messages());
        assertEquals(CompileOutcome.Status.FAILED, compile("bad.go", LIMIT).status());
    }
}
