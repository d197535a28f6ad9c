/*
 * Tests the llgo-build command's behaviour that does not depend on the front end: one-line
 * errors in gc's wording for files that cannot be compiled, exit statuses, usage text, and
 * that a source file is never overwritten.
 */
package llgo.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    private record Outcome(int status, String stdout, String stderr) {
    }

    private Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> resolved = new ArrayList<>();
        for (String arg : args) {
            resolved.add(arg.replace("$DIR", dir.toString()));
        }
        int status = Main.run(resolved, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aMissingFileIsOneLineAndStatusOne() {
        Outcome outcome = run("-o", "$DIR/out", "$DIR/missing.go");
        assertEquals(1, outcome.status());
        assertEquals("open " + dir + "/missing.go: no such file or directory\n", outcome.stderr());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void aFileThatIsNotGoIsRefused() throws IOException {
        Files.writeString(dir.resolve("x.txt"), "package main\n");
        Outcome outcome = run("-o", "$DIR/out", "$DIR/x.txt");
        assertEquals(1, outcome.status());
        assertEquals("named files must be .go files: " + dir + "/x.txt\n", outcome.stderr());
    }

    @Test
    void aDirectoryIsRefused() throws IOException {
        Files.createDirectory(dir.resolve("d.go"));
        Outcome outcome = run("-o", "$DIR/out", "$DIR/d.go");
        assertEquals(1, outcome.status());
        assertEquals("read " + dir + "/d.go: is a directory\n", outcome.stderr());
    }

    @Test
    void aGoSourceFileIsNeverTheOutput() throws IOException {
        Path source = dir.resolve("x.go");
        Files.writeString(source, "package main\n\nfunc main() {}\n");
        Outcome outcome = run("-o", "$DIR/x.go", "$DIR/x.go");
        assertEquals(1, outcome.status());
        assertTrue(outcome.stderr().contains("refusing to overwrite"), outcome.stderr());
        assertEquals("package main\n\nfunc main() {}\n", Files.readString(source));
    }

    @Test
    void usageErrorsPrintTheUsageWithStatusTwo() {
        Outcome outcome = run("-frobnicate", "x.go");
        assertEquals(2, outcome.status());
        assertTrue(outcome.stderr().startsWith("flag provided but not defined: -frobnicate\nusage: llgo-build"),
                outcome.stderr());
    }

    @Test
    void aTypeErrorIsPrintedAsGcPrintsItAndNoOutputIsLeft() throws IOException {
        Files.writeString(dir.resolve("bad.go"), "package main\n\nfunc main() {\n\tvar s string = 1\n\tprintln(s)\n}\n");
        Outcome outcome = run("-o", "$DIR/bad", "$DIR/bad.go");
        assertEquals(1, outcome.status());
        assertEquals(dir + "/bad.go:4:17: cannot use 1 (untyped int constant) as string value in variable declaration\n",
                outcome.stderr());
        assertFalse(Files.exists(dir.resolve("bad")));
    }

    @Test
    void emitLlvmToStandardOutputPrintsTheProgramModule() throws IOException {
        Files.writeString(dir.resolve("p.go"), "package main\n\nfunc main() {\n\tprintln(7)\n}\n");
        Outcome outcome = run("-O0", "-emit-llvm", "-S", "-o", "-", "$DIR/p.go");
        assertEquals(0, outcome.status(), outcome.stderr());
        assertTrue(outcome.stdout().contains("define void @main.main(ptr"), outcome.stdout());
        assertTrue(outcome.stdout().contains("define void @llgo.main()"), outcome.stdout());
        assertEquals(List.of("p.go"), Files.list(dir).map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void runExitsWithTheProgramsStatus() throws IOException {
        Files.writeString(dir.resolve("ok.go"), "package main\n\nfunc main() {\n}\n");
        Files.writeString(dir.resolve("boom.go"), "package main\n\nfunc main() {\n\tpanic(\"boom\")\n}\n");
        assertEquals(0, run("-run", "$DIR/ok.go", "arg").status());
        assertEquals(2, run("-run", "$DIR/boom.go").status());
    }
}
