/*
 * The run-and-compare assertion shared by the hand-built and the source-level program tests:
 * generate the package's module, require the LLVM verifier to pass, then run it linked with
 * the runtime under two configurations (no optimisation, and default<O2>) and require the
 * output gc prints (on standard error, as println does) and gc's exit status under both.
 * The program counter of gc's "[signal ... pc=0x...]" line names a code address, which
 * differs between compilers and runs, so it is masked on both sides; the goroutine trace
 * after "goroutine 1 [running]:" is not compared (tests of llgo's own traces check it).
 */
package llgo.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.global.LLVM;

final class RunAndCompare {
    private static final Pattern PROGRAM_COUNTER = Pattern.compile("pc=0x[0-9a-f]+");
    private static final String TRACE_HEADER = "goroutine 1 [running]:\n";

    private RunAndCompare() {}

    private static String maskProgramCounters(String stderr) {
        return PROGRAM_COUNTER.matcher(stderr).replaceAll("pc=PC");
    }

    /** Standard error up to gc's "goroutine 1 [running]:" line: the frames after it differ from gc's (addresses, inlining). */
    private static String withoutTrace(String stderr) {
        int header = stderr.indexOf(TRACE_HEADER);
        return header < 0 ? stderr : stderr.substring(0, header + TRACE_HEADER.length());
    }

    /** Both configurations must print exactly expectedStderr and exit with expectedExit. */
    static void assertRuns(llgo.ssa.Package pkg, String expectedStderr, int expectedExit) throws Exception {
        assertRuns(pkg, expectedStderr, expectedExit, true);
    }

    /** As assertRuns, but only the beginning of standard error is compared (for gc lines with addresses). */
    static void assertRunsWithPrefix(llgo.ssa.Package pkg, String expectedStderrPrefix, int expectedExit) throws Exception {
        assertRuns(pkg, expectedStderrPrefix, expectedExit, false);
    }

    private static void assertRuns(llgo.ssa.Package pkg, String expected, int expectedExit, boolean exact) throws Exception {
        LLVMContextRef ctx = LLVM.LLVMContextCreate();
        try {
            LLVMModuleRef module = Codegen.generate(pkg, ctx);
            String invalid = NativeProgram.verify(module);
            assertNull(invalid, () -> invalid + "\n" + NativeProgram.print(module));
            for (int opt : new int[] { 0, 2 }) {
                NativeProgram.Result r = NativeProgram.run(module, ctx, opt);
                String stderr = maskProgramCounters(withoutTrace(r.stderr()));
                if (exact) {
                    assertEquals(maskProgramCounters(expected), stderr, "stderr at -O" + opt + "\n" + NativeProgram.print(module));
                } else {
                    assertTrue(stderr.startsWith(maskProgramCounters(expected)), "stderr at -O" + opt + " was:\n" + r.stderr() + "\nexpected it to start with:\n" + expected);
                }
                assertEquals("", r.stdout(), "stdout at -O" + opt);
                assertEquals(expectedExit, r.exitCode(), "exit status at -O" + opt + ", stderr:\n" + r.stderr());
            }
        } finally {
            LLVM.LLVMContextDispose(ctx);
        }
    }
}
