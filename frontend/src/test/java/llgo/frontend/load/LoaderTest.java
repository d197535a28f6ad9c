/*
 * The Loader on small module trees written to a temporary directory: packages of the main
 * module, a local replacement and vendor/, imports from GOROOT, and each load error with
 * its position and the go command's wording (missing package, import cycle, mixed package
 * names, importing a program, cgo); also directives (linkname, embed, missing bodies).
 */
package llgo.frontend.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import llgo.frontend.Diagnostic;
import llgo.frontend.Diagnostics;
import llgo.frontend.syntax.File;
import llgo.frontend.syntax.Parser;
import llgo.frontend.types.Obj;

class LoaderTest {
    private static final Path GOROOT = Path.of("/usr/lib/go-1.19");

    @TempDir Path dir;

    private void write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private Loader loader() { return new Loader(BuildContext.llgo(), GOROOT, dir); }

    private static List<String> errors(LoadedPackage p) {
        return p.allErrors().stream().map(Diagnostic::toString).toList();
    }

    private LoadedPackage checkMain(String src, boolean complete) {
        Diagnostics diag = new Diagnostics();
        File f = Parser.parse("main.go", src.getBytes(StandardCharsets.UTF_8), diag);
        assertEquals(List.of(), diag.sorted());
        return loader().checkFiles("main", List.of(f), complete);
    }

    @Test
    void moduleReplaceAndVendor() throws IOException {
        write("go.mod", "module example.com/m\n\ngo 1.19\n\nrequire (\n\tother.org/r v1.0.0 // indirect\n)\n"
                + "replace (\n\tother.org/r v1.0.0 => ./third_party/r\n)\n");
        write("a/a.go", "package a\n\nimport (\n\t\"example.com/m/a/b\"\n\t\"other.org/r\"\n\t\"vend.io/v\"\n)\n\n"
                + "const A = b.B + r.R + v.V\n");
        write("a/b/b.go", "package b\n\nimport \"math/bits\"\n\nconst B = bits.UintSize\n");
        write("a/b/b_windows.go", "package b\n\nconst B = 1\n");
        write("a/b/ignored.go", "//go:build ignore\n\npackage b\n\nconst B = 2\n");
        write("a/b/_skip.go", "syntax error\n");
        write("third_party/r/go.mod", "module other.org/r\n");
        write("third_party/r/r.go", "package r\n\nconst R = 100\n");
        write("vendor/modules.txt", "# vend.io/v v1.0.0\n## explicit\nvend.io/v\n");
        write("vendor/vend.io/v/v.go", "package v\n\nconst V = 1000\n");
        LoadedPackage a = loader().load("example.com/m/a");
        assertEquals(List.of(), errors(a));
        Obj.Const c = (Obj.Const) a.types().scope().lookup("A");
        assertEquals("1164", c.value().toString());
        assertEquals(List.of("example.com/m/a/b", "other.org/r", "vend.io/v"),
                a.imports().stream().map(LoadedPackage::path).toList());
    }

    @Test
    void vendoredStandardPackages() throws Exception {
        PackageLocator std = new PackageLocator(GOROOT, null);
        PackageLocator.Location idna = std.locate("golang.org/x/net/idna", "net/http");
        assertEquals("vendor/golang.org/x/net/idna", idna.path());
        assertTrue(idna.standard());
        assertEquals("cmd/vendor/golang.org/x/mod/module", std.locate("golang.org/x/mod/module", "cmd/go").path());
        assertEquals("vendor/golang.org/x/net/idna", std.canonical("vendor/golang.org/x/net/idna").path());
        assertEquals("package vendor/golang.org/x/net/idna is not in GOROOT (/usr/lib/go-1.19/src/vendor/golang.org/x/net/idna)",
                org.junit.jupiter.api.Assertions.assertThrows(PackageLocator.NotFound.class,
                        () -> std.locate("vendor/golang.org/x/net/idna", null)).getMessage());
        assertEquals("local import \"./x\" in non-local package",
                org.junit.jupiter.api.Assertions.assertThrows(PackageLocator.NotFound.class,
                        () -> std.locate("./x", null)).getMessage());
    }

