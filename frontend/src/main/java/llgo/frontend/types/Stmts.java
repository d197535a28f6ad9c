/*
 * Statements and function bodies (Go spec: "Statements", "Terminating statements",
 * "Declarations and scope" for block scopes; go/types stmt.go, return.go, labels.go):
 * every statement kind, scopes per block and clause, break/continue/fallthrough
 * placement, labels, return counts, "missing return" and "declared but not used".
 */
package llgo.frontend.types;

import java.util.ArrayList;
import java.util.HashMap;

import java.util.List;
import java.util.Map;


import llgo.frontend.constant.ConstOps;
import llgo.frontend.constant.Value;
import llgo.frontend.syntax.Expr;
import llgo.frontend.syntax.Op;
import llgo.frontend.syntax.Pos;
import llgo.frontend.syntax.Stmt;
import llgo.frontend.types.TypeAndValue.Mode;

final class Stmts {
    private final Checker c;
    /** Local variables declared in the function body being checked, for "declared but not used". */
    private List<Obj.Var> locals = new ArrayList<>();

    Stmts(Checker c) { this.c = c; }

    /** Checks a function body (go/types funcBody). */
    void funcBody(Checker.Env env, String name, Type.Signature sig, Stmt.Block body) {
        Checker.Env saved = c.env;
        List<Obj.Var> savedLocals = locals;
        locals = new ArrayList<>();
        c.env = env;
        c.recordScope(body, env.scope());
        stmtList(body.stmts());
        new Labels(c).check(body);
        if (sig.results().size() > 0 && !Returns.isTerminatingList(c, body.stmts(), null)) {
            c.error(body.rbrace(), "missing return");
        }
        for (Obj.Var v : locals) {
            if (!v.used() && !v.name().equals("_") && v.type() != Basic.INVALID) {
                c.errorf(v.pos(), "%s declared but not used", v.name());
            }
        }
        locals = savedLocals;
        c.env = saved;
    }

    /** Registers a local variable for the unused check. */
    void declaredVar(Obj.Var v) { locals.add(v); }

    private void stmtList(List<Stmt> list) {
        for (Stmt s : list) stmt(s);
    }

    private Scope openScope(llgo.frontend.syntax.Node n, String what) {
        Scope s = new Scope(c.env.scope(), what);
        c.recordScope(n, s);
        c.env = c.env.withScope(s);
        return s;
    }

    private void closeScope() { c.env = c.env.withScope(c.env.scope().parent()); }

    private void stmt(Stmt s) {
        if (s == null || s instanceof Stmt.Empty || s instanceof Stmt.Bad) return;
        if (s instanceof Stmt.DeclStmt d) { c.decls.declStmt(d); return; }
        if (s instanceof Stmt.Labeled l) { stmt(l.stmt()); return; }
        if (s instanceof Stmt.ExprStmt es) { exprStmt(es); return; }
        if (s instanceof Stmt.Send send) { sendStmt(send); return; }
        if (s instanceof Stmt.IncDec id) { incDec(id); return; }
        if (s instanceof Stmt.Assign a) { assign(a); return; }
        if (s instanceof Stmt.Go g) { suspendedCall("go", g.call()); return; }
        if (s instanceof Stmt.Defer d) { suspendedCall("defer", d.call()); return; }
        if (s instanceof Stmt.Return r) { returnStmt(r); return; }
        if (s instanceof Stmt.Branch) return; // checked by Labels
        if (s instanceof Stmt.Block b) {
            openScope(b, "block");
            stmtList(b.stmts());
            closeScope();
            return;
        }
        if (s instanceof Stmt.If i) { ifStmt(i); return; }
        if (s instanceof Stmt.Switch sw) { switchStmt(sw); return; }
        if (s instanceof Stmt.TypeSwitch ts) { typeSwitch(ts); return; }
        if (s instanceof Stmt.Select sel) { selectStmt(sel); return; }
        if (s instanceof Stmt.For f) { forStmt(f); return; }
        if (s instanceof Stmt.Range r) { rangeStmt(r); return; }
        if (s instanceof Stmt.CaseClause || s instanceof Stmt.CommClause) {
            c.error(s.pos(), "case outside of switch or select");
        }
    }

    private void exprStmt(Stmt.ExprStmt s) {
        Operand x = new Operand();
        c.exprs.rawExpr(x, s.x(), null, false);
        String msg;
        switch (x.mode) {
            case INVALID: return;
            case BUILTIN: msg = "must be called"; break;
            case TYPEXPR: msg = "is not an expression"; break;
            default:
                if (isStatementExpr(s.x())) return;
                msg = "is not used";
        }
        c.errorf(x.expr.pos(), "%s %s", c.str(x), msg);
    }

