/*
 * WorkerProtocol: requests and answers survive encoding whatever characters they hold, and
 * noise on the worker's standard output is not taken for an answer.
 */
package llgo.tests.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class WorkerProtocolTest {

    @Test
    void requestRoundTrip() {
        WorkerProtocol.Request request = new WorkerProtocol.Request(7, "/tmp/a b/out", List.of("/x\ty.go", "/z\\w.go"));
        assertEquals(Optional.of(request), WorkerProtocol.decodeRequest(WorkerProtocol.encode(request)));
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
        assertEquals(Optional.empty(), WorkerProtocol.decodeRequest("compile\tx\t/out\t/a.go"));
    }
}
