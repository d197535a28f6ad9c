/*
 * The scheduler's C entry points (ABI.md "Goroutines and scheduling"), driven by the C test
 * program programs/goroutines.c: gc's fatal errors for Goexit on the main goroutine and for
 * deadlocks with gc's wait reasons, Gosched's round robin, GOMAXPROCS (set, and from the
 * environment), a goroutine blocked in
 * a system call not stopping the others, stopping the world with a goroutine spinning on
 * another thread, and the memory of many blocked goroutines (each on its own 1 GiB stack slot).
 */
package llgo.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class GoroutinesTest {
    private static String run(String... args) throws Exception {
        return NativeProgram.named("goroutines").run(args);
    }

    @Test
    void goexitOnTheMainGoroutineIsGcsFatalError() throws Exception {
        assertEquals("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n[exit 2]\n", run("goexit_main"));
    }

    @Test
    void goexitEndsOnlyItsGoroutine() throws Exception {
        assertEquals("goroutines 1\n[exit 0]\n", run("goexit_other"));
    }

    @Test
    void deadlockNamesEveryWaitingGoroutine() throws Exception {
        assertEquals("""
                fatal error: all goroutines are asleep - deadlock!

                goroutine 1 [chan receive]:

                goroutine 5 [chan receive]:
                [exit 2]
                """, run("deadlock"));
    }

    @Test
    void anUnrecoveredPanicInAnyGoroutineEndsTheProgram() throws Exception {
        assertEquals("panic: boom\n\ngoroutine 5 [running]:\n[exit 2]\n", run("panic_in_goroutine"));
    }

    @Test
    void nilChannelsAndEmptySelectBlockForever() throws Exception {
        String header = "fatal error: all goroutines are asleep - deadlock!\n\n";
        assertEquals(header + "goroutine 1 [chan receive (nil chan)]:\n[exit 2]\n", run("nil_receive"));
        assertEquals(header + "goroutine 1 [chan send (nil chan)]:\n[exit 2]\n", run("nil_send"));
        assertEquals(header + "goroutine 1 [select (no cases)]:\n[exit 2]\n", run("select_none"));
    }

    @Test
    void goschedTakesTurns() throws Exception {
        assertEquals("a 0\nb 0\na 1\nb 1\na 2\nb 2\n[exit 0]\n", run("gosched"));
    }

    @Test
    void gomaxprocsReturnsThePreviousSetting() throws Exception {
        assertEquals("set 1\nnow 3\n[exit 0]\n", run("gomaxprocs"));
    }

    @Test
    void gomaxprocsComesFromTheEnvironment() throws Exception {
        NativeProgram program = NativeProgram.named("goroutines");
        assertEquals("procs 7\n[exit 0]\n", program.runWith(Map.of("GOMAXPROCS", "7"), "procs"));
        String byDefault = program.runWith(Map.of("GOMAXPROCS", ""), "procs");
        assertTrue(byDefault.matches("procs [1-9][0-9]*\n\\[exit 0\\]\n"), byDefault);
        assertEquals(byDefault, program.runWith(Map.of("GOMAXPROCS", "x"), "procs"));
        assertEquals(byDefault, program.runWith(Map.of("GOMAXPROCS", "0"), "procs"));
    }

    @Test
    void aSystemCallGivesUpItsProc() throws Exception {
        assertEquals("main runs 1\nread 1\n[exit 0]\n", run("syscall"));
    }

    @Test
    void stoppingTheWorldStopsASpinningThreadAndSeesEveryStack() throws Exception {
        assertEquals("stacks 12\n[exit 0]\n", run("world"));
    }

    @Test
    void hundredThousandBlockedGoroutinesFitInOneGigabyte() throws Exception {
        String out = run("blocked", "100000");
        Matcher m = Pattern.compile("goroutines 100001\nrss_kib (\\d+)\n\\[exit 0\\]\n").matcher(out);
        assertTrue(m.matches(), out);
        long kib = Long.parseLong(m.group(1));
        assertTrue(kib < 1024 * 1024, "RSS " + kib + " KiB");
    }
}