    @Test
    void standardPackagesAreSharedAndCheckedOnce() {
        LoadedPackage one = loader().load("unicode/utf8");
        LoadedPackage two = loader().load("unicode/utf8");
        assertTrue(one.ok(), () -> errors(one).toString());
        assertSame(one.types(), two.types());
        assertNull(one.info(), "standard packages keep no side tables");
    }

    @Test
    void qualifiedIdentifiersAndImportNames() {
        LoadedPackage p = checkMain("package main\n\nimport (\n\tb \"math/bits\"\n\t. \"unicode/utf8\"\n\t_ \"errors\"\n)\n\n"
                + "var n = b.UintSize + UTFMax\n\nfunc main() {}\n", true);
        assertEquals(List.of(), errors(p));
        LoadedPackage q = checkMain("package main\n\nimport (\n\t\"math/bits\"\n\tu \"unicode/utf8\"\n\t. \"errors\"\n)\n\n"
                + "var n = bits.uintSize + bits.Len\n\nfunc main() {}\n", true);
        assertEquals(List.of("main.go:5:2: imported and not used: \"unicode/utf8\" as u",
                "main.go:6:2: imported and not used: \"errors\"",
                "main.go:9:14: undefined: bits.uintSize"), errors(q));
    }

    @Test
    void importNameConflicts() {
        LoadedPackage p = checkMain("package main\n\nimport (\n\t\"math/bits\"\n\tb \"unicode/utf8\"\n\tb \"math/bits\"\n"
                + "\t. \"unicode/utf8\"\n)\n\nvar bits = b.UTFMax\nvar UTFMax = 2\n\nfunc main() {}\n", true);
        assertEquals(List.of("main.go:4:2: imported and not used: \"math/bits\"",
                "main.go:6:2: b redeclared in this block\n\tmain.go:5:2: other declaration of b",
                "main.go:6:2: imported and not used: \"math/bits\" as b",
                "main.go:7:2: imported and not used: \"unicode/utf8\"",
                "main.go:10:5: bits already declared through import of package bits (\"math/bits\")\n\tmain.go:4:2: other declaration of bits",
                "main.go:11:5: UTFMax already declared through dot-import of package utf8 (\"unicode/utf8\")\n"
                        + "\t/usr/lib/go-1.19/src/unicode/utf8/utf8.go:19:2: other declaration of UTFMax"), errors(p));
    }

    @Test
    void missingPackages() throws IOException {
        LoadedPackage p = checkMain("package main\n\nimport \"nosuch/pkg\"\n\nfunc main() {}\n", true);
        assertEquals(List.of("main.go:3:8: package nosuch/pkg is not in GOROOT (/usr/lib/go-1.19/src/nosuch/pkg)"), errors(p));
        p = checkMain("package main\n\nimport \"example.org/x\"\n\nfunc main() {}\n", true);
        assertEquals(List.of("main.go:3:8: no required module provides package example.org/x: go.mod file not found "
                + "in current directory or any parent directory; see 'go help modules'"), errors(p));
        write("go.mod", "module example.com/m\n");
        write("empty/README", "no Go here\n");
        write("prog/main.go", "package main\n\nfunc main() {}\n");
        p = checkMain("package main\n\nimport (\n\t\"example.org/x\"\n\t\"example.com/m/empty\"\n\t\"example.com/m/prog\"\n)\n\nfunc main() {}\n", true);
        assertEquals(List.of("main.go:4:2: no required module provides package example.org/x; to add it:\n\tgo get example.org/x",
                "main.go:5:2: no Go files in " + dir.resolve("empty"),
                "main.go:6:2: import \"example.com/m/prog\" is a program, not an importable package"), errors(p));
    }

    @Test
    void invalidImportPaths() {
        LoadedPackage p = checkMain("package main\n\nimport (\n\t\"\"\n\t\"a b\"\n\t\"x\\ty\"\n\t\"unicode//utf8\"\n\t\"/abs\"\n)\n\nfunc main() {}\n", true);
        assertEquals(List.of("main.go:4:2: invalid import path (empty string)",
                "main.go:5:2: invalid import path (invalid character U+0020 ' ')",
                "main.go:6:2: invalid import path (invalid character U+0009)",
                "main.go:7:2: could not import unicode//utf8 (non-canonical import path \"unicode//utf8\" (should be \"unicode/utf8\"))",
                "main.go:8:2: could not import /abs (import path cannot be absolute path)"), errors(p));
    }