    /** Calls (not conversions, not value-producing builtins) and receives may be statements. */
    private boolean isStatementExpr(Expr e) {
        while (e instanceof Expr.Paren p) e = p.x();
        if (e instanceof Expr.Unary u && u.op() == Op.ARROW) return true;
        if (!(e instanceof Expr.Call call)) return false;
        TypeAndValue fun = c.info.types.get(call.fun());
        if (fun == null) return true;
        if (fun.mode() == Mode.TYPEXPR) return false;
        if (fun.mode() == Mode.BUILTIN) {
            Expr f = call.fun();
            while (f instanceof Expr.Paren p) f = p.x();
            Obj o = f instanceof Expr.Ident id ? c.info.uses.get(id) : f instanceof Expr.Selector sel ? c.info.uses.get(sel.sel()) : null;
            if (o instanceof Obj.Builtin b) {
                return switch (b.id()) {
                    case CLOSE, COPY, DELETE, PANIC, PRINT, PRINTLN, RECOVER -> true;
                    default -> false;
                };
            }
        }
        return true;
    }

    private void suspendedCall(String keyword, Expr.Call call) {
        Operand x = new Operand();
        c.exprs.rawExpr(x, call, null, false);
        if (x.invalid()) return;
        TypeAndValue fun = c.info.types.get(call.fun());
        String msg = null;
        if (fun != null && fun.mode() == Mode.TYPEXPR) msg = "requires function call, not conversion";
        else if (!isStatementExpr(call)) msg = "discards result of";
        if (msg != null) c.errorf(x.expr.pos(), "%s %s %s", keyword, msg, c.str(x));
    }

    private void sendStmt(Stmt.Send s) {
        Operand ch = new Operand(), val = new Operand();
        c.exprs.expr(ch, s.chan());
        c.exprs.expr(val, s.value());
        if (ch.invalid() || val.invalid()) return;
        if (ch.type instanceof TypeParam && TypeSets.coreType(ch.type) == null) {
            c.errorf(s.pos(), "invalid operation: cannot send to %s: no core type", c.str(ch));
            return;
        }
        if (!(TypeSets.under(ch.type) instanceof Type.Chan t)) {
            c.errorf(s.pos(), "invalid operation: cannot send to non-channel %s", c.str(ch));
            return;
        }
        if (t.dir() == Type.ChanDir.RECV) {
            c.errorf(s.pos(), "invalid operation: cannot send to receive-only channel %s", c.str(ch));
            return;
        }
        c.assignability.assignment(val, t.elem(), "send");
    }

    private void incDec(Stmt.IncDec s) {
        Operand x = new Operand();
        c.exprs.expr(x, s.x());
        if (x.invalid()) return;
        if (!Predicates.isNumeric(x.type)) {
            String op = s.op() == Op.INC ? "++" : "--";
            c.errorf(s.x().pos(), "invalid operation: %s%s (non-numeric type %s)", c.str(s.x()), op, c.str(x.type));
            return;
        }
        Operand one = new Operand();
        one.setConst(x.type, ConstOps.makeInt(1));
        one.expr = s.x();
        one.mode = Mode.VALUE;
        c.assignments.assignVar(s.x(), one);
    }

    private void assign(Stmt.Assign s) {
        if (s.op() == Op.DEFINE) {
            c.assignments.shortVarDecl(s.opPos(), s.lhs(), s.rhs());
            return;
        }
        if (s.op() == Op.ASSIGN) {
            if (s.lhs().isEmpty() || s.rhs().isEmpty()) return;
            c.assignments.assignVars(s.lhs(), s.rhs());
            return;
        }
        if (s.lhs().size() != 1 || s.rhs().size() != 1) {
            c.errorf(s.opPos(), "assignment operation %s requires single-valued expressions", s.op().text);
            return;
        }
        Operand x = new Operand();
        c.operators.binary(x, null, s.lhs().get(0), s.rhs().get(0), s.op().binaryOfAssign(), s.opPos());
        c.assignments.assignVar(s.lhs().get(0), x);
    }

