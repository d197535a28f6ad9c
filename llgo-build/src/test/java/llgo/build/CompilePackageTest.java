/*
 * Tests Compiler.compilePackage, the "go tool compile -e -p=<name>" of GOROOT/test's
 * compile and errorcheck cases, against Compiler.build on the same sources: any package
 * name compiles (build wants package main), package main needs no func main, every error
 * is reported (build stops at ten with "too many errors", unless -e), and no file is written.
 */
package llgo.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompilePackageTest {
    @TempDir
    Path dir;

    private final Compiler compiler = new Compiler(BuildOptions.defaults(), new PrintStream(PrintStream.nullOutputStream()));

    private Path source(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private List<Path> filesInDir() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    @Test
    void aPackageThatIsNotMainCompilesButDoesNotBuild() throws IOException {
        Path p = source("p.go", """
                package p

                var total int

                func Add(a, b int) int {
                \ttotal += a
                \treturn a + b
                }
                """);
        assertEquals(BuildResult.success(), compiler.compilePackage(List.of(p)));
        assertEquals(List.of(p), filesInDir(), "compilePackage writes nothing");
        assertEquals(BuildResult.failure("package command-line-arguments is not a main package"),
                compiler.build(List.of(p), dir.resolve("p")));
    }

    @Test
    void packageMainWithoutFuncMainCompiles() throws IOException {
        Path m = source("m.go", "package main\n\nfunc helper() int {\n\treturn 1\n}\n");
        assertEquals(BuildResult.success(), compiler.compilePackage(List.of(m)));
        assertFalse(compiler.build(List.of(m), dir.resolve("m")).ok());
    }

    @Test
    void everyErrorIsReportedWhereBuildStopsAtTen() throws IOException {
        StringBuilder text = new StringBuilder("package main\n\nfunc main() {\n");
        List<String> sorted = new ArrayList<>();
        String file = dir.resolve("twelve.go").toString();
        for (int line = 4; line <= 15; line++) {
            text.append("\t_ = undefined").append(line).append('\n');
            sorted.add(file + ":" + line + ":6: undefined: undefined" + line);
        }
        text.append("}\n");
        Path twelve = source("twelve.go", text.toString());

        assertEquals(BuildResult.failure(sorted), compiler.compilePackage(List.of(twelve)));

        List<String> cut = new ArrayList<>(sorted.subList(0, 10));
        cut.add(file + ":13:6: too many errors");
        assertEquals(BuildResult.failure(cut), compiler.build(List.of(twelve), dir.resolve("twelve")));

        Compiler allErrors = new Compiler(BuildOptions.defaults().withAllErrors(true),
                new PrintStream(PrintStream.nullOutputStream()));
        assertEquals(BuildResult.failure(sorted), allErrors.build(List.of(twelve), dir.resolve("twelve")), "-e");
        assertEquals(List.of(twelve), filesInDir());
    }

    @Test
    void unreadableInputIsOneLine() {
        assertEquals(BuildResult.failure("open " + dir + "/missing.go: no such file or directory"),
                compiler.compilePackage(List.of(dir.resolve("missing.go"))));
    }
}
