/*
 * Index and slice expressions (Go spec: "Index expressions", "Slice expressions"; go/types
 * index.go): indexing of arrays, pointers to arrays, slices, strings and maps, constant
 * index checks, and simple and full slice expressions.
 */
package llgo.frontend.types;

import java.util.ArrayList;
import java.util.List;

import llgo.frontend.constant.ConstOps;
import llgo.frontend.constant.Value;
import llgo.frontend.syntax.Expr;
import llgo.frontend.types.TypeAndValue.Mode;

final class Indexing {
    private final Checker c;

    Indexing(Checker c) { this.c = c; }

    // ---- index, slice, assertion ----

    void index(Operand x, Expr.Index e) {
        c.exprs.exprOrType(x, e.x(), true);
        indexOperand(x, e);
    }

    /**
     * The rest of index expression e once e.x() is evaluated into x: an instantiation of a
     * generic type or function, or an index of an array, pointer to array, slice, string or map.
     */
    void indexOperand(Operand x, Expr.Index e) {
        if (x.invalid()) {
            for (Expr i : e.indices()) c.exprs.use(i);
            return;
        }
        if (x.mode == Mode.TYPEXPR) {
            Type t = c.typexprs.instance(x, e);
            if (t == Basic.INVALID) x.invalidate(); else x.set(Mode.TYPEXPR, t);
            return;
        }
        if (x.type instanceof Type.Signature sig && !sig.typeParams().isEmpty()) {
            funcInst(x, e, sig, false);
            return;
        }
        c.exprs.exclude(x, true, true, false);
        if (x.invalid()) return;
        boolean valid = false;
        long length = -1;
        Type u = TypeSets.under(x.type);
        if (x.type instanceof TypeParam tp && TypeSets.coreType(tp) == null) {
            // no core type: every type of the type set must be indexable with the same element type (go/types index.go)
            Type elem = null;
            boolean variable = x.mode == Mode.VARIABLE;
            boolean ok = TypeSets.terms(tp) != null;
            for (Type.Term term : ok ? TypeSets.terms(tp) : List.<Type.Term>of()) {
                Type tu = term.type().underlying(), te = null;
                if (tu instanceof Basic b && b.isString()) { te = Universe.BYTE; variable = false; }
                else if (tu instanceof Type.Array a) te = a.elem();
                else if (tu instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array a) { te = a.elem(); variable = true; }
                else if (tu instanceof Type.Slice s) { te = s.elem(); variable = true; }
                if (te == null || elem != null && !Types.identical(elem, te)) { ok = false; break; }
                elem = te;
            }
            if (ok) {
                x.mode = variable ? Mode.VARIABLE : Mode.VALUE;
                x.type = elem;
                x.val = null;
                Expr ie = singleIndex(e);
                if (ie == null) { x.invalidate(); return; }
                checkIndex(ie, -1);
                return;
            }
        }
        if (u instanceof Basic b && b.isString()) {
            valid = true;
            if (x.mode == Mode.CONSTANT && x.val instanceof Value.Str s) length = s.length();
            x.mode = Mode.VALUE;
            x.type = Universe.BYTE;
        } else if (u instanceof Type.Array a) {
            valid = true;
            length = a.len();
            if (x.mode != Mode.VARIABLE) x.mode = Mode.VALUE;
            x.type = a.elem();
        } else if (u instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array a) {
            valid = true;
            length = a.len();
            x.mode = Mode.VARIABLE;
            x.type = a.elem();
        } else if (u instanceof Type.Slice s) {
            valid = true;
            x.mode = Mode.VARIABLE;
            x.type = s.elem();
        } else if (u instanceof Type.Map m) {
            Expr ie = singleIndex(e);
            if (ie == null) { x.invalidate(); return; }
            Operand key = new Operand();
            c.exprs.exprWithHint(key, ie, m.key());
            c.assignability.assignment(key, m.key(), "map index");
            x.mode = Mode.MAPINDEX;
            x.type = m.elem();
            x.val = null;
            return;
        }
        if (!valid) {
            c.errorf(x.expr.pos(), "invalid operation: cannot index %s", c.str(x));
            x.invalidate();
            return;
        }
        x.val = null;
        Expr ie = singleIndex(e);
        if (ie == null) { x.invalidate(); return; }
        checkIndex(ie, length);
    }