    private void returnStmt(Stmt.Return s) {
        Type.Signature sig = c.env.sig();
        if (sig == null) return;
        Type.Tuple res = sig.results();
        if (s.results().isEmpty()) {
            if (res.size() > 0 && res.vars().get(0).name().isEmpty()) {
                c.assignments.returnError(s.pos(), List.of(), res.vars());
            } else if (res.size() > 0) {
                for (Obj.Var v : res.vars()) {
                    Obj alt = c.env.scope().lookupParent(v.name());
                    if (alt != null && alt != v) {
                        c.errorf(s.pos(), "result parameter %s not in scope at return\n\t%s: inner declaration of %s", v.name(), alt.pos(), v.name());
                    }
                }
            }
            return;
        }
        if (res.size() == 0) {
            List<Operand> xs = c.calls.exprList(s.results(), false);
            for (Operand x : xs) if (x.invalid()) return;
            c.errorf(s.results().get(0).pos(), "too many return values\n\thave %s\n\twant ()", c.calls.typesSummary(types(xs), false));
            return;
        }
        List<Operand> xs = c.calls.exprList(s.results(), false);
        for (Operand x : xs) if (x.invalid()) return;
        if (xs.size() != res.size()) {
            c.assignments.returnError(s.pos(), xs, res.vars());
            return;
        }
        for (int i = 0; i < xs.size(); i++) c.assignability.assignment(xs.get(i), res.type(i), "return statement");
    }

    private static List<Type> types(List<Operand> xs) {
        List<Type> ts = new ArrayList<>();
        for (Operand x : xs) ts.add(x.type);
        return ts;
    }

    private void ifStmt(Stmt.If s) {
        openScope(s, "if");
        stmt(s.init());
        Operand x = new Operand();
        c.exprs.expr(x, s.cond());
        if (!x.invalid() && !Predicates.isBoolean(x.type)) {
            c.errorf(s.cond().pos(), "non-boolean condition in if statement");
        }
        stmt(s.then());
        if (s.els() != null) stmt(s.els());
        closeScope();
    }

    private void switchStmt(Stmt.Switch s) {
        openScope(s, "switch");
        stmt(s.init());
        Operand x = new Operand();
        if (s.tag() != null) {
            c.exprs.expr(x, s.tag());
            c.assignability.assignment(x, null, "switch expression");
            if (!x.invalid() && !Predicates.comparable(x.type) && !Predicates.hasNil(x.type)) {
                c.errorf(x.expr.pos(), "cannot switch on %s (%s is not comparable)", c.str(x), c.str(x.type));
                x.invalidate();
            }
        } else {
            x.setConst(Basic.of(Basic.Kind.BOOL), ConstOps.makeBool(true));
            x.expr = new Expr.Ident(s.pos(), "true");
        }
        Pos firstDefault = null;
        Map<Object, List<CaseValue>> seen = new HashMap<>();
        for (int i = 0; i < s.clauses().size(); i++) {
            Stmt.CaseClause cl = s.clauses().get(i);
            if (cl.list() == null) {
                if (firstDefault != null) c.errorf(cl.pos(), "multiple defaults in switch (first at %s)", firstDefault);
                else firstDefault = cl.pos();
            } else {
                caseValues(x, cl.list(), seen);
            }
            openScope(cl, "case");
            stmtList(cl.body());
            closeScope();
        }
        closeScope();
    }

    /** A constant case value seen in an expression switch, of this type, at this position. */
    private record CaseValue(Type type, Pos pos) {}

    /** Checks a clause's values; {@code seen} holds the earlier constant ones by ConstOps.key. */
    private void caseValues(Operand x, List<Expr> values, Map<Object, List<CaseValue>> seen) {
        for (Expr e : values) {
            Operand v = new Operand();
            c.exprs.expr(v, e);
            if (x.invalid() || v.invalid()) continue;
            c.consts.convertUntyped(v, x.type);
            if (v.invalid()) continue;
            Operand res = new Operand();
            res.copyFrom(v);
            Operand xc = new Operand();
            xc.copyFrom(x);
            c.operators.comparison(res, xc, Op.EQL, true);
            if (res.invalid()) continue;
            // like gc, only integer, float and string constants are checked for duplicates
            if (v.mode != Mode.CONSTANT || !(v.val instanceof Value.Int || v.val instanceof Value.Float || v.val instanceof Value.Str)) continue;
            List<CaseValue> same = seen.computeIfAbsent(ConstOps.key(v.val), k -> new ArrayList<>(1));
            boolean dup = false;
            for (CaseValue p : same) {
                if (Types.identical(p.type(), v.type)) {
                    c.errorf(v.expr.pos(), "duplicate case %s in expression switch\n\t%s: previous case", c.str(v), p.pos());
                    dup = true;
                    break;
                }
            }
            if (!dup) same.add(new CaseValue(v.type, v.expr.pos()));
        }
    }

