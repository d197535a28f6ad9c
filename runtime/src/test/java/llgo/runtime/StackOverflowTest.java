/*
 * A stack overflow in compiled code (a SIGSEGV near the stack pointer, handled on the
 * alternate signal stack) ends as gc's does: its first line, "fatal error: stack overflow"
 * and exit status 2. gc also prints the goroutine's sp and stack bounds and the runtime
 * stack, which llgo does not reproduce, so this is not a golden comparison.
 */
package llgo.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StackOverflowTest {

    @Test
    void reportsGcsFatalError() throws Exception {
        assertEquals("""
                runtime: goroutine stack exceeds 1000000000-byte limit
                fatal error: stack overflow

                goroutine 1 [running]:
                [exit 2]
                """, NativeProgram.named("panics").run("stack_overflow"));
    }
}
