/*
 * Prints expressions and simple statements back as Go source, the way gc's syntax printer
 * does in error messages ("cannot use y := f(a.b, 2 + 3) as value";
 * cmd/compile/internal/syntax/printer.go): binary operators are spaced, lists are
 * separated by ", ", and a plain assignment is shown as "assignment (x) = (1)".
 */
package llgo.frontend.syntax;

import java.util.List;
import java.util.stream.Collectors;

final class SourcePrinter {
    private SourcePrinter() {}

    static String stmt(Stmt s) {
        if (s instanceof Stmt.ExprStmt e) return expr(e.x());
        if (s instanceof Stmt.Assign a) {
            if (a.op() == Op.ASSIGN) return "assignment (" + list(a.lhs()) + ") = (" + list(a.rhs()) + ")";
            return list(a.lhs()) + " " + a.op().text + " " + list(a.rhs());
        }
        if (s instanceof Stmt.IncDec i) return expr(i.x()) + i.op().text;
        if (s instanceof Stmt.Send send) return expr(send.chan()) + " <- " + expr(send.value());
        return "statement";
    }

    static String list(List<Expr> xs) {
        return xs.stream().map(SourcePrinter::expr).collect(Collectors.joining(", "));
    }

    static String expr(Expr e) {
        if (e == null) return "";
        if (e instanceof Expr.Bad) return "BadExpr";
        if (e instanceof Expr.Ident i) return i.name();
        if (e instanceof Expr.BasicLit b) return b.value();
        if (e instanceof Expr.CompositeLit c) return expr(c.type()) + "{…}";
        if (e instanceof Expr.FuncLit f) return expr(f.type()) + " {…}";
        if (e instanceof Expr.Paren p) return "(" + expr(p.x()) + ")";
        if (e instanceof Expr.Selector s) return expr(s.x()) + "." + s.sel().name();
        if (e instanceof Expr.Index i) return expr(i.x()) + "[" + list(i.indices()) + "]";
        if (e instanceof Expr.Slice s) {
            return expr(s.x()) + "[" + expr(s.lo()) + ":" + expr(s.hi()) + (s.slice3() ? ":" + expr(s.max()) : "") + "]";
        }
        if (e instanceof Expr.TypeAssert t) return expr(t.x()) + ".(" + (t.type() == null ? "type" : expr(t.type())) + ")";
        if (e instanceof Expr.Call c) return expr(c.fun()) + "(" + list(c.args()) + (c.hasEllipsis() ? "..." : "") + ")";
        if (e instanceof Expr.Star s) return "*" + expr(s.x());
        if (e instanceof Expr.Unary u) return u.op().text + expr(u.x());
        if (e instanceof Expr.Binary b) return expr(b.x()) + " " + b.op().text + " " + expr(b.y());
        if (e instanceof Expr.KeyValue kv) return expr(kv.key()) + ": " + expr(kv.value());
        if (e instanceof Expr.ArrayType a) return "[" + expr(a.len()) + "]" + expr(a.elt());
        if (e instanceof Expr.StructType) return "struct{…}";
        if (e instanceof Expr.FuncType) return "func(…)";
        if (e instanceof Expr.InterfaceType) return "interface{…}";
        if (e instanceof Expr.MapType m) return "map[" + expr(m.key()) + "]" + expr(m.value());
        if (e instanceof Expr.ChanType c) {
            String k = switch (c.dir()) { case BOTH -> "chan "; case SEND -> "chan<- "; case RECV -> "<-chan "; };
            return k + expr(c.value());
        }
        return "..." + expr(((Expr.Ellipsis) e).elt());
    }
}
