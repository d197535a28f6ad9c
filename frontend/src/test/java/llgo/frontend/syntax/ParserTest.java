/*
 * Tests of the parser and AST builder: each node kind, positions (gc's byte columns,
 * Binary at its operands with opPos at the operator, Call with its lparen), the if/for/switch
 * header rule for composite literals, generic syntax, and build constraints.
 */
package llgo.frontend.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import llgo.frontend.Diagnostics;

class ParserTest {

    static File parse(String src) {
        Diagnostics diag = new Diagnostics();
        File f = Parser.parse("p.go", src.getBytes(StandardCharsets.UTF_8), diag);
        assertEquals(List.of(), diag.sorted(), "unexpected errors for:\n" + src);
        return f;
    }

    /** The statements of the body of the first function in a file made of {@code body}. */
    static List<Stmt> body(String body) {
        File f = parse("package p\n\nfunc f() {\n" + body + "\n}\n");
        return ((Decl.Func) f.decls().get(0)).body().stmts();
    }

    static Expr expr(String x) {
        return ((Stmt.ExprStmt) body(x).get(0)).x();
    }

    @Test
    void fileImportsAndBuildConstraints() {
        File f = parse("//go:build linux && amd64\n// +build linux\n\npackage main\n\nimport (\n\t\"fmt\"\n\tm \"math\"\n\t. \"os\"\n)\nimport _ \"x\"\n");
        assertEquals("main", f.packageName().name());
        assertEquals(new Pos("p.go", 4, 1), f.pos());
        assertEquals(List.of("//go:build linux && amd64", "// +build linux"), f.buildConstraints());
        assertEquals(4, f.imports().size());
        assertNull(f.imports().get(0).name());
        assertEquals("\"fmt\"", f.imports().get(0).path().value());
        assertEquals("m", f.imports().get(1).name().name());
        assertEquals(".", f.imports().get(2).name().name());
        assertEquals("_", f.imports().get(3).name().name());
        assertEquals(2, f.decls().size());
    }

    @Test
    void directivesAttachToTheNextFunction() {
        File f = parse("//go:build linux\n\npackage p\n\nimport _ \"unsafe\"\n\n//go:linkname now time.now\n"
                + "//go:noescape\n//go:nosplit\nfunc now() (int64, int32)\n\n// go:noinline is no directive\n"
                + "var x int\n//go:noinline\nfunc g() {}\n\tfunc h() {}\n//go:embed a.txt b.txt\nvar s string\n");
        Decl.Func now = (Decl.Func) f.decls().get(1);
        assertEquals(List.of("p.go:7:3 go:linkname [now, time.now] FUNC", "p.go:8:3 go:noescape [] FUNC",
                "p.go:9:3 go:nosplit [] FUNC"), now.pragmas().stream()
                .map(d -> d.pos() + " " + d.name() + " " + d.args() + " " + d.taker()).toList());
        assertNull(now.body());
        Decl.Func g = (Decl.Func) f.decls().get(3);
        assertEquals(List.of("go:noinline"), g.pragmas().stream().map(Directive::name).toList());
        assertNull(g.pragma(Directive.LINKNAME));
        assertEquals(List.of(), ((Decl.Func) f.decls().get(4)).pragmas());
        assertEquals(List.of("go:build", "go:linkname", "go:noescape", "go:nosplit", "go:noinline", "go:embed"),
                f.directives().stream().map(Directive::name).toList());
        assertEquals(List.of("FILE", "FUNC", "FUNC", "FUNC", "FUNC", "VAR"),
                f.directives().stream().map(d -> d.taker().name()).toList());
        assertEquals(List.of("a.txt", "b.txt"), f.directives().get(5).args());
        assertTrue(f.imports("unsafe"));
        assertFalse(f.imports("time"));
    }

