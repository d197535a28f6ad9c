/*
 * Unit tests of the checker's side tables: constant folding and the final types of
 * untyped constant expressions in info.types (what the SSA builder reads), selections
 * through embedding with index paths and indirection, implicit objects of type switch
 * clauses, definitions and uses, the package initialisation order, and the instances of
 * generic types and functions (explicit, partial and inferred) with instance identity.
 */
package llgo.frontend.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import llgo.frontend.Diagnostics;
import llgo.frontend.constant.Value;
import llgo.frontend.syntax.Expr;
import llgo.frontend.syntax.File;
import llgo.frontend.syntax.Parser;

class InfoTest {
    private Info info;

    private void check(String src) {
        Diagnostics diag = new Diagnostics();
        File f = Parser.parse("t.go", src.getBytes(StandardCharsets.UTF_8), diag);
        info = new Info();
        Checker.check("main", List.of(f), Importer.NONE, info, diag);
        if (diag.hasErrors()) fail("unexpected errors: " + diag.sorted());
    }

    /** The recorded expressions whose source text (as printed) is s, in source order. */
    private List<Map.Entry<Expr, TypeAndValue>> find(String s) {
        TypeStrings ts = new TypeStrings(null);
        List<Map.Entry<Expr, TypeAndValue>> out = new ArrayList<>();
        for (Map.Entry<Expr, TypeAndValue> e : info.types.entrySet()) if (ts.expr(e.getKey()).equals(s)) out.add(e);
        out.sort((a, b) -> a.getKey().pos().compareTo(b.getKey().pos()));
        if (out.isEmpty()) fail("no expression " + s + " recorded");
        return out;
    }

    private TypeAndValue one(String s) {
        List<Map.Entry<Expr, TypeAndValue>> l = find(s);
        assertEquals(1, l.size(), "expressions " + s);
        return l.get(0).getValue();
    }

    private static String type(TypeAndValue tv) { return Types.typeString(tv.type()); }

    @Test
    void untypedConstantsGetTheirFinalType() {
        check("""
            package main
            func f(x int64) {}
            func main() {
                var a int32 = 7
                var b float32 = 0.1
                f(40 + 2)
                var c = 'x'
                var d uint8 = 255
                s := []int{1}
                _ = s[0]
                println(a, b, c, d, 12)
            }
            """);
        TypeAndValue seven = one("7");
        assertEquals("int32", type(seven));
        assertEquals(TypeAndValue.Mode.CONSTANT, seven.mode());
        assertEquals(new Value.Int(BigInteger.valueOf(7)), seven.value());
        TypeAndValue tenth = one("0.1");
        assertEquals("float32", type(tenth));
        assertEquals(new BigDecimal((float) 0.1), ((Value.Float) tenth.value()).value(), "rounded to float32");
        TypeAndValue sum = one("40 + 2");
        assertEquals("int64", type(sum));
        assertEquals(new Value.Int(BigInteger.valueOf(42)), sum.value());
        assertEquals("int32", type(one("'x'")));
        assertEquals("uint8", type(one("255")));
        assertEquals("int", type(one("0")));
        assertEquals("int", type(one("12")), "println converts untyped constants to their default type");
    }

    @Test
    void constantFoldingOfDeclarations() {
        check("""
            package main
            const (
                A = iota * 10
                B
                C = "x" + "y"
                D = 1 << 62 >> 60
                E = 7 / 2
                F = 7 / 2.0
                G int8 = -128
                H = len("héllo")
            )
            func main() { println(A, B, C, D, E, F, G, H) }
            """);
        Obj.Const b = (Obj.Const) info.defs.entrySet().stream().filter(e -> e.getKey().name().equals("B")).findFirst().get().getValue();
        assertEquals(new Value.Int(BigInteger.TEN), b.value());
        assertEquals("untyped int", Types.typeString(b.type()));
        assertEquals(new Value.Str("xy"), one("\"x\" + \"y\"").value());
        assertEquals(new Value.Int(BigInteger.valueOf(4)), one("1 << 62 >> 60").value());
        assertEquals(new Value.Int(BigInteger.valueOf(3)), one("7 / 2").value());
        assertEquals(0, new BigDecimal("3.5").compareTo(((Value.Float) one("7 / 2.0").value()).value()));
        assertEquals(new Value.Int(BigInteger.valueOf(-128)), one("-128").value());
        assertEquals(new Value.Int(BigInteger.valueOf(6)), one("len(\"héllo\")").value());
        // uses in println get the default types
        List<Map.Entry<Expr, TypeAndValue>> uses = find("F");
        assertEquals("float64", type(uses.get(uses.size() - 1).getValue()));
    }

    @Test
    void comparisonsConvertOperandsAndYieldUntypedBool() {
        check("""
            package main
            func main() {
                var x uint16 = 3
                ok := x == 3
                println(ok)
            }
            """);
        assertEquals("uint16", type(find("3").get(1).getValue()), "the 3 compared with x");
        assertEquals("bool", type(one("x == 3")));
    }

