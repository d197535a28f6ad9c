/*
 * Deeply nested programs that the parser accepts compile through every stage (parse,
 * check, SSA, codegen) whatever the caller's stack: the build is started on a thread with
 * a small stack, and the stages must run on their own deep-stack thread (DeepStack).
 * Nesting beyond the parser's limit is one positioned error in go/parser's wording.
 */
package llgo.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeepNestingTest {
    /** Smaller than any JVM's default thread stack. */
    private static final long SMALL_STACK = 256 * 1024;

    @TempDir
    Path dir;

    private BuildResult compileOnSmallStack(String name, String body) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, "package main\n\nfunc main() {\n\tx := 1\n" + body + "\n\tprintln(x)\n}\n");
        Compiler compiler = new Compiler(BuildOptions.defaults(), new PrintStream(PrintStream.nullOutputStream()));
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                outcome.set(compiler.compilePackage(List.of(file)));
            } catch (Throwable e) {
                outcome.set(e);
            }
        }, "small-stack", SMALL_STACK);
        t.start();
        t.join();
        if (outcome.get() instanceof Throwable e) throw new AssertionError("build threw", e);
        return (BuildResult) outcome.get();
    }

    @Test
    void deepButAcceptedNestingCompiles() throws Exception {
        int n = 2_500;
        assertEquals(BuildResult.success(), compileOnSmallStack("parens.go",
                "\tx = " + "(".repeat(n) + "x" + ")".repeat(n)));
        assertEquals(BuildResult.success(), compileOnSmallStack("sum.go", "\tx = " + "x+".repeat(5_000) + "x"));
        assertEquals(BuildResult.success(), compileOnSmallStack("blocks.go", "\t" + "{".repeat(n) + "x++" + "}".repeat(n)));
        assertEquals(BuildResult.success(), compileOnSmallStack("ifs.go",
                "\t" + "if x > 0 {".repeat(1_500) + "x++" + "}".repeat(1_500)));
    }

    /** The error is at the bracket that opens level 3,001, counting main's body as the first. */
    @Test
    void nestingBeyondTheLimitIsOnePositionedError() throws Exception {
        BuildResult r = compileOnSmallStack("deep.go", "\tx = " + "(".repeat(100_000) + "x" + ")".repeat(100_000));
        String file = dir.resolve("deep.go").toString();
        assertEquals(BuildResult.failure(file + ":5:3005: exceeded max nesting depth"), r);
    }
}