    @Test
    void declarations() {
        File f = parse("package p\nconst (\n\tA = iota\n\tB\n\tC int = 5\n)\nvar x, y int = 1, 2\n"
                + "type (\n\tT struct{ a, b int; *E `tag`; F }\n\tU = T\n\tG[P any, Q ~int | string] []P\n)\n"
                + "func (t *T) M(a, b int, c ...string) (r int, err error) { return }\nfunc ext(int) bool\n");
        Decl.Gen consts = (Decl.Gen) f.decls().get(0);
        assertEquals(Decl.Keyword.CONST, consts.keyword());
        Spec.Value b = (Spec.Value) consts.specs().get(1);
        assertEquals(1, b.iota());
        assertTrue(b.values().isEmpty());
        assertNull(b.type());
        Decl.Gen types = (Decl.Gen) f.decls().get(2);
        Spec.Type t = (Spec.Type) types.specs().get(0);
        Expr.StructType st = (Expr.StructType) t.type();
        assertEquals(3, st.fields().size());
        assertEquals(2, st.fields().get(0).names().size());
        assertEquals("`tag`", st.fields().get(1).tag().value());
        assertInstanceOf(Expr.Star.class, st.fields().get(1).type());
        assertTrue(((Spec.Type) types.specs().get(1)).assign());
        Spec.Type g = (Spec.Type) types.specs().get(2);
        assertEquals(2, g.typeParams().size());
        Expr.Binary union = (Expr.Binary) g.typeParams().get(1).type();
        assertEquals(Op.OR, union.op());
        assertEquals(Op.TILDE, ((Expr.Unary) union.x()).op());
        Decl.Func m = (Decl.Func) f.decls().get(3);
        assertEquals("t", m.recv().names().get(0).name());
        assertEquals(2, m.type().params().size());
        assertEquals(List.of("a", "b"), m.type().params().get(0).names().stream().map(Expr.Ident::name).toList());
        assertInstanceOf(Expr.Ellipsis.class, m.type().params().get(1).type());
        assertEquals(2, m.type().results().size());
        Decl.Func ext = (Decl.Func) f.decls().get(4);
        assertNull(ext.body());
        assertTrue(ext.type().params().get(0).names().isEmpty());
    }

    @Test
    void arrayLengthVersusTypeParameters() {
        File f = parse("package p\ntype A [N]int\ntype B[N *M]int\ntype C[P *M,] int\ntype D[P any] int\n");
        assertInstanceOf(Expr.ArrayType.class, ((Spec.Type) ((Decl.Gen) f.decls().get(0)).specs().get(0)).type());
        Spec.Type b = (Spec.Type) ((Decl.Gen) f.decls().get(1)).specs().get(0);
        assertTrue(b.typeParams().isEmpty());
        assertEquals(Op.MUL, ((Expr.Binary) ((Expr.ArrayType) b.type()).len()).op());
        assertEquals(1, ((Spec.Type) ((Decl.Gen) f.decls().get(2)).specs().get(0)).typeParams().size());
        assertEquals(1, ((Spec.Type) ((Decl.Gen) f.decls().get(3)).specs().get(0)).typeParams().size());
    }