    @Test
    void importCycle() throws IOException {
        write("go.mod", "module example.com/m\n");
        write("a/a.go", "package a\n\nimport \"example.com/m/b\"\n\nvar A = b.B\n");
        write("b/b.go", "package b\n\nimport \"example.com/m/c\"\n\nvar B = c.C\n");
        write("c/c.go", "package c\n\nimport \"example.com/m/a\"\n\nvar C = a.A\n");
        LoadedPackage a = loader().load("example.com/m/a");
        List<String> e = errors(a);
        assertEquals(1, e.size(), e::toString);
        assertTrue(e.get(0).startsWith("c/c.go:3:8: import cycle not allowed\n\tpackage example.com/m/a\n\t\timports example.com/m/b\n"
                + "\t\timports example.com/m/c\n\t\timports example.com/m/a"), e.get(0));
    }

    @Test
    void packageClauseMismatchAndCgo() throws IOException {
        write("go.mod", "module example.com/m\n");
        write("p/a.go", "package p\n");
        write("p/b.go", "package q\n");
        write("p/c.go", "package p\n\nimport \"C\"\n");
        LoadedPackage p = loader().load("example.com/m/p");
        assertEquals(List.of("p/b.go:1:9: found packages p (a.go) and q (b.go) in " + dir.resolve("p")), errors(p));
        LoadedPackage m = checkMain("package main\n\nimport \"C\"\n\nfunc main() {}\n", true);
        assertEquals(List.of("main.go:3:8: not supported: cgo"), errors(m));
    }

    @Test
    void directives() {
        LoadedPackage p = checkMain("package main\n\n//go:linkname f runtime.f\nfunc f()\n\n"
                + "func g()\n\n//go:embed x.txt\nvar s string\n\nfunc main() {}\n", true);
        assertEquals(List.of("main.go:3:3: //go:linkname only allowed in Go files that import \"unsafe\"",
                "main.go:4:6: missing function body", "main.go:6:6: missing function body",
                "main.go:8:3: go:embed only allowed in Go files that import \"embed\""), errors(p));
        Diagnostics diag = new Diagnostics();
        File embeds = Parser.parse("e.go", "package p\n\nimport _ \"embed\"\n\n//go:embed x.txt\nvar s string\n"
                .getBytes(StandardCharsets.UTF_8), diag);
        DirectiveCheck.check(List.of(embeds), new llgo.frontend.types.Package("p", "p", llgo.frontend.types.Universe.SCOPE),
                true, diag);
        assertEquals(List.of(), diag.sorted().stream().map(Diagnostic::toString).toList(),
                "a well-placed go:embed is no type error (ssa's Builder reports it as not yet supported)");
        p = checkMain("package main\n\nimport _ \"unsafe\"\n\n//go:linkname f runtime.f\nfunc f()\n\nfunc g()\n\nfunc main() {}\n", false);
        assertEquals(List.of(), errors(p), "without -complete a body may be missing");
        p = checkMain("package main\n\nimport _ \"unsafe\"\n\n//go:linkname f runtime.f\nfunc f()\n\nfunc main() {}\n", true);
        assertEquals(List.of(), errors(p), "a linkname supplies the body");
        p = checkMain("package main\n\nimport _ \"unsafe\"\n\n//go:linkname\n//go:linkname nosuch runtime.x\n"
                + "//go:linkname a b c d\n//go:noescape\nfunc f() {}\n\n//go:linkname T\ntype T int\n\nfunc main() {}\n", true);
        // gc: a bare //go:linkname is no linkname; a usage error, found while parsing, hides the rest
        assertEquals(List.of("main.go:7:3: usage: //go:linkname localname [linkname]"), errors(p));
        p = checkMain("package main\n\nimport _ \"unsafe\"\n\n//go:linkname nosuch runtime.x\n"
                + "//go:noescape\nfunc f() {}\n\n//go:linkname T\ntype T int\n\nfunc main() {}\n", true);
        assertEquals(List.of("main.go:5:3: //go:linkname must refer to declared function or variable",
                "main.go:7:6: can only use //go:noescape with external func implementations",
                "main.go:9:3: //go:linkname must refer to declared function or variable"), errors(p));
    }

