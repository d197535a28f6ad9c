package llgo.ssa;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import llgo.frontend.Diagnostics;
import llgo.frontend.syntax.File;
import llgo.frontend.syntax.Parser;
import llgo.frontend.types.Checker;
import llgo.frontend.types.Importer;
import llgo.frontend.types.Info;

/**
 * Builds Go test programs through parser, checker and SSA builder, failing the test on any
 * diagnostic, and runs {@link Sanity} on every function, literals and wrappers included.
 * The programs are the one test corpus, tests/testdata (which the tests module also runs
 * and compares with gc), and the few in src/test/resources/ssa that use what the code
 * generator does not support yet (channels, go statements), so cannot run.
 */
final class SsaTestSupport {
    private SsaTestSupport() {}

    /** SSA-only programs, and golden/ with the printed-SSA tests. */
    static final Path PROGRAMS = Path.of("src/test/resources/ssa");
    /** The test corpus (relative to this module's directory, where Maven runs its tests). */
    static final Path CORPUS = Path.of("../tests/testdata");

    static Package build(String name, String source) {
        Diagnostics diag = new Diagnostics();
        File f = Parser.parse(name, source.getBytes(StandardCharsets.UTF_8), diag);
        failOn(diag, "parse", name);
        Info info = new Info();
        llgo.frontend.types.Package tp = Checker.check("main", List.of(f), Importer.NONE, info, diag);
        failOn(diag, "check", name);
        Package p = Builder.build(tp, List.of(f), info, diag);
        if (diag.hasErrors()) fail("build " + name + ":\n" + messages(diag) + "\n" + Printer.pkg(p));
        for (Function fn : allFunctions(p)) Sanity.check(fn);
        return p;
    }

    static Package buildFile(Path file) throws IOException {
        return build(file.getFileName().toString(), Files.readString(file));
    }

    private static void failOn(Diagnostics diag, String stage, String name) {
        if (diag.hasErrors()) fail(stage + " " + name + ":\n" + messages(diag));
    }

    private static String messages(Diagnostics diag) {
        return diag.sorted().stream().map(d -> d.pos() + ": " + d.message()).collect(Collectors.joining("\n"));
    }

    /** Every function of p: members and, recursively, their function literals. */
    static List<Function> allFunctions(Package p) {
        List<Function> out = new ArrayList<>();
        for (Member m : p.members().values()) if (m instanceof Function f) addWithLiterals(out, f);
        return out;
    }

    private static void addWithLiterals(List<Function> out, Function f) {
        out.add(f);
        for (Function a : f.anonFuncs()) addWithLiterals(out, a);
    }

    /** The corpus programs, then the SSA-only ones. */
    static List<Path> programs() throws IOException {
        List<Path> out = new ArrayList<>(goFiles(CORPUS));
        out.addAll(goFiles(PROGRAMS));
        return out;
    }

    private static List<Path> goFiles(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
    }
}