    @Test
    void expressionsAndPositions() {
        Expr.Binary add = (Expr.Binary) expr("\ta + b*c");
        assertEquals(Op.ADD, add.op());
        assertEquals(new Pos("p.go", 4, 2), add.pos());
        assertEquals(new Pos("p.go", 4, 4), add.opPos());
        assertEquals(Op.MUL, ((Expr.Binary) add.y()).op());
        Expr.Call call = (Expr.Call) expr("\tfmt.Println(x, ys...)");
        assertEquals(new Pos("p.go", 4, 2), call.pos());
        assertEquals(new Pos("p.go", 4, 13), call.lparen());
        assertTrue(call.hasEllipsis());
        assertInstanceOf(Expr.Selector.class, call.fun());
        Expr.Binary cmp = (Expr.Binary) ((Stmt.ExprStmt) body("\ts := \"é\"; x == y").get(1)).x();
        assertEquals(new Pos("p.go", 4, 15), cmp.opPos()); // byte columns: é is two bytes
        Expr.Index inst = (Expr.Index) ((Expr.Call) expr("f[int, string](1)")).fun();
        assertEquals(2, inst.indices().size());
        Expr.Slice sl = (Expr.Slice) expr("a[:2:3]");
        assertTrue(sl.slice3());
        assertNull(sl.lo());
        assertInstanceOf(Expr.TypeAssert.class, expr("x.(T)"));
        assertInstanceOf(Expr.Star.class, expr("*p"));
        assertEquals(Op.ARROW, ((Expr.Unary) expr("<-ch")).op());
        Expr.ChanType recv = (Expr.ChanType) ((Expr.Call) expr("make(<-chan int)")).args().get(0);
        assertEquals(Expr.ChanDir.RECV, recv.dir());
        Expr.CompositeLit lit = (Expr.CompositeLit) expr("[]T{{1, 2}, {X: 3}}");
        assertNull(((Expr.CompositeLit) lit.elts().get(0)).type());
        assertInstanceOf(Expr.KeyValue.class, ((Expr.CompositeLit) lit.elts().get(1)).elts().get(0));
        assertInstanceOf(Expr.FuncLit.class, ((Expr.Call) expr("func() {}()")).fun());
        Expr.Call conv = (Expr.Call) expr("map[string][]int(nil)");
        assertInstanceOf(Expr.MapType.class, conv.fun());
        Expr.BasicLit raw = (Expr.BasicLit) ((Expr.Call) expr("f(`a\r\nb`)")).args().get(0);
        assertEquals("`a\nb`", raw.value());
        assertEquals(Expr.LitKind.FLOAT, ((Expr.BasicLit) ((Expr.Call) expr("f(0x1p-2)")).args().get(0)).kind());
        assertEquals(Expr.LitKind.IMAG, ((Expr.BasicLit) ((Expr.Call) expr("f(1e3i)")).args().get(0)).kind());
        assertEquals(Expr.LitKind.CHAR, ((Expr.BasicLit) ((Expr.Call) expr("f('x')")).args().get(0)).kind());
    }