    private void typeSwitch(Stmt.TypeSwitch s) {
        openScope(s, "type switch");
        stmt(s.init());
        Expr.Ident lhs = null;
        Expr guard;
        if (s.assign() instanceof Stmt.Assign a && a.lhs().size() == 1 && a.rhs().size() == 1) {
            if (a.lhs().get(0) instanceof Expr.Ident id) lhs = id;
            guard = a.rhs().get(0);
        } else if (s.assign() instanceof Stmt.ExprStmt es) {
            guard = es.x();
        } else {
            c.error(s.pos(), "invalid type switch guard");
            closeScope();
            return;
        }
        if (lhs != null) {
            if (lhs.isBlank()) {
                c.error(lhs.pos(), "no new variable on left side of :=");
                lhs = null;
            } else {
                c.recordDef(lhs, null);
            }
        }
        while (guard instanceof Expr.Paren p) guard = p.x();
        Operand x = new Operand();
        if (guard instanceof Expr.TypeAssert ta) {
            c.exprs.expr(x, ta.x());
            if (!x.invalid() && !(x.type.underlying() instanceof Interface)) {
                c.errorf(x.expr.pos(), "%s is not an interface", c.str(x));
                x.invalidate();
            }
        } else {
            c.exprs.use(guard);
        }
        List<Obj.Var> clauseVars = new ArrayList<>();
        List<Type> seenTypes = new ArrayList<>();
        boolean seenNil = false;
        Pos firstDefault = null;
        for (Stmt.CaseClause cl : s.clauses()) {
            Type single = null;
            if (cl.list() == null) {
                if (firstDefault != null) c.errorf(cl.pos(), "multiple defaults in switch (first at %s)", firstDefault);
                else firstDefault = cl.pos();
            } else {
                for (Expr e : cl.list()) {
                    Type t = caseType(x, e, seenTypes, seenNil);
                    if (t == null) seenNil = true;
                    if (cl.list().size() == 1) single = t == null ? Basic.of(Basic.Kind.UNTYPED_NIL) : t;
                }
            }
            Scope cs = openScope(cl, "case");
            if (lhs != null) {
                Type vt = single != null && !(single instanceof Basic b && b.kind() == Basic.Kind.UNTYPED_NIL) ? single : x.type;
                Obj.Var v = new Obj.Var(lhs.pos(), c.pkg, lhs.name(), x.invalid() ? Basic.INVALID : vt, false, false);
                cs.insert(v);
                c.recordImplicit(cl, v);
                clauseVars.add(v);
            }
            stmtList(cl.body());
            closeScope();
        }
        if (lhs != null && !x.invalid()) {
            boolean used = false;
            for (Obj.Var v : clauseVars) used |= v.used();
            if (!used) c.errorf(lhs.pos(), "%s declared but not used", lhs.name());
        }
        closeScope();
    }

    /** One type in a type switch case; returns null for nil. */
    private Type caseType(Operand x, Expr e, List<Type> seen, boolean seenNil) {
        Expr u = e;
        while (u instanceof Expr.Paren p) u = p.x();
        if (u instanceof Expr.Ident id && id.name().equals("nil") && c.env.scope().lookupParent("nil") == Universe.NIL) {
            c.recordUse(id, Universe.NIL);
            c.recordTypeAndValue(e, Mode.VALUE, Basic.of(Basic.Kind.UNTYPED_NIL), null);
            if (seenNil) c.errorf(e.pos(), "multiple nil cases in type switch (first at %s)", e.pos());
            return null;
        }
        Type t = c.typexprs.typExpr(e);
        if (t == Basic.INVALID) return t;
        for (Type old : seen) {
            if (Types.identical(old, t)) {
                c.errorf(e.pos(), "duplicate case %s in type switch", c.str(t));
                return t;
            }
        }
        seen.add(t);
        if (!x.invalid() && x.type instanceof TypeParam) {
            c.errorf(x.expr.pos(), "cannot use type switch on type parameter value %s", c.str(x));
        } else if (!x.invalid() && x.type.underlying() instanceof Interface xi) {
            c.exprs.typeAssertion(e, x, xi, t, true);
        }
        return t;
    }

    private void selectStmt(Stmt.Select s) {
        for (Stmt.CommClause cl : s.clauses()) {
            Stmt comm = cl.comm();
            boolean valid = comm == null || comm instanceof Stmt.Send;
            if (comm instanceof Stmt.ExprStmt es && unparen(es.x()) instanceof Expr.Unary u && u.op() == Op.ARROW) valid = true;
            if (comm instanceof Stmt.Assign a && a.rhs().size() == 1 && unparen(a.rhs().get(0)) instanceof Expr.Unary u && u.op() == Op.ARROW) valid = true;
            if (!valid) {
                c.error(comm.pos(), "select case must be receive, send or assign recv");
                continue;
            }
            openScope(cl, "case");
            if (comm != null) stmt(comm);
            stmtList(cl.body());
            closeScope();
        }
    }

