package llgo.ssa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every program of the test corpus (tests/testdata) and of src/test/resources/ssa builds
 * without diagnostics and passes the sanity checker in every function; a few structural
 * facts of the results are checked on corpus programs (gc symbol names, globals, init
 * order, closures, instruction kinds).
 */
class ProgramsTest {

    @TestFactory
    Stream<DynamicTest> everyProgramBuildsAndIsSane() throws IOException {
        return SsaTestSupport.programs().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            Package pkg = SsaTestSupport.buildFile(p);
            assertNotNull(pkg.function("main.main"), "main.main");
            assertNotNull(pkg.init(), "main.init");
            for (Function f : SsaTestSupport.allFunctions(pkg)) {
                assertFalse(Printer.function(f).isEmpty());
            }
        }));
    }

    private static Package program(String name) throws IOException {
        return SsaTestSupport.buildFile(SsaTestSupport.CORPUS.resolve(name));
    }

    private static long count(Function f, Class<?> kind) {
        return f.blocks().stream().flatMap(b -> b.instrs().stream()).filter(kind::isInstance).count();
    }

    @Test
    void methodSymbolsAreGcNames() throws IOException {
        Package p = program("methods.go");
        assertNotNull(p.function("main.(*Counter).Inc"));
        assertNotNull(p.function("main.(*Counter).Add"));
        assertNotNull(p.function("main.Counter.Get"));
        assertTrue(p.namedTypes().containsKey("main.Counter"));
        Function inc = p.function("main.(*Counter).Inc");
        assertEquals("c", inc.params().get(0).name());
        assertInstanceOf(llgo.frontend.types.Type.Pointer.class, inc.params().get(0).type());
    }

    @Test
    void recursiveCallIsStatic() throws IOException {
        Function fib = program("fib.go").function("main.fib");
        List<Instruction.Call> calls = fib.blocks().stream().flatMap(b -> b.instrs().stream())
                .filter(i -> i instanceof Instruction.Call).map(i -> (Instruction.Call) i).toList();
        assertEquals(2, calls.size());
        for (Instruction.Call c : calls) assertEquals(fib, c.callee());
    }

    @Test
    void globalsAndInitOrder() throws IOException {
        Package p = program("collections.go");
        Global table = (Global) p.members().get("main.table");
        assertNotNull(table);
        assertInstanceOf(llgo.frontend.types.Type.Pointer.class, table.type());
        assertNotNull(p.function("main.init.0"));
        assertNotNull(p.function("main.init.1"));
        String init = Printer.function(p.init());
        assertTrue(init.indexOf("main.init.0()") < init.indexOf("main.init.1()"), init);
        assertTrue(init.contains("*main.table = "), init);
    }

    @Test
    void closuresCaptureHeapVariables() throws IOException {
        Package p = program("closures.go");
        Function counter = p.function("main.counter");
        Function lit = counter.anonFuncs().get(0);
        assertEquals("main.counter$1", lit.symbol());
        assertEquals(1, lit.freeVars().size());
        assertEquals("*int", llgo.frontend.types.Types.typeString(lit.freeVars().get(0).type()));
        assertEquals(1, count(counter, Instruction.MakeClosure.class));
        assertTrue(counter.blocks().get(0).instrs().stream().anyMatch(i -> i instanceof Instruction.Alloc a && a.heap()));
        Function main = p.function("main.main");
        // the inner-most literal captures total through the middle one
        Function middle = main.anonFuncs().stream().filter(f -> !f.anonFuncs().isEmpty()).findFirst().orElseThrow();
        assertEquals(1, middle.anonFuncs().get(0).freeVars().size());
    }

    @Test
    void panicIsATerminatorAndConstantsStayConstants() throws IOException {
        Package p = program("defers.go");
        Function must = p.function("main.mustPositive");
        assertEquals(1, count(must, Instruction.Panic.class));
        Function safe = p.function("main.safeDiv");
        assertEquals(1, count(safe, Instruction.Defer.class));
        assertTrue(count(safe, Instruction.RunDefers.class) >= 1);
        Function hello = program("printargs.go").function("main.main");
        assertEquals(0, count(hello, Instruction.BinOp.class));
        assertEquals(0, count(hello, Instruction.Convert.class));
    }

    @Test
    void arithmeticKeepsGoTypes() throws IOException {
        Function f = program("arith.go").function("main.int32s");
        List<Instruction.BinOp> ops = f.blocks().stream().flatMap(b -> b.instrs().stream())
                .filter(i -> i instanceof Instruction.BinOp).map(i -> (Instruction.BinOp) i).toList();
        assertEquals(10, ops.size());
        for (Instruction.BinOp op : ops) assertEquals("int32", op.type().toString());
        Function u = program("arith.go").function("main.uint8s");
        assertTrue(u.blocks().stream().flatMap(b -> b.instrs().stream())
                .filter(i -> i instanceof Instruction.BinOp).allMatch(i -> ((Instruction.BinOp) i).type().toString().equals("uint8")));
    }

    @Test
    void interfacesUseInvokeAndMakeInterface() throws IOException {
        Package p = program("interfaces.go");
        Function main = p.function("main.main");
        assertTrue(main.blocks().stream().flatMap(b -> b.instrs().stream())
                .anyMatch(i -> i instanceof Instruction.Call c && c.isInvoke()));
        assertTrue(count(main, Instruction.MakeInterface.class) > 0);
        assertTrue(count(main, Instruction.TypeAssert.class) > 0);
        assertTrue(p.members().keySet().stream().anyMatch(s -> s.endsWith("$bound")));
        assertTrue(p.members().keySet().stream().anyMatch(s -> s.endsWith("$thunk")));
    }


    @Test
    void genericFunctionsThatAreNotInstantiatedAreNotBuilt() {
        var diag = new llgo.frontend.Diagnostics();
        String src = "package main\n\nfunc Id[T any](x T) T { return x }\n\nfunc main() {}\n";
        var file = llgo.frontend.syntax.Parser.parse("gen.go", src.getBytes(java.nio.charset.StandardCharsets.UTF_8), diag);
        var info = new llgo.frontend.types.Info();
        var tp = llgo.frontend.types.Checker.check("main", List.of(file), llgo.frontend.types.Importer.NONE, info, diag);
        Package p = Builder.build(tp, List.of(file), info, diag);
        assertTrue(!diag.hasErrors(), diag.sorted().toString());
        assertTrue(p.members().keySet().stream().noneMatch(s -> s.startsWith("main.Id")), p.members().keySet().toString());
        assertNotNull(p.function("main.main"));
    }

    @Test
    void genericCodeIsBuiltOncePerListOfTypeArguments() {
        var diag = new llgo.frontend.Diagnostics();
        String src = "package main\n\nfunc Id[T any](x T) T { return x }\n\ntype Box[T any] struct{ v T }\n\n"
                + "func (b *Box[T]) Get() T { return Id(b.v) }\n\n"
                + "func main() {\n\tvar b Box[int]\n\tprintln(Id(b.v), Id[int](1), b.Get(), Id(\"s\"))\n}\n";
        var file = llgo.frontend.syntax.Parser.parse("gen.go", src.getBytes(java.nio.charset.StandardCharsets.UTF_8), diag);
        var info = new llgo.frontend.types.Info();
        var tp = llgo.frontend.types.Checker.check("main", List.of(file), llgo.frontend.types.Importer.NONE, info, diag);
        assertTrue(!diag.hasErrors(), diag.sorted().toString());
        Package p = Builder.build(tp, List.of(file), info, diag);
        assertTrue(!diag.hasErrors(), diag.sorted().toString());
        List<String> instances = p.members().values().stream()
                .filter(m -> m instanceof Function f && f.isInstance()).map(Member::symbol).sorted().toList();
        assertEquals(List.of("main.(*Box[int]).Get", "main.Id[int]", "main.Id[string]"), instances);
        Function get = p.function("main.(*Box[int]).Get");
        assertEquals("*main.Box[int]", llgo.frontend.types.Types.typeString(get.params().get(0).type()));
        assertEquals("int", llgo.frontend.types.Types.typeString(get.signature().results().type(0)));
        assertTrue(p.function("main.Id[string]").signature().typeParams().isEmpty());
    }

    @Test
    void embedPassesTheCheckerAndIsReportedAsNotYetSupportedByTheBuilder() {
        var diag = new llgo.frontend.Diagnostics();
        String src = "package main\n\nimport _ \"embed\"\n\n//go:embed x.txt\nvar s string\n\nfunc main() { println(s) }\n";
        var file = llgo.frontend.syntax.Parser.parse("e.go", src.getBytes(java.nio.charset.StandardCharsets.UTF_8), diag);
        var info = new llgo.frontend.types.Info();
        llgo.frontend.types.Importer embed = (path, pos, d) ->
                new llgo.frontend.types.Package(path, path, llgo.frontend.types.Universe.SCOPE);
        var tp = llgo.frontend.types.Checker.check("main", List.of(file), embed, info, diag);
        assertTrue(!diag.hasErrors(), diag.sorted().toString());
        Builder.build(tp, List.of(file), info, diag);
        assertEquals(List.of("e.go:5:3: not yet supported: go:embed"), diag.sorted().stream().map(Object::toString).toList());
    }
}
