/*
 * Assignments and variable initialisation (Go spec: "Assignment statements", "Short
 * variable declarations", "Variable declarations"; go/types assignments.go): matching
 * counts incl. multi-value calls and comma-ok forms, addressability of the left-hand
 * side, and the types of variables declared without a type.
 */
package llgo.frontend.types;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import llgo.frontend.syntax.Expr;
import llgo.frontend.syntax.Pos;
import llgo.frontend.types.TypeAndValue.Mode;

final class Assignments {
    private final Checker c;

    Assignments(Checker c) { this.c = c; }

    /** Initialises v with x; v's type is x's default type if v has none (go/types initVar). */
    void initVar(Obj.Var v, Operand x, String context) {
        if (x.invalid() || x.type == Basic.INVALID || v.type() == Basic.INVALID) {
            if (v.type() == null) v.setType(Basic.INVALID);
            v.markUsed(); // avoid follow-on "declared but not used" errors
            return;
        }
        if (v.type() == null) {
            Type t = x.type;
            if (Predicates.isUntyped(t)) {
                if (x.isNil) {
                    c.errorf(x.expr.pos(), "use of untyped nil in %s", context);
                    v.setType(Basic.INVALID);
                    return;
                }
                t = Predicates.defaultType(t);
            }
            v.setType(t);
        }
        c.assignability.assignment(x, v.type(), context);
        if (x.invalid()) v.markUsed();
    }

    /** Initialises lhs from rhs (go/types initVars); returnPos is set for return statements. */
    void initVars(List<Obj.Var> lhs, List<Expr> rhs, Pos returnPos) {
        String context = returnPos != null ? "return statement" : "assignment";
        boolean commaOk = lhs.size() == 2 && rhs.size() == 1 && returnPos == null;
        List<Operand> xs = rhs.size() == 1 ? c.exprs.multiExpr(rhs.get(0), commaOk) : evalEach(rhs);
        if (xs.size() != lhs.size()) {
            invalidateUntyped(lhs);
            for (Operand x : xs) if (x.invalid()) return;
            if (returnPos != null) {
                returnError(returnPos, xs, lhs);
                return;
            }
            assignError(rhs, lhs.size(), xs.size());
            return;
        }
        boolean ok = true;
        for (int i = 0; i < lhs.size(); i++) {
            initVar(lhs.get(i), xs.get(i), context);
            if (xs.get(i).invalid()) ok = false;
        }
        if (commaOk && isCommaOk(xs.get(0)) && ok) c.recordCommaOk(rhs.get(0), xs.get(0).type, xs.get(1).type);
        if (!ok) for (Obj.Var v : lhs) v.markUsed();
    }

    private static boolean isCommaOk(Operand x) { return x.mode == Mode.MAPINDEX || x.mode == Mode.COMMAOK; }

    private List<Operand> evalEach(List<Expr> rhs) {
        List<Operand> out = new ArrayList<>();
        for (Expr e : rhs) {
            Operand x = new Operand();
            c.exprs.expr(x, e);
            out.add(x);
        }
        return out;
    }

    private void invalidateUntyped(List<Obj.Var> lhs) {
        for (Obj.Var v : lhs) {
            v.markUsed();
            if (v.type() == null) v.setType(Basic.INVALID);
        }
    }

    private void assignError(List<Expr> rhs, int l, int r) {
        String vars = l == 1 ? "1 variable" : l + " variables";
        String vals = r == 1 ? "1 value" : r + " values";
        Expr rhs0 = rhs.get(0);
        if (rhs.size() == 1 && rhs0 instanceof Expr.Call call) {
            c.errorf(rhs0.pos(), "assignment mismatch: %s but %s returns %s", vars, c.str(call.fun()), vals);
            return;
        }
        c.errorf(rhs0.pos(), "assignment mismatch: %s but %s", vars, vals);
    }

    void returnError(Pos at, List<Operand> rhs, List<Obj.Var> lhs) {
        String q = rhs.size() < lhs.size() ? "not enough" : "too many";
        Pos p = at;
        if (rhs.size() > lhs.size()) p = rhs.get(lhs.size()).expr.pos();
        else if (!rhs.isEmpty()) p = rhs.get(rhs.size() - 1).expr.pos();
        List<Type> have = new ArrayList<>(), want = new ArrayList<>();
        for (Operand o : rhs) have.add(o.type);
        for (Obj.Var v : lhs) want.add(v.type());
        c.errorf(p, "%s return values\n\thave %s\n\twant %s", q, c.calls.typesSummary(have, false), c.calls.typesSummary(want, false));
    }