    private static Expr unparen(Expr e) {
        while (e instanceof Expr.Paren p) e = p.x();
        return e;
    }

    private void forStmt(Stmt.For s) {
        openScope(s, "for");
        stmt(s.init());
        if (s.cond() != null) {
            Operand x = new Operand();
            c.exprs.expr(x, s.cond());
            if (!x.invalid() && !Predicates.isBoolean(x.type)) {
                c.errorf(s.cond().pos(), "non-boolean condition in for statement");
            }
        }
        if (s.post() instanceof Stmt.Assign a && a.op() == Op.DEFINE) {
            c.error(s.post().pos(), "cannot declare in post statement of for loop");
        } else {
            stmt(s.post());
        }
        stmt(s.body());
        closeScope();
    }

    private void rangeStmt(Stmt.Range s) {
        Operand x = new Operand();
        c.exprs.expr(x, s.x());
        Type key = null, val = null;
        if (!x.invalid()) {
            if (x.isUntyped() && Predicates.isString(x.type)) c.consts.convertUntyped(x, Basic.of(Basic.Kind.STRING));
            Type u = TypeSets.under(x.type);
            String cause = "";
            if (x.type instanceof TypeParam && TypeSets.coreType(x.type) == null) {
                cause = c.str(x.type) + " has no core type";
            }
            if (!(u instanceof Type.Chan) && s.extra() != null) {
                c.error(s.extra().pos(), "range clause permits at most two iteration variables");
            }
            if (u instanceof Type.Chan ch) {
                if (s.value() != null) c.errorf(s.value().pos(), "range over %s permits only one iteration variable", c.str(x));
                if (ch.dir() == Type.ChanDir.SEND) cause = "receive from send-only channel";
                key = ch.elem();
            } else if (u instanceof Basic b && b.isString()) {
                key = Basic.of(Basic.Kind.INT); val = Universe.RUNE;
            } else if (u instanceof Type.Array a) {
                key = Basic.of(Basic.Kind.INT); val = a.elem();
            } else if (u instanceof Type.Slice sl) {
                key = Basic.of(Basic.Kind.INT); val = sl.elem();
            } else if (u instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array a) {
                key = Basic.of(Basic.Kind.INT); val = a.elem();
            } else if (u instanceof Type.Map m) {
                key = m.key(); val = m.elem();
            }
            if (key == null || !cause.isEmpty()) {
                if (cause.isEmpty()) c.errorf(x.expr.pos(), "cannot range over %s", c.str(x));
                else c.errorf(x.expr.pos(), "cannot range over %s (%s)", c.str(x), cause);
                key = null;
            }
        }
        openScope(s, "range");
        Expr[] lhs = { s.key(), s.value() };
        Type[] rhs = { key, val };
        if (s.op() == Op.DEFINE) {
            List<Obj.Var> vars = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                if (lhs[i] == null) continue;
                Obj.Var obj;
                if (lhs[i] instanceof Expr.Ident id) {
                    obj = new Obj.Var(id.pos(), c.pkg, id.name(), null, false, false);
                    c.recordDef(id, obj);
                    if (!id.isBlank()) vars.add(obj);
                } else {
                    c.errorf(lhs[i].pos(), "cannot declare %s", c.str(lhs[i]));
                    obj = new Obj.Var(lhs[i].pos(), c.pkg, "_", null, false, false);
                }
                if (rhs[i] != null) {
                    Operand v = new Operand();
                    v.set(Mode.VALUE, rhs[i]);
                    v.expr = lhs[i];
                    c.assignments.initVar(obj, v, "range clause");
                } else {
                    obj.setType(Basic.INVALID);
                    obj.markUsed();
                }
            }
            if (!vars.isEmpty()) {
                for (Obj.Var v : vars) {
                    if (c.declare(c.env.scope(), null, v)) declaredVar(v);
                }
            } else {
                c.error(s.pos(), "no new variables on left side of :=");
            }
        } else if (s.key() != null) {
            for (int i = 0; i < 2; i++) {
                if (lhs[i] == null || rhs[i] == null) continue;
                Operand v = new Operand();
                v.set(Mode.VALUE, rhs[i]);
                v.expr = lhs[i];
                c.assignments.assignVar(lhs[i], v);
            }
        }
        stmt(s.body());
        closeScope();
    }

}