    @Test
    void selectionsThroughEmbedding() {
        check("""
            package main
            type Inner struct{ a, b int }
            func (i *Inner) Get() int { return i.b }
            type Outer struct {
                x int
                *Inner
            }
            func main() {
                o := Outer{Inner: &Inner{}}
                println(o.b, o.Get(), o.x)
                p := &o
                println(p.x)
            }
            """);
        Map<String, Selection> byText = new java.util.HashMap<>();
        TypeStrings ts = new TypeStrings(null);
        for (Map.Entry<Expr.Selector, Selection> e : info.selections.entrySet()) byText.put(ts.expr(e.getKey()), e.getValue());
        Selection ob = byText.get("o.b");
        assertNotNull(ob);
        assertEquals(Selection.Kind.FIELD_VAL, ob.kind());
        assertEquals(List.of(1, 1), ob.index());
        assertTrue(ob.indirect(), "through the embedded pointer");
        Selection get = byText.get("o.Get");
        assertEquals(Selection.Kind.METHOD_VAL, get.kind());
        assertEquals(List.of(1, 0), get.index());
        Selection ox = byText.get("o.x");
        assertEquals(List.of(0), ox.index());
        assertFalse(ox.indirect());
        Selection px = byText.get("p.x");
        assertTrue(px.indirect());
        assertEquals("*main.Outer", Types.typeString(px.recv()));
        Selection ib = byText.get("i.b");
        assertTrue(ib.indirect());
    }

    @Test
    void commaOkAndTypeSwitchImplicits() {
        check("""
            package main
            func main() {
                m := map[string]int{"a": 1}
                v, ok := m["a"]
                var i interface{} = v
                switch t := i.(type) {
                case int:
                    println(t + 1, ok)
                case string, bool:
                    println(t)
                }
            }
            """);
        TypeAndValue idx = one("m[\"a\"]");
        assertTrue(idx.type() instanceof Type.Tuple, "comma-ok map index records a tuple");
        assertEquals("(int, bool)", Types.typeString(idx.type()));
        List<String> clauseTypes = new ArrayList<>();
        info.implicits.entrySet().stream()
            .filter(e -> e.getKey() instanceof llgo.frontend.syntax.Stmt.CaseClause)
            .sorted((a, b) -> a.getKey().pos().compareTo(b.getKey().pos()))
            .forEach(e -> clauseTypes.add(Types.typeString(e.getValue().type())));
        assertEquals(List.of("int", "interface{}"), clauseTypes);
    }

    @Test
    void initOrderFollowsDependencies() {
        check("""
            package main
            var a = b + c
            var b = f()
            var c = 1
            var d = 3
            func f() int { return d }
            func main() { println(a) }
            """);
        List<String> order = new ArrayList<>();
        for (Info.Initializer in : info.initOrder) order.add(in.lhs().get(0).name());
        // spec: the earliest variable ready for initialisation first (gc prints c d b a for this program)
        assertEquals(List.of("c", "d", "b", "a"), order);
    }

    /** The instances recorded for identifiers named name, in source order, as "line: [targs] type". */
    private List<String> instances(String name) {
        List<Map.Entry<Expr.Ident, Info.Instance>> es = new ArrayList<>();
        for (Map.Entry<Expr.Ident, Info.Instance> e : info.instances.entrySet()) if (e.getKey().name().equals(name)) es.add(e);
        es.sort((a, b) -> a.getKey().pos().compareTo(b.getKey().pos()));
        List<String> out = new ArrayList<>();
        for (Map.Entry<Expr.Ident, Info.Instance> e : es) {
            List<String> targs = e.getValue().typeArgs().stream().map(Types::typeString).toList();
            out.add(e.getKey().pos().line() + ": " + targs + " " + Types.typeString(e.getValue().type()));
        }
        return out;
    }

    @Test
    void instancesOfGenericTypesAndFunctions() {
        check("""
                package main
                type List[T any] struct{ next *List[T]; v T }
                type Pair[K comparable, V any] struct{ k K; v V }
                func Map[S ~[]E, E, R any](s S, f func(E) R) []R { return nil }
                func Max[T ~int | ~float64](a, b T) T { return a }
                func main() {
                	var a List[int]
                	var b Pair[string, List[int]]
                	_ = Max(1, 2)
                	_ = Max[float64](1, 2)
                	_ = Map([]int{}, func(int) string { return "" })
                	_ = Map[[]int, int, bool]
                	_, _ = a, b
                }
                """);
        assertEquals(List.of(
                "2: [T] main.List[T]",
                "7: [int] main.List[int]",
                "8: [int] main.List[int]"), instances("List"));
        assertEquals(List.of("8: [string, main.List[int]] main.Pair[string, main.List[int]]"), instances("Pair"));
        assertEquals(List.of("9: [int] func(int, int) int", "10: [float64] func(float64, float64) float64"), instances("Max"));
        assertEquals(List.of("11: [[]int, int, string] func([]int, func(int) string) []string",
                "12: [[]int, int, bool] func([]int, func(int) bool) []bool"), instances("Map"));
    }

    @Test
    void identicalInstancesAreOneType() {
        check("""
                package main
                type Box[T any] struct{ v T }
                func (b Box[T]) Get() T { return b.v }
                var x Box[[]string]
                var y Box[[]string]
                var z Box[[]int]
                var g = x.Get
                """);
        Type tx = info.objectOf(ident("x")).type(), ty = info.objectOf(ident("y")).type(), tz = info.objectOf(ident("z")).type();
        assertTrue(tx == ty, "two instances with identical type arguments are the same Named");
        assertTrue(Types.identical(tx, ty));
        assertFalse(Types.identical(tx, tz));
        Named n = (Named) tx;
        assertTrue(n.isInstance());
        assertEquals("Box", n.origin().obj().name());
        assertEquals("struct{v []string}", Types.typeString(n.underlying()));
        assertEquals("func() []string", Types.typeString(info.objectOf(ident("g")).type()));
        assertEquals("Box[[]string]", new TypeStrings(n.obj().pkg()).type(n));
    }

    private Expr.Ident ident(String name) {
        for (Expr.Ident id : info.defs.keySet()) if (id.name().equals(name)) return id;
        fail("no definition of " + name);
        return null;
    }
}
