/*
 * The run-and-compare assertion of the hand-built SSA programs (HandBuiltProgramsTest,
 * HandBuiltFeaturesTest): the code generator's module for the package must pass the LLVM
 * verifier, then the driver's own back end (Compiler: ProgramLinker, Optimizer,
 * ObjectEmitter, NativeLinker) builds it under two configurations, -O0 and -O2, and the
 * program must print what gc prints (on standard error, as println does) and exit with
 * gc's status under both. The program counter of gc's "[signal ... pc=0x...]" line names a
 * code address, which differs between compilers and runs, so it is masked on both sides;
 * the goroutine trace after "goroutine 1 [running]:" is not compared (tests of llgo's own
 * traces check it).
 */
package llgo.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.bytedeco.llvm.LLVM.LLVMModuleRef;

import llgo.codegen.Codegen;

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
        Path dir = Files.createTempDirectory("llgo-handbuilt");
        try {
            for (int opt : new int[] { 0, 2 }) {
                Path exe = dir.resolve("prog" + opt);
                FrontEnd handBuilt = context -> {
                    LLVMModuleRef module = Codegen.generate(pkg, context);
                    ModuleVerifier.verify(module);
                    return List.of(new PackageModule("main", module));
                };
                BuildResult built = new Compiler(BuildOptions.defaults().withOptLevel(opt)).build(handBuilt, exe);
                assertEquals(BuildResult.success(), built, "build at -O" + opt);
                ProgramRun r = ProgramRun.of(exe);
                String stderr = maskProgramCounters(withoutTrace(r.stderr()));
                if (exact) {
                    assertEquals(maskProgramCounters(expected), stderr, "stderr at -O" + opt);
                } else {
                    assertTrue(stderr.startsWith(maskProgramCounters(expected)), "stderr at -O" + opt + " was:\n" + r.stderr() + "\nexpected it to start with:\n" + expected);
                }
                assertEquals("", r.stdout(), "stdout at -O" + opt);
                assertEquals(expectedExit, r.status(), "exit status at -O" + opt + ", stderr:\n" + r.stderr());
                Files.deleteIfExists(exe);
            }
        } finally {
            Files.deleteIfExists(dir);
        }
    }
}
