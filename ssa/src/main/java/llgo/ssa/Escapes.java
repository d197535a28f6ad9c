package llgo.ssa;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import llgo.frontend.syntax.Decl;
import llgo.frontend.syntax.Expr;
import llgo.frontend.syntax.Field;
import llgo.frontend.syntax.Node;
import llgo.frontend.syntax.Spec;
import llgo.frontend.syntax.Stmt;
import llgo.frontend.types.Info;
import llgo.frontend.types.Obj;
import llgo.frontend.types.Selection;
import llgo.frontend.types.Type;

/**
 * Decides which locals of a function (and of the function literals inside it) cannot live
 * in SSA registers: those whose address is taken (explicit {@code &x}, {@code &x.f},
 * slicing an array variable, calling a pointer-receiver method on an addressable value)
 * and those captured by a function literal. Both kinds become heap {@link Instruction.Alloc}s
 * (go/ssa, "escaping" variables). The walk is syntactic over the typed AST; it never
 * descends into type expressions.
 */
final class Escapes {
    private final Info info;
    private final Set<Obj.Var> escaping = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The function-literal nesting depth at which each local was declared. */
    private final Map<Obj.Var, Integer> depthOf = new IdentityHashMap<>();
    private int depth;

    private Escapes(Info info) { this.info = info; }

    /** The escaping locals of the function with this receiver, type and body, including its literals'. */
    static Set<Obj.Var> of(Info info, Field recv, Expr.FuncType type, Stmt.Block body) {
        Escapes e = new Escapes(info);
        if (recv != null) e.declareField(recv);
        if (type != null) e.declareFuncType(type);
        if (body != null) e.stmt(body);
        return e.escaping;
    }

    /** The escaping locals of the function literals in these expressions (package-level initialisers). */
    static Set<Obj.Var> ofExprs(Info info, List<Expr> exprs) {
        Escapes e = new Escapes(info);
        e.exprs(exprs);
        return e.escaping;
    }

    private void declareFuncType(Expr.FuncType t) {
        for (Field f : t.params()) declareField(f);
        for (Field f : t.results()) declareField(f);
    }

    private void declareField(Field f) {
        for (Expr.Ident id : f.names()) declare(id);
    }

    private void declare(Expr.Ident id) {
        if (info.defs.get(id) instanceof Obj.Var v) depthOf.put(v, depth);
    }

    private void declareImplicit(Node n) {
        if (info.implicits.get(n) instanceof Obj.Var v) depthOf.put(v, depth);
    }

    private void stmts(List<Stmt> l) { for (Stmt s : l) stmt(s); }

    private void stmt(Stmt s) {
        if (s == null) return;
        if (s instanceof Stmt.DeclStmt d) {
            for (Spec sp : d.decl().specs()) {
                if (sp instanceof Spec.Value v && d.decl().keyword() == Decl.Keyword.VAR) {
                    for (Expr.Ident id : v.names()) declare(id);
                    exprs(v.values());
                }
            }
        } else if (s instanceof Stmt.Labeled l) stmt(l.stmt());
        else if (s instanceof Stmt.ExprStmt e) expr(e.x());
        else if (s instanceof Stmt.Send x) { expr(x.chan()); expr(x.value()); }
        else if (s instanceof Stmt.IncDec x) expr(x.x());
        else if (s instanceof Stmt.Assign a) {
            for (Expr l : a.lhs()) {
                if (a.op() == llgo.frontend.syntax.Op.DEFINE && l instanceof Expr.Ident id) declare(id);
                else expr(l);
            }
            exprs(a.rhs());
        } else if (s instanceof Stmt.Go g) expr(g.call());
        else if (s instanceof Stmt.Defer d) expr(d.call());
        else if (s instanceof Stmt.Return r) exprs(r.results());
        else if (s instanceof Stmt.Block b) stmts(b.stmts());
        else if (s instanceof Stmt.If i) { stmt(i.init()); expr(i.cond()); stmt(i.then()); stmt(i.els()); }
        else if (s instanceof Stmt.CaseClause c) {
            declareImplicit(c);
            if (c.list() != null) exprs(c.list());
            stmts(c.body());
        } else if (s instanceof Stmt.Switch w) {
            stmt(w.init()); expr(w.tag());
            for (Stmt.CaseClause c : w.clauses()) stmt(c);
        } else if (s instanceof Stmt.TypeSwitch w) {
            stmt(w.init());
            if (w.assign() instanceof Stmt.Assign a) exprs(a.rhs()); else stmt(w.assign());
            for (Stmt.CaseClause c : w.clauses()) { declareImplicit(c); stmts(c.body()); }
        } else if (s instanceof Stmt.CommClause c) { stmt(c.comm()); stmts(c.body()); }
        else if (s instanceof Stmt.Select x) { for (Stmt.CommClause c : x.clauses()) stmt(c); }
        else if (s instanceof Stmt.For f) { stmt(f.init()); expr(f.cond()); stmt(f.post()); stmt(f.body()); }
        else if (s instanceof Stmt.Range r) {
            if (r.op() == llgo.frontend.syntax.Op.DEFINE) {
                if (r.key() instanceof Expr.Ident k) declare(k);
                if (r.value() instanceof Expr.Ident v) declare(v);
            } else { expr(r.key()); expr(r.value()); }
            expr(r.x());
            stmt(r.body());
        }
    }

