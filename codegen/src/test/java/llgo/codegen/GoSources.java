/*
 * Compiles Go source files through the real front end for the source-level code generator
 * tests: parse, type-check, build SSA, run the SSA sanity checker on every function, then
 * generate the LLVM module. Any diagnostic fails the test with its position and text.
 * The programs are those of the one test corpus, tests/testdata (run and compared with gc
 * by the tests module's GoldenTest through the driver); this module keeps only the golden
 * IR of some of them.
 */
package llgo.codegen;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import llgo.frontend.Diagnostics;
import llgo.frontend.syntax.File;
import llgo.frontend.syntax.Parser;
import llgo.frontend.types.Checker;
import llgo.frontend.types.Importer;
import llgo.frontend.types.Info;
import llgo.ssa.Builder;
import llgo.ssa.Function;
import llgo.ssa.Member;
import llgo.ssa.Sanity;

final class GoSources {
    /** The golden IR: X.ll for the corpus program X.go. */
    static final Path GOLDEN_IR = Path.of("src/test/resources/codegen");
    /** The test corpus (relative to this module's directory, where Maven runs its tests). */
    static final Path CORPUS = Path.of("../tests/testdata");

    private GoSources() {}

    /** The corpus programs that have golden IR. */
    static List<Path> programs() throws IOException {
        try (var files = Files.list(GOLDEN_IR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ll")).sorted()
                    .map(n -> CORPUS.resolve(n.replaceAll("\\.ll$", ".go"))).toList();
        }
    }

    /** The golden IR file of a corpus program. */
    static Path goldenIr(Path source) {
        return GOLDEN_IR.resolve(source.getFileName().toString().replaceAll("\\.go$", ".ll"));
    }

    /** The SSA package of one main-package file. */
    static llgo.ssa.Package build(Path file) throws IOException {
        return build(file.getFileName().toString(), Files.readAllBytes(file));
    }

    /** The SSA package of one main-package file named name with the given source. */
    static llgo.ssa.Package build(String name, byte[] source) {
        Diagnostics diag = new Diagnostics();
        File f = Parser.parse(name, source, diag);
        failOn(diag, "parse", name);
        Info info = new Info();
        llgo.frontend.types.Package types = Checker.check("main", List.of(f), Importer.NONE, info, diag);
        failOn(diag, "type-check", name);
        llgo.ssa.Package pkg = Builder.build(types, List.of(f), info, diag);
        failOn(diag, "SSA build", name);
        for (Member m : pkg.members().values()) if (m instanceof Function fn) sanityCheck(fn);
        return pkg;
    }

    private static void sanityCheck(Function fn) {
        Sanity.check(fn);
        for (Function anon : fn.anonFuncs()) sanityCheck(anon);
    }

    private static void failOn(Diagnostics diag, String stage, String name) {
        if (diag.hasErrors()) {
            fail(stage + " " + name + ":\n" + diag.sorted().stream().map(Object::toString).collect(Collectors.joining("\n")));
        }
    }
}
