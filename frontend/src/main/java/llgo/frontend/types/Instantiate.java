/*
 * Instantiation and constraint satisfaction (Go spec: "Instantiations", "Implementing an
 * interface", "Satisfying a type constraint"; go/types instantiate.go): instantiating
 * generic function signatures, verifying type arguments against their constraints with
 * types2's error wording ("T does not implement comparable", "string does not implement
 * Number (string missing in int | float64)"), and recording instances in Info.
 */
package llgo.frontend.types;

import java.util.List;

import llgo.frontend.syntax.Expr;
import llgo.frontend.syntax.Pos;

final class Instantiate {
    private final Checker c;

    Instantiate(Checker c) { this.c = c; }

    /** The signature of generic function sig instantiated with targs (one per type parameter). */
    Type.Signature signature(Type.Signature sig, List<Type> targs) {
        return Subst.of(sig.typeParams(), targs).signature(sig);
    }

    /**
     * Verifies targs against the constraints of tparams; reports the first failure at the
     * position of the corresponding type argument expression, or at pos.
     *
     * @return true when all are satisfied
     */
    boolean verify(Pos pos, List<TypeParam> tparams, List<Type> targs, List<Expr> targExprs) {
        Subst s = Subst.of(tparams, targs);
        for (int i = 0; i < tparams.size() && i < targs.size(); i++) {
            Type bound = s.type(tparams.get(i).constraint());
            String err = satisfies(targs.get(i), bound);
            if (err != null) {
                c.error(i < targExprs.size() ? targExprs.get(i).pos() : pos, err);
                return false;
            }
        }
        return true;
    }

    /** Null if type v satisfies constraint t, else types2's explanation (instantiate.go implements). */
    String satisfies(Type v, Type t) {
        if (v == null || t == null) return null;
        Type vu = v.underlying(), tu = t.underlying();
        if (vu == Basic.INVALID || tu == Basic.INVALID) return null;
        if (vu instanceof Type.Pointer p && p.elem().underlying() == Basic.INVALID) return null;
        if (!(tu instanceof Interface ti)) {
            String cause = tu instanceof Type.Pointer p && p.elem().underlying() instanceof Interface
                    ? "type " + c.str(t) + " is pointer to interface, not interface" : c.str(t) + " is not an interface";
            return c.str(v) + " does not implement " + c.str(t) + " (" + cause + ")";
        }
        if (ti.isAll()) return null;
        Interface vi = vu instanceof Interface i ? i : null;
        if (vi != null && vi.terms() != null && vi.terms().isEmpty()) return null;
        if (ti.terms() != null && ti.terms().isEmpty()) return "cannot implement " + c.str(t) + " (empty type set)";
        Lookup.Missing m = c.lookup.missingMethod(v, ti, true);
        if (m != null) return c.str(v) + " does not implement " + c.str(t) + " " + c.lookup.missingReason(v, t, m);
        String pending = null;
        if (ti.isComparable() && !Predicates.strictlyComparable(v)) pending = c.str(v) + " does not implement comparable";
        if (ti.terms() == null) return pending;
        if (vi != null) {
            if (!subset(vi.terms(), ti.terms())) return c.str(v) + " does not implement " + c.str(t);
            return pending;
        }
        if (!TypeSets.includes(ti.terms(), v)) {
            for (Type.Term term : ti.terms()) {
                if (!term.tilde() && Types.identical(term.type(), term.type().underlying())
                        && TypeSets.includes(new Type.Term(true, term.type()), v)) {
                    return c.str(v) + " does not implement " + c.str(t) + " (possibly missing ~ for "
                            + c.str(term.type()) + " in constraint " + c.str(t) + ")";
                }
            }
            return c.str(v) + " does not implement " + c.str(t) + " (" + c.str(v) + " missing in " + c.str(new Type.Union(ti.terms())) + ")";
        }
        return pending;
    }

    /** Whether every type of terms a is in terms b (null: all types). */
    private static boolean subset(List<Type.Term> a, List<Type.Term> b) {
        if (b == null) return true;
        if (a == null) return false;
        for (Type.Term x : a) {
            boolean in = false;
            for (Type.Term y : b) {
                if (y.tilde() ? Types.identical(x.type().underlying(), y.type().underlying())
                        : !x.tilde() && Types.identical(x.type(), y.type())) { in = true; break; }
            }
            if (!in) return false;
        }
        return true;
    }

    /**
     * Records the instance for the identifier that e names (an identifier or a qualified
     * identifier), and the instantiation of tparams for the instantiation cycle check.
     *
     * @param targExprs the explicit type argument expressions; pos for the inferred ones
     */
    void record(Expr e, List<TypeParam> tparams, List<Type> targs, Type inst, List<Expr> targExprs, Pos pos) {
        List<Pos> positions = new java.util.ArrayList<>();
        for (int i = 0; i < targs.size(); i++) positions.add(i < targExprs.size() ? targExprs.get(i).pos() : pos);
        c.mono.recordInstance(tparams, targs, positions);
        record(e, targs, inst);
    }

    /** Records the instance for the identifier that e names (an identifier or a qualified identifier). */
    void record(Expr e, List<Type> targs, Type inst) {
        while (e instanceof Expr.Paren p) e = p.x();
        if (e instanceof Expr.Index ix) e = ix.x();
        while (e instanceof Expr.Paren p) e = p.x();
        Expr.Ident id = e instanceof Expr.Ident i ? i : e instanceof Expr.Selector s ? s.sel() : null;
        if (id != null) c.info.instances.put(id, new Info.Instance(List.copyOf(targs), inst));
    }
}
