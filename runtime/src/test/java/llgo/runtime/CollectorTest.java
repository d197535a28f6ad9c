/*
 * Checks the garbage collector's guarantees of ABI.md ("Garbage collection") through
 * programs/collector.c, whose cases print one "property true|false" line each: memory is
 * reused (a bounded heap under 2 GB of garbage), reachable objects survive, finalizers run
 * for unreachable objects only (a pointer in a noscan object does not retain, an interior
 * pointer does), GOGC=off, pages returned to the OS, no libc allocation while collecting
 * (the world is stopped), and the gctrace line's format.
 */
package llgo.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CollectorTest {

    @ParameterizedTest
    @ValueSource(strings = {"bounded", "reachable", "finalizers", "gogc-off", "released", "no-malloc"})
    void everyPropertyHolds(String name) throws Exception {
        String out = NativeProgram.named("collector").run(name);
        assertTrue(out.endsWith("[exit 0]\n"), out);
        assertTrue(out.lines().count() > 1, out);
        out.lines().filter(l -> !l.startsWith("[exit")).forEach(l -> assertTrue(l.endsWith(" true"), name + ": " + out));
    }

    @Test
    void gctracePrintsGcsLinePerCollection() throws Exception {
        String out = NativeProgram.named("collector").run("gctrace");
        String line = "gc \\d+ @\\d+\\.\\d{3}s \\d+%: [\\d.]+\\+[\\d.]+\\+[\\d.]+ ms clock, [\\d.]+\\+0/[\\d.]+/0\\+[\\d.]+ ms cpu, "
                + "\\d+->\\d+->\\d+ MB, \\d+ MB goal, \\d+ MB stacks, \\d+ MB globals, \\d+ P( \\(forced\\))?";
        out.lines().filter(l -> !l.startsWith("[exit")).forEach(l -> assertTrue(l.matches(line), l));
        assertTrue(out.lines().anyMatch(l -> l.endsWith(" (forced)")), out);
        assertTrue(out.lines().count() > 3, out);
        assertEquals("[exit 0]", out.lines().reduce((a, b) -> b).orElseThrow());
    }
}