    @Test
    void statements() {
        List<Stmt> s = body("\tx := 1\n\tx += 2\n\tx++\n\tch <- x\n\tgo f()\n\tdefer g()\n"
                + "L:\n\tfor {\n\t\tbreak L\n\t}\n\tvar v int\n\tswitch y := v.(type) {\n\tcase int, nil:\n\tdefault:\n\t}\n"
                + "\tswitch {\n\tcase v > 0:\n\t\tfallthrough\n\tdefault:\n\t}\n"
                + "\tselect {\n\tcase x := <-ch:\n\tcase ch <- 1:\n\tdefault:\n\t}\n"
                + "\tfor k, v := range m {\n\t}\n\tfor range ch {\n\t}\n\tfor i := 0; i < 3; i++ {\n\t}\n"
                + "\tif err := f(); err != nil {\n\t} else if x {\n\t} else {\n\t}\n\t{\n\t}\n\tgoto L\n\treturn");
        assertEquals(Op.DEFINE, ((Stmt.Assign) s.get(0)).op());
        assertEquals(Op.ADD_ASSIGN, ((Stmt.Assign) s.get(1)).op());
        assertEquals(new Pos("p.go", 5, 4), ((Stmt.Assign) s.get(1)).opPos());
        assertEquals(Op.INC, ((Stmt.IncDec) s.get(2)).op());
        assertInstanceOf(Stmt.Send.class, s.get(3));
        assertInstanceOf(Stmt.Go.class, s.get(4));
        assertInstanceOf(Stmt.Defer.class, s.get(5));
        Stmt.Labeled l = (Stmt.Labeled) s.get(6);
        assertEquals("L", ((Stmt.Branch) ((Stmt.For) l.stmt()).body().stmts().get(0)).label().name());
        assertInstanceOf(Stmt.DeclStmt.class, s.get(7));
        Stmt.TypeSwitch ts = (Stmt.TypeSwitch) s.get(8);
        assertEquals(2, ts.clauses().get(0).list().size());
        assertNull(ts.clauses().get(1).list());
        Stmt.Switch sw = (Stmt.Switch) s.get(9);
        assertNull(sw.tag());
        Stmt.Select sel = (Stmt.Select) s.get(10);
        assertInstanceOf(Stmt.Assign.class, sel.clauses().get(0).comm());
        assertInstanceOf(Stmt.Send.class, sel.clauses().get(1).comm());
        assertNull(sel.clauses().get(2).comm());
        Stmt.Range r = (Stmt.Range) s.get(11);
        assertEquals("v", ((Expr.Ident) r.value()).name());
        assertNull(((Stmt.Range) s.get(12)).op());
        Stmt.For loop = (Stmt.For) s.get(13);
        assertInstanceOf(Stmt.IncDec.class, loop.post());
        Stmt.If i = (Stmt.If) s.get(14);
        assertInstanceOf(Stmt.Assign.class, i.init());
        assertInstanceOf(Stmt.If.class, i.els());
        assertInstanceOf(Stmt.Block.class, ((Stmt.If) i.els()).els());
        assertInstanceOf(Stmt.Block.class, s.get(15));
        assertEquals(Stmt.BranchKind.GOTO, ((Stmt.Branch) s.get(16)).kind());
        assertTrue(((Stmt.Return) s.get(17)).results().isEmpty());
    }

    @Test
    void compositeLiteralInHeaderStartsTheBlock() {
        // "if x == T {}" compares x with T and has an empty block, as in gc
        Stmt.If i = (Stmt.If) body("\tif x == T {\n\t}").get(0);
        assertInstanceOf(Expr.Ident.class, ((Expr.Binary) i.cond()).y());
        // parenthesised, the literal is fine
        Stmt.If p = (Stmt.If) body("\tif x == (T{}) {\n\t}").get(0);
        assertInstanceOf(Expr.CompositeLit.class, ((Expr.Paren) ((Expr.Binary) p.cond()).y()).x());
        // a slice type literal always starts a composite literal
        Stmt.Range r = (Stmt.Range) body("\tfor _, v := range []int{1, 2} {\n\t}").get(0);
        assertInstanceOf(Expr.CompositeLit.class, r.x());
        // inside call arguments the nesting allows it
        Stmt.Switch sw = (Stmt.Switch) body("\tswitch f(T{1}) {\n\t}").get(0);
        assertInstanceOf(Expr.CompositeLit.class, ((Expr.Call) sw.tag()).args().get(0));
        // and in a function literal's body inside a header
        Stmt.If fl = (Stmt.If) body("\tif func() bool { _ = T{}; return true }() {\n\t}").get(0);
        assertInstanceOf(Expr.Call.class, fl.cond());
        Stmt.For f = (Stmt.For) body("\tfor s.T.ok {\n\t}").get(0);
        assertInstanceOf(Expr.Selector.class, f.cond());
    }

    @Test
    void printerShowsEveryNodeWithItsPosition() {
        File f = parse("package p\n\nfunc f(a int) int {\n\treturn a + 1\n}\n");
        String dump = AstPrinter.print(f);
        assertTrue(dump.contains("Binary op=+ @4:9"), dump);
        assertTrue(dump.contains("  decls[0]: Func @3:1"), dump);
        assertTrue(dump.contains("BasicLit kind=INT value=1 bad=false @4:13"), dump);
        for (String line : dump.split("\n")) assertTrue(line.matches(".* @\\d+:\\d+"), line);
        assertFalse(dump.isEmpty());
    }
}
