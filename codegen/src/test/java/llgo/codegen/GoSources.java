/*
 * Compiles Go source files through the real front end for the source-level code generator
 * tests: parse, type-check, build SSA, run the SSA sanity checker on every function, then
 * generate the LLVM module. Any diagnostic fails the test with its position and text.
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
    /** The test programs: X.go, its golden IR X.ll and gc's output X.out. */
    static final Path DIR = Path.of("src/test/resources/codegen");

    private GoSources() {}

    static List<Path> programs() throws IOException {
        try (var files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
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