    /**
     * {@code f[A, B]}: instantiates generic function x with explicit type arguments (go/types
     * funcInst). Missing trailing arguments are inferred from the constraints, or, when
     * partialOk (the function of a call), left to argument type inference: then x keeps the
     * generic signature and the given arguments are returned.
     *
     * @return the explicit type arguments, or null after an error (x is then invalid)
     */
    List<Type> funcInst(Operand x, Expr.Index e, Type.Signature sig, boolean partialOk) {
        List<Type> targs = new ArrayList<>();
        for (Expr i : e.indices()) targs.add(c.typexprs.varType(i));
        if (targs.contains(Basic.INVALID)) { x.invalidate(); return null; }
        int want = sig.typeParams().size();
        if (targs.size() > want) {
            c.errorf(e.indices().get(want).pos(), "got %d type arguments but want %d", targs.size(), want);
            x.invalidate();
            return null;
        }
        if (targs.size() < want) {
            if (partialOk) return targs;
            targs = c.infer.infer(e.lbrack(), sig.typeParams(), targs, List.of(), List.of());
            if (targs == null) { x.invalidate(); return null; }
        }
        Type.Signature inst = c.instantiate.signature(sig, targs);
        c.instantiate.verify(e.lbrack(), sig.typeParams(), targs, e.indices());
        c.instantiate.record(e.x(), sig.typeParams(), targs, inst, e.indices(), e.lbrack());
        x.set(Mode.VALUE, inst);
        return targs;
    }

    Expr singleIndex(Expr.Index e) {
        if (e.indices().isEmpty()) {
            c.errorf(e.lbrack(), "expected operand");
            return null;
        }
        if (e.indices().size() > 1) {
            c.errorf(e.indices().get(1).pos(), "invalid operation: more than one index");
        }
        return e.indices().get(0);
    }

    /** go/types index: checks an index against max (-1: unknown); returns its constant value or -1. */
    long checkIndex(Expr e, long max) {
        Operand x = new Operand();
        c.exprs.expr(x, e);
        if (!isValidIndex(x, "index", false)) return -1;
        if (x.mode != Mode.CONSTANT || x.val instanceof Value.Unknown) return -1;
        long v = ConstOps.toBigInteger(x.val).longValue();
        if (max >= 0 && v >= max) {
            c.errorf(x.expr.pos(), "invalid argument: index %s out of bounds [0:%d]", ConstOps.format(x.val), max);
            return -1;
        }
        return v;
    }

    boolean isValidIndex(Operand x, String what, boolean allowNegative) {
        if (x.invalid()) return false;
        c.consts.convertUntyped(x, Basic.of(Basic.Kind.INT));
        if (x.invalid()) return false;
        if (!Predicates.isInteger(x.type)) {
            c.errorf(x.expr.pos(), "invalid argument: %s %s must be integer", what, c.str(x));
            return false;
        }
        if (x.mode == Mode.CONSTANT && !(x.val instanceof Value.Unknown)) {
            if (!allowNegative && ConstOps.sign(x.val) < 0) {
                c.errorf(x.expr.pos(), "invalid argument: %s %s must not be negative", what, c.str(x));
                return false;
            }
            if (c.consts.representConst(x.val, Basic.of(Basic.Kind.INT)) == null) {
                c.errorf(x.expr.pos(), "invalid argument: %s %s overflows int", what, c.str(x));
                return false;
            }
        }
        return true;
    }

    void slice(Operand x, Expr.Slice e) {
        c.exprs.expr(x, e.x());
        if (x.invalid()) return;
        boolean valid = false;
        long length = -1;
        Type u = TypeSets.under(x.type);
        if (u instanceof Basic b && b.isString()) {
            if (e.slice3()) {
                c.errorf(e.max().pos(), "invalid operation: 3-index slice of string");
                x.invalidate();
                return;
            }
            valid = true;
            if (x.mode == Mode.CONSTANT && x.val instanceof Value.Str s) length = s.length();
            if (x.isUntyped()) x.type = Basic.of(Basic.Kind.STRING);
        } else if (u instanceof Type.Array a) {
            valid = true;
            length = a.len();
            if (x.mode != Mode.VARIABLE) {
                c.errorf(x.expr.pos(), "invalid operation: %s (slice of unaddressable value)", c.str(x));
                x.invalidate();
                return;
            }
            x.type = new Type.Slice(a.elem());
        } else if (u instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array a) {
            valid = true;
            length = a.len();
            x.type = new Type.Slice(a.elem());
        } else if (u instanceof Type.Slice) {
            valid = true;
        }
        if (!valid) {
            c.errorf(x.expr.pos(), "invalid operation: cannot slice %s", c.str(x));
            x.invalidate();
            return;
        }
        x.mode = Mode.VALUE;
        x.val = null;
        Expr[] idx = { e.lo(), e.hi(), e.max() };
        int n = e.slice3() ? 3 : 2;
        long[] ind = new long[n];
        for (int i = 0; i < n; i++) {
            long v = -1;
            if (idx[i] != null) {
                long max = length >= 0 ? length + 1 : -1;
                long r = checkIndex(idx[i], max);
                if (r >= 0) v = r;
            } else if (i == 0) v = 0;
            else if (length >= 0) v = length;
            ind[i] = v;
        }
        outer:
        for (int i = 0; i < n - 1; i++) {
            if (ind[i] > 0) {
                for (int j = i + 1; j < n; j++) {
                    if (ind[j] >= 0 && ind[j] < ind[i]) {
                        c.errorf(idx[j] != null ? idx[j].pos() : e.pos(), "invalid slice indices: %d < %d", ind[j], ind[i]);
                        break outer;
                    }
                }
            }
        }
    }
}