    private void exprs(List<Expr> l) { if (l != null) for (Expr e : l) expr(e); }

    private void expr(Expr e) {
        if (e == null) return;
        var tv = info.types.get(e);
        if (tv != null && (tv.isType() || tv.isConstant())) return;
        if (e instanceof Expr.Ident id) {
            if (info.uses.get(id) instanceof Obj.Var v) {
                Integer d = depthOf.get(v);
                if (d != null && d < depth) escaping.add(v);
            }
        } else if (e instanceof Expr.CompositeLit c) {
            exprs(c.elts());   // a struct field key denotes a field, never a local: harmless to visit
        } else if (e instanceof Expr.FuncLit f) {
            depth++;
            declareFuncType(f.type());
            stmt(f.body());
            depth--;
        } else if (e instanceof Expr.Paren p) expr(p.x());
        else if (e instanceof Expr.Selector s) {
            expr(s.x());
            Selection sel = info.selections.get(s);
            if (sel != null && sel.kind() == Selection.Kind.METHOD_VAL && !sel.indirect() && sel.obj() instanceof Obj.Func m
                    && m.signature().recv() != null && m.signature().recv().type() instanceof Type.Pointer
                    && !(info.typeOf(s.x()) != null && info.typeOf(s.x()).underlying() instanceof Type.Pointer)) {
                markRoot(s.x());
            }
        } else if (e instanceof Expr.Index i) { expr(i.x()); exprs(i.indices()); }
        else if (e instanceof Expr.Slice s) {
            expr(s.x()); expr(s.lo()); expr(s.hi()); expr(s.max());
            if (isArrayVariable(s.x())) markRoot(s.x());
        } else if (e instanceof Expr.TypeAssert t) expr(t.x());
        else if (e instanceof Expr.Call c) { expr(c.fun()); exprs(c.args()); }
        else if (e instanceof Expr.Star s) expr(s.x());
        else if (e instanceof Expr.Unary u) {
            expr(u.x());
            if (u.op() == llgo.frontend.syntax.Op.AND) markRoot(u.x());
        } else if (e instanceof Expr.Binary b) { expr(b.x()); expr(b.y()); }
        else if (e instanceof Expr.KeyValue kv) { expr(kv.key()); expr(kv.value()); }
    }

    private boolean isArrayVariable(Expr x) {
        Type t = info.typeOf(x);
        return t != null && t.underlying() instanceof Type.Array;
    }

    /** Marks the variable whose storage x denotes, following field and array-element selection of values. */
    private void markRoot(Expr x) {
        while (true) {
            if (x instanceof Expr.Paren p) x = p.x();
            else if (x instanceof Expr.Selector s && info.selections.get(s) != null
                    && info.selections.get(s).kind() == Selection.Kind.FIELD_VAL && !info.selections.get(s).indirect()) x = s.x();
            else if (x instanceof Expr.Index i && info.typeOf(i.x()) != null && info.typeOf(i.x()).underlying() instanceof Type.Array) x = i.x();
            else break;
        }
        if (x instanceof Expr.Ident id && info.uses.get(id) instanceof Obj.Var v && depthOf.containsKey(v)) escaping.add(v);
    }
}
