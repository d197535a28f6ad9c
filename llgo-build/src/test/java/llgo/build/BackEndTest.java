/*
 * Tests the back half of a build on hand-written IR: the entry module calls init before
 * main.main, the runtime is linked in and internalised (except C main), the optimiser
 * inlines across the boundary, the object links into a running executable, an output that
 * is not a regular file (a FIFO, like /dev/null) is written through, and a failed build
 * leaves no output file. The stand-in runtime prints through libc's dprintf so these
 * tests do not depend on the real runtime (RuntimeBitcodeLinkTest covers that).
 */
package llgo.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackEndTest {
    /** Stand-in runtime: C main calls llgo.main; the print functions write to stderr as ABI.md says. */
    static final String STAND_IN_RUNTIME = """
            @fmt.int = private constant [5 x i8] c"%lld\\00"
            @fmt.nl = private constant [2 x i8] c"\\0A\\00"
            declare i32 @dprintf(i32, ptr, ...)
            declare void @llgo.main()
            define void @llgo_printint(i64 %v) {
              call i32 (i32, ptr, ...) @dprintf(i32 2, ptr @fmt.int, i64 %v)
              ret void
            }
            define void @llgo_printnl() {
              call i32 (i32, ptr, ...) @dprintf(i32 2, ptr @fmt.nl)
              ret void
            }
            define i32 @main(i32 %argc, ptr %argv) {
              call void @llgo.main()
              ret i32 0
            }
            """;

    /** package main: init sets x = 40; main prints x + 2, then 7, each with a newline. */
    static final String MAIN_PACKAGE = """
            @main.x = global i64 0
            declare void @llgo_printint(i64)
            declare void @llgo_printnl()
            define void @main.init(ptr %context) {
              store i64 40, ptr @main.x
              ret void
            }
            define void @main.main(ptr %context) {
              %x = load i64, ptr @main.x
              %y = add i64 %x, 2
              call void @llgo_printint(i64 %y)
              call void @llgo_printnl()
              call void @llgo_printint(i64 7)
              call void @llgo_printnl()
              ret void
            }
            """;

    @TempDir
    Path dir;

    private static Compiler compiler(BuildOptions options) {
        byte[] runtime = IrModules.bitcode(STAND_IN_RUNTIME);
        return new Compiler(options, new PrintStream(PrintStream.nullOutputStream()), () -> runtime);
    }

    private static FrontEnd mainPackage(String ir) {
        return context -> List.of(new PackageModule("main", IrModules.parse(context, "main.ll", ir)));
    }

    @Test
    void buildsAnExecutableThatRunsInitThenMain() throws Exception {
        for (int level = 0; level <= 3; level++) {
            Path exe = dir.resolve("prog" + level);
            BuildResult result = compiler(BuildOptions.defaults().withOptLevel(level)).build(mainPackage(MAIN_PACKAGE), exe);
            assertEquals(BuildResult.success(), result);
            assertTrue(Files.isExecutable(exe));
            ProgramRun run = ProgramRun.of(exe);
            assertEquals(0, run.status());
            assertEquals("", run.stdout());
            assertEquals("42\n7\n", run.stderr());
        }
    }

    @Test
    void emitLlvmWritesTheLinkedProgramWithTheRuntimeInternalised() throws IOException {
        Path ll = dir.resolve("prog.ll");
        BuildOptions o0 = new BuildOptions(0, true, false, false);
        assertEquals(BuildResult.success(), compiler(o0).build(mainPackage(MAIN_PACKAGE), ll));
        String ir = Files.readString(ll);
        assertTrue(ir.contains("define void @llgo.main()"), ir);
        assertTrue(ir.contains("call void @main.init(ptr null)"), ir);
        assertTrue(ir.indexOf("call void @main.init(ptr null)") < ir.indexOf("call void @main.main(ptr null)"), ir);
        assertTrue(ir.contains("define internal void @llgo_printint(i64"), ir);
        assertTrue(ir.contains("define i32 @main("), ir);

        BuildOptions o2 = new BuildOptions(2, true, false, false);
        assertEquals(BuildResult.success(), compiler(o2).build(mainPackage(MAIN_PACKAGE), ll));
        String optimised = Files.readString(ll);
        assertFalse(optimised.contains("define internal void @llgo_printint"), "inlined and dropped:\n" + optimised);
        assertTrue(optimised.matches("(?s).*\\ndefine [a-z ]*i32 @main\\(.*"), "C main stays external:\n" + optimised);
    }

    @Test
    void aProgramWithoutMainMainFailsAndLeavesNoOutput() {
        Path exe = dir.resolve("nomain");
        String noMain = "define void @main.helper(ptr %context) {\n  ret void\n}\n";
        BuildResult result = compiler(BuildOptions.defaults()).build(mainPackage(noMain), exe);
        assertEquals(BuildResult.failure("runtime.main_main·f: function main is undeclared in the main package"), result);
        assertFalse(Files.exists(exe));
        assertEquals(List.of(), filesInDir());
    }

    @Test
    void aFailedBuildRemovesNothingButItsOwnTemporaryFile() throws IOException {
        Path exe = dir.resolve("old");
        Files.writeString(exe, "previous build");
        FrontEnd failing = context -> {
            throw new BuildFailure("x.go:1:1: syntax error: package statement must be first");
        };
        BuildResult result = compiler(BuildOptions.defaults()).build(failing, exe);
        assertEquals(List.of("x.go:1:1: syntax error: package statement must be first"), result.errors());
        assertEquals(List.of(exe), filesInDir());
    }

    @Test
    void anExecutableIsWrittenThroughAFifo() throws Exception {
        Path fifo = OutputFileTest.fifo(dir.resolve("pipe"));
        CompletableFuture<byte[]> read = OutputFileTest.drain(fifo);
        assertEquals(BuildResult.success(), compiler(BuildOptions.defaults()).build(mainPackage(MAIN_PACKAGE), fifo));
        byte[] executable = read.get(60, TimeUnit.SECONDS);
        assertTrue(executable.length > 1000 && executable[0] == 0x7f && executable[1] == 'E', "an ELF executable");
        assertTrue(OutputFileTest.isFifo(fifo), "the FIFO was replaced");
        assertEquals(List.of(fifo), filesInDir());
    }

    @Test
    void refusesToOverwriteASourceFile() throws IOException {
        Path source = dir.resolve("x.go");
        Files.writeString(source, "package main\n");
        BuildResult result = compiler(BuildOptions.defaults()).build(mainPackage(MAIN_PACKAGE), source);
        assertFalse(result.ok());
        assertEquals("package main\n", Files.readString(source));
    }

    @Test
    void buildsOnSeveralThreadsAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<BuildResult>> builds = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Path exe = dir.resolve("parallel" + i);
                builds.add(pool.submit(() -> compiler(BuildOptions.defaults()).build(mainPackage(MAIN_PACKAGE), exe)));
            }
            for (int i = 0; i < 4; i++) {
                assertEquals(BuildResult.success(), builds.get(i).get());
                assertEquals("42\n7\n", ProgramRun.of(dir.resolve("parallel" + i)).stderr());
            }
        } finally {
            pool.shutdown();
        }
    }

    private List<Path> filesInDir() {
        try (var files = Files.list(dir)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
