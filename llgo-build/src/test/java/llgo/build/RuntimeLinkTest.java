/*
 * Links hand-written package IR, written against ABI.md, with the real runtime bitcode
 * (llgo.runtime.RuntimeBitcode) and runs the result: println's locking, spacing and
 * formatting on stderr, a string argument as two words, and a run-time panic's message and
 * exit status 2. This is the back end's contract test with the runtime.
 */
package llgo.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeLinkTest {
    /** println(-42, "hi", true) */
    static final String PRINTLN = """
            @str.hi = private constant [2 x i8] c"hi"
            declare void @llgo_printlock()
            declare void @llgo_printunlock()
            declare void @llgo_printint(i64)
            declare void @llgo_printsp()
            declare void @llgo_printnl()
            declare void @llgo_printbool(i1 zeroext)
            declare void @llgo_printstring(ptr, i64)
            define void @main.main(ptr %context) {
              call void @llgo_printlock()
              call void @llgo_printint(i64 -42)
              call void @llgo_printsp()
              call void @llgo_printstring(ptr @str.hi, i64 2)
              call void @llgo_printsp()
              call void @llgo_printbool(i1 true)
              call void @llgo_printnl()
              call void @llgo_printunlock()
              ret void
            }
            """;

    /** var a [3]int; a[5] = 0, with the bounds check codegen emits */
    static final String INDEX_PANIC = """
            declare void @llgo_panicindex(i64, i64) noreturn
            define void @main.main(ptr %context) {
              call void @llgo_panicindex(i64 5, i64 3)
              unreachable
            }
            """;

    @TempDir
    Path dir;

    private ProgramRun buildAndRun(String ir, int optLevel) throws Exception {
        Compiler compiler = new Compiler(BuildOptions.defaults().withOptLevel(optLevel),
                new PrintStream(PrintStream.nullOutputStream()));
        Path exe = dir.resolve("prog" + optLevel);
        BuildResult result = compiler.build(
                context -> List.of(new PackageModule("main", IrModules.parse(context, "main.ll", ir))), exe);
        assertEquals(BuildResult.success(), result);
        return ProgramRun.of(exe);
    }

    @Test
    void printlnGoesToStderrInGcFormat() throws Exception {
        for (int level : new int[] {0, 2}) {
            ProgramRun run = buildAndRun(PRINTLN, level);
            assertEquals(new ProgramRun(0, "", "-42 hi true\n"), run);
        }
    }

    @Test
    void anIndexPanicPrintsGcsMessageAndExitsTwo() throws Exception {
        ProgramRun run = buildAndRun(INDEX_PANIC, 2);
        assertEquals(2, run.status());
        assertEquals("", run.stdout());
        assertTrue(run.stderr().startsWith(
                "panic: runtime error: index out of range [5] with length 3\n\ngoroutine 1 [running]:\n"), run.stderr());
    }
}
