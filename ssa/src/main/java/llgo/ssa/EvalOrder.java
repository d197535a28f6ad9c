package llgo.ssa;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import llgo.frontend.syntax.Expr;
import llgo.frontend.syntax.Op;
import llgo.frontend.syntax.Stmt;
import llgo.frontend.types.Obj;
import llgo.frontend.types.Selection;
import llgo.frontend.types.TypeAndValue;

/**
 * gc's order of evaluation where the spec leaves it open (Go spec: "Order of evaluation":
 * "all function calls, method calls, and communication operations are evaluated in lexical
 * left-to-right order", the other operands in an unspecified order relative to them). gc
 * (cmd/compile/internal/walk/order.go) first evaluates, in a left-to-right post-order walk
 * of a statement's expressions, every call, the builtins that compute a value (len, cap,
 * append, make, new, copy, complex, real, imag, recover), every receive and every
 * {@code &&}/{@code ||} into temporaries, then evaluates the rest of the statement: so
 * after {@code m := c.inc}, {@code println(c.n, m())} prints the incremented value twice.
 *
 * <p>{@link #hoist} does that walk: each such operation is built at once and its value kept
 * for the one later {@link ExprBuilder#value} of the same syntax node ({@link #take}). The
 * walk never enters function literals or the operands of {@code &&}/{@code ||} (those are
 * evaluated, each ordered in turn, when the operator is), nor type expressions. A map
 * literal is built early as a whole, as gc does (order.go OMAPLIT): an empty map, then
 * one ordered assignment {@code m[k] = v} per entry.
 */
final class EvalOrder {
    private final FunctionBuilder fb;
    private final Map<Expr, Value> evaluated = new IdentityHashMap<>();

    EvalOrder(FunctionBuilder fb) { this.fb = fb; }

    /** The value computed for e by an earlier {@link #hoist}, removed; null if there is none. */
    Value take(Expr e) { return evaluated.isEmpty() ? null : evaluated.remove(e); }

    /** Evaluates the calls, receives and logical operators of each expression, in order. */
    void hoistAll(List<Expr> es) { for (Expr e : es) hoist(e); }

    /** Evaluates the calls, receives and logical operators within e, then e itself if it is one. */
    void hoist(Expr e) {
        if (evaluated.containsKey(ExprBuilder.unparen(e))) return;
        hoistOperands(e);
        if (isOrdered(ExprBuilder.unparen(e))) evaluate(ExprBuilder.unparen(e));
    }

    /** As {@link #hoist}, but never e itself: for an expression built otherwise than by value (comma-ok, go, defer, lvalues). */
    void hoistOperands(Expr e) {
        e = ExprBuilder.unparen(e);
        if (isConstantOrType(e) || evaluated.containsKey(e)) return;
        if (e instanceof Expr.Call c) {
            TypeAndValue ftv = fb.info.types.get(ExprBuilder.unparen(c.fun()));
            if (ftv == null || !ftv.isType()) hoistCallee(c.fun());
            for (Expr a : c.args()) if (!isConstantOrType(ExprBuilder.unparen(a))) hoist(a);
        } else if (e instanceof Expr.Unary u) {
            if (u.op() == Op.AND) hoistOperands(u.x());   // &x is built by address, not value, of x
            else hoist(u.x());
        } else if (e instanceof Expr.Binary b) {
            if (b.op() != Op.LAND && b.op() != Op.LOR) { hoist(b.x()); hoist(b.y()); }
        } else if (e instanceof Expr.Star s) {
            hoist(s.x());
        } else if (e instanceof Expr.Selector s) {
            if (fb.info.selections.get(s) != null) hoist(s.x());
        } else if (e instanceof Expr.Index i) {
            hoist(i.x());
            hoistAll(i.indices());
        } else if (e instanceof Expr.Slice s) {
            hoist(s.x());
            for (Expr x : new Expr[] { s.lo(), s.hi(), s.max() }) if (x != null) hoist(x);
        } else if (e instanceof Expr.TypeAssert a) {
            hoist(a.x());
        } else if (e instanceof Expr.CompositeLit c && !isMapLiteral(c)) {
            for (Expr elt : c.elts()) {
                if (elt instanceof Expr.KeyValue kv) {
                    if (!(kv.key() instanceof Expr.Ident)) hoist(kv.key());   // a field name is no operand
                    hoist(kv.value());
                } else {
                    hoist(elt);
                }
            }
        }
    }

    /** The callee of a call: for a method, its receiver expression; a builtin's name is no operand. */
    private void hoistCallee(Expr fun) {
        Expr f = ExprBuilder.unparen(fun);
        if (f instanceof Expr.Ident id && fb.info.objectOf(id) instanceof Obj.Builtin) return;
        Selection sel = f instanceof Expr.Selector s ? fb.info.selections.get(s) : null;
        if (sel != null && sel.kind() == Selection.Kind.METHOD_VAL) {
            hoist(((Expr.Selector) f).x());
            return;
        }
        hoist(f);
    }

    private boolean isConstantOrType(Expr e) {
        TypeAndValue tv = fb.info.types.get(e);
        return tv != null && (tv.isType() || tv.isConstant() && tv.value() != null);
    }

    /** Whether gc evaluates e into a temporary before the rest of its statement. */
    private boolean isOrdered(Expr e) {
        if (isConstantOrType(e)) return false;
        if (e instanceof Expr.Call c) return isOrderedCall(c);
        if (e instanceof Expr.Unary u) return u.op() == Op.ARROW;
        if (e instanceof Expr.CompositeLit c) return isMapLiteral(c);
        return e instanceof Expr.Binary b && (b.op() == Op.LAND || b.op() == Op.LOR);
    }

    private boolean isMapLiteral(Expr.CompositeLit c) {
        return fb.expr.typeOf(c).underlying() instanceof llgo.frontend.types.Type.Map;
    }

    private boolean isOrderedCall(Expr.Call c) {
        Expr fun = ExprBuilder.unparen(c.fun());
        TypeAndValue ftv = fb.info.types.get(fun);
        if (ftv != null && ftv.isType()) return false;   // a conversion
        Obj.Builtin.Id id = fb.calls.builtinId(fun);
        if (id == null) return true;
        return switch (id) {
            case LEN, CAP, APPEND, MAKE, NEW, COPY, COMPLEX, REAL, IMAG, RECOVER -> true;
            default -> false;   // print, println, panic, delete, close: statements, no value
        };
    }

    /**
     * Postcondition of building a statement: every value computed early was used. A value
     * left over is a compiler bug (it would be read where it may not be defined).
     */
    void checkAllTaken(Stmt s) {
        if (evaluated.isEmpty()) return;
        Expr left = evaluated.keySet().iterator().next();
        evaluated.clear();
        throw new IllegalStateException(left.pos() + ": value computed early by EvalOrder was never used (statement at " + s.pos() + ")");
    }

    private void evaluate(Expr e) {
        Value v = fb.expr.value(e);
        evaluated.put(e, v);
    }
}