    /** Checks that lhs can be assigned to and assigns x (go/types assignVar); returns lhs's type or null. */
    Type assignVar(Expr lhs, Operand x) {
        if (x.invalid()) {
            c.exprs.use(lhs);
            return null;
        }
        Expr inner = lhs;
        while (inner instanceof Expr.Paren p) inner = p.x();
        if (inner instanceof Expr.Ident id && id.isBlank()) {
            c.recordDef(id, null);
            c.assignability.assignment(x, null, "assignment to _ identifier");
            return x.invalid() ? null : x.type;
        }
        // a variable assigned to is not "used" by the assignment
        Obj.Var v = null;
        boolean wasUsed = false;
        if (inner instanceof Expr.Ident id) {
            Obj o = c.env.scope().lookupParent(id.name());
            if (o instanceof Obj.Var ov && ov.pkg() == c.pkg) { v = ov; wasUsed = ov.used(); }
        }
        Operand z = new Operand();
        c.exprs.expr(z, lhs);
        if (v != null) v.setUsed(wasUsed);
        if (z.invalid()) return null;
        switch (z.mode) {
            case VARIABLE: case MAPINDEX: break;
            default:
                if (inner instanceof Expr.Selector sel) {
                    TypeAndValue tv = c.info.types.get(sel.x());
                    if (tv != null && tv.mode() == Mode.MAPINDEX) {
                        c.errorf(z.expr.pos(), "cannot assign to struct field %s in map", c.str(z.expr));
                        return null;
                    }
                }
                c.errorf(z.expr.pos(), "cannot assign to %s", c.str(z));
                return null;
        }
        c.assignability.assignment(x, z.type, "assignment");
        return x.invalid() ? null : z.type;
    }

    /** {@code lhs = rhs} with equal or 1-call counts (go/types assignVars). */
    void assignVars(List<Expr> lhs, List<Expr> rhs) {
        int l = lhs.size();
        boolean commaOk = l == 2 && rhs.size() == 1;
        List<Operand> xs = rhs.size() == 1 ? c.exprs.multiExpr(rhs.get(0), commaOk) : evalEach(rhs);
        if (xs.size() != l) {
            for (Expr e : lhs) c.exprs.use(e);
            boolean anyInvalid = false;
            for (Operand x : xs) anyInvalid |= x.invalid();
            if (!anyInvalid) assignError(rhs, l, xs.size());
            return;
        }
        Type[] types = new Type[l];
        boolean ok = true;
        for (int i = 0; i < l; i++) {
            types[i] = assignVar(lhs.get(i), xs.get(i));
            if (types[i] == null) ok = false;
        }
        // avoid follow-on "declared but not used" errors if any assignment failed
        if (!ok) for (Expr e : lhs) c.exprs.use(e);
        if (commaOk && rhs.size() == 1 && isCommaOk(xs.get(0))) {
            c.recordCommaOk(rhs.get(0), types[0] != null ? types[0] : xs.get(0).type,
                    types[1] != null ? types[1] : Basic.of(Basic.Kind.BOOL));
        }
    }

    /** {@code a, b := ...} (go/types shortVarDecl). */
    void shortVarDecl(Pos pos, List<Expr> lhs, List<Expr> rhs) {
        Scope scope = c.env.scope();
        List<Obj.Var> vars = new ArrayList<>();
        List<Obj.Var> newVars = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean hasErr = false;
        for (Expr e : lhs) {
            Obj.Var slot = null;
            if (!(e instanceof Expr.Ident id)) {
                c.exprs.use(e);
                c.errorf(e.pos(), "non-name %s on left side of :=", c.str(e));
                hasErr = true;
            } else if (!id.isBlank() && !seen.add(id.name())) {
                c.errorf(id.pos(), "%s repeated on left side of :=", id.name());
                hasErr = true;
            } else {
                Obj alt = scope.lookup(id.name());
                if (alt != null) {
                    c.recordUse(id, alt);
                    if (alt instanceof Obj.Var av) slot = av;
                    else {
                        c.errorf(id.pos(), "cannot assign to %s", c.str(e));
                        hasErr = true;
                    }
                } else {
                    slot = new Obj.Var(id.pos(), c.pkg, id.name(), null, false, false);
                    if (!id.isBlank()) newVars.add(slot);
                    c.recordDef(id, slot);
                }
            }
            vars.add(slot != null ? slot : new Obj.Var(e.pos(), c.pkg, "_", null, false, false));
        }
        initVars(vars, rhs, null);
        if (newVars.isEmpty() && !hasErr) {
            c.error(pos, "no new variables on left side of :=");
            return;
        }
        for (Obj.Var v : newVars) {
            scope.insert(v);
            c.stmts.declaredVar(v);
        }
    }
}
