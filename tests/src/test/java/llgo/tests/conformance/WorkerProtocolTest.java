/*
 * WorkerProtocol: requests of both modes and answers survive encoding whatever characters
 * they hold, each action maps to its mode, malformed requests are refused, and noise on
 * the worker's standard output is not taken for an answer.
 */
package llgo.tests.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class WorkerProtocolTest {

    @Test
    void buildRequestRoundTrip() {
        WorkerProtocol.Request request = WorkerProtocol.Request.build(7, "/tmp/a b/out", List.of("/x\ty.go", "/z\\w.go"));
        String line = WorkerProtocol.encode(request);
        assertTrue(line.startsWith("build\t7\t/tmp/a b/out\t"), line);
        assertEquals(Optional.of(request), WorkerProtocol.decodeRequest(line));
    }

    @Test
    void compileRequestRoundTripHasNoOutput() {
        WorkerProtocol.Request request = WorkerProtocol.Request.compile(8, List.of("/a.go", "/b\nc.go"));
        String line = WorkerProtocol.encode(request);
        assertEquals("compile\t8\t/a.go\t/b\\nc.go", line);
        WorkerProtocol.Request decoded = WorkerProtocol.decodeRequest(line).orElseThrow();
        assertEquals(request, decoded);
        assertEquals(WorkerProtocol.Mode.COMPILE, decoded.mode());
        assertEquals(List.of("/a.go", "/b\nc.go"), decoded.files());
    }

    @Test
    void runBuildsWhileCompileAndErrorcheckOnlyCompile() {
        assertEquals(WorkerProtocol.Mode.BUILD, WorkerProtocol.Mode.of(JudgedAction.RUN));
        assertEquals(WorkerProtocol.Mode.COMPILE, WorkerProtocol.Mode.of(JudgedAction.COMPILE));
        assertEquals(WorkerProtocol.Mode.COMPILE, WorkerProtocol.Mode.of(JudgedAction.ERRORCHECK));
    }

    @Test
    void malformedRequestsAreRefused() {
        assertEquals(Optional.empty(), WorkerProtocol.decodeRequest("compile\tx\t/a.go"));
        assertEquals(Optional.empty(), WorkerProtocol.decodeRequest("compile\t1"));
        assertEquals(Optional.empty(), WorkerProtocol.decodeRequest("build\t1\t/out"));
        assertEquals(Optional.empty(), WorkerProtocol.decodeRequest("build\t1\t\t/a.go"));
        assertEquals(Optional.empty(), WorkerProtocol.decodeRequest("link\t1\t/out\t/a.go"));
        assertThrows(IllegalArgumentException.class, () -> WorkerProtocol.Request.compile(1, List.of()));
    }

    @Test
    void answerRoundTripWithMultiLineMessages() {
        WorkerProtocol.Answer answer = new WorkerProtocol.Answer(3, WorkerProtocol.Status.ERROR,
                List.of("x.go:1:2: bad\n\tdetail", "tab\there\\", ""));
        String line = WorkerProtocol.encode(answer);
        assertEquals(-1, line.indexOf('\n'));
        assertEquals(Optional.of(answer), WorkerProtocol.decodeAnswer(line));
    }

    @Test
    void noiseIsNoAnswer() {
        assertEquals(Optional.empty(), WorkerProtocol.decodeAnswer("warning: something from LLVM"));
        assertEquals(Optional.empty(), WorkerProtocol.decodeAnswer(WorkerProtocol.READY));
        assertEquals(Optional.empty(), WorkerProtocol.decodeAnswer(WorkerProtocol.MARKER + "\t1\tmaybe"));
    }
}