    @Test
    void directivePlacement() {
        // gc 1.19 (go tool compile -e): errors found while parsing hide those of placement on declarations
        LoadedPackage p = checkMain("package main\n\nimport _ \"unsafe\"\n\n//go:noinline\ntype T int\n\nfunc f() {\n"
                + "\t//go:noinline\n\tx := 1\n\t_ = x\n}\n\n//go:notinheap\ntype U int\n\n//go:nowritebarrier\nfunc g() {}\n\n"
                + "var v int //go:noinline\n\n//go:linkname v w\n//go:linkname v z\nfunc main() {}\n\n//go:nosplit\n", true);
        assertEquals(List.of("main.go:9:4: misplaced compiler directive",
                "main.go:17:3: //go:nowritebarrier only allowed in runtime",
                "main.go:20:13: misplaced compiler directive", "main.go:26:3: misplaced compiler directive"), errors(p));
        p = checkMain("package main\n\nimport _ \"unsafe\"\n\n//go:noinline\ntype T int\n\nvar v int\n\n"
                + "//go:linkname v w\n//go:linkname v z\nfunc main() {}\n", true);
        assertEquals(List.of("main.go:5:3: misplaced compiler directive", "main.go:11:3: duplicate //go:linkname for v"),
                errors(p));
    }

    @Test
    void testPackages() throws IOException {
        write("go.mod", "module example.com/m\n");
        write("t/t.go", "package t\n\nconst X = 1\n");
        write("t/t_test.go", "package t\n\nconst Y = X + 1\n");
        write("t/x_test.go", "package t_test\n\nimport \"example.com/m/t\"\n\nconst Z = t.Y + 1\n");
        Loader.Tested t = loader().loadTests("example.com/m/t");
        assertEquals(List.of(), errors(t.internal()));
        assertNotNull(t.external());
        assertEquals(List.of(), errors(t.external()));
        assertEquals("t_test", t.external().types().name());
    }

    @Test
    void importersOfTheTestedPackageAreCheckedAgainstItsTestVariant() throws IOException {
        write("go.mod", "module example.com/m\n");
        write("t/t.go", "package t\n\ntype T struct{ N int }\n");
        write("t/t_test.go", "package t\n\nfunc helper() {}\n");
        write("u/u.go", "package u\n\nimport \"example.com/m/t\"\n\nfunc Use(*t.T) {}\n");
        write("v/v.go", "package v\n\nimport \"example.com/m/u\"\n\nvar Use = u.Use\n");
        write("w/w.go", "package w\n\nconst W = 1\n");
        write("t/x_test.go", "package t_test\n\nimport (\n\t\"example.com/m/t\"\n\t\"example.com/m/u\"\n"
                + "\t\"example.com/m/v\"\n\t\"example.com/m/w\"\n)\n\n"
                + "func f() { u.Use(&t.T{}); v.Use(&t.T{N: w.W}) }\n");
        Loader loader = loader();
        Loader.Tested t = loader.loadTests("example.com/m/t");
        assertEquals(List.of(), errors(t.internal()));
        assertEquals(List.of(), errors(t.external()), "u and v see t with its _test.go files, as go test builds them");
        LoadedPackage u = t.external().imports().stream().filter(p -> p.path().equals("example.com/m/u")).findFirst().orElseThrow();
        assertSame(t.internal(), u.imports().get(0), "u [t.test] imports t [t.test]");
        assertTrue(u != loader.load("example.com/m/u"), "the ordinary u is another package");
        LoadedPackage w = t.external().imports().stream().filter(p -> p.path().equals("example.com/m/w")).findFirst().orElseThrow();
        assertSame(loader.load("example.com/m/w"), w, "w does not depend on t: not checked again");
    }
}
