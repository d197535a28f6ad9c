/*
 * Assignability of a value to a type (Go spec: "Assignability") and the checked
 * assignment of an operand to a variable, parameter, result or constant of a given type
 * (go/types assignments.go assignment, operand.go assignableTo), including the implicit
 * conversion of untyped constants and the "implements" test for interfaces.
 */
package llgo.frontend.types;


final class Assignability {
    private final Checker c;

    Assignability(Checker c) { this.c = c; }

    /**
     * Checks that x can be assigned to a variable of type t (null: the blank identifier)
     * in the given context ("assignment", "argument", ...); converts untyped x to t.
     * On failure reports the error and invalidates x.
     */
    void assignment(Operand x, Type t, String context) {
        c.exprs.singleValue(x);
        switch (x.mode) {
            case INVALID: return;
            case CONSTANT: case VARIABLE: case MAPINDEX: case VALUE: case COMMAOK: break;
            default:
                c.errorf(x.expr.pos(), "cannot assign %s to %s in %s", c.str(x), c.str(t), context);
                x.invalidate();
                return;
        }
        if (x.isUntyped()) {
            Type target = t;
            if (x.isNil) {
                if (t == null) {
                    c.errorf(x.expr.pos(), "use of untyped nil in %s", context);
                    x.invalidate();
                    return;
                }
            } else if (t == null || Predicates.isInterface(t)) {
                target = Predicates.defaultType(x.type);
            }
            Constants.Implicit r = c.consts.implicitTypeAndValue(x, target);
            if (r.code() != Constants.Code.OK) {
                String msg = String.format("cannot use %s as %s value in %s", c.str(x), c.str(target), context);
                if (r.code() == Constants.Code.TRUNCATED) msg += " (truncated)";
                else if (r.code() == Constants.Code.OVERFLOW) msg += " (overflows)";
                c.error(x.expr.pos(), msg);
                x.invalidate();
                return;
            }
            if (r.val() != null) x.val = r.val();
            if (r.type() != x.type) {
                x.type = r.type();
                c.consts.updateExprType(x.expr, r.type(), false);
            }
        }
        if (t == null) return;
        String[] reason = { "" };
        if (!assignableTo(x, t, reason)) {
            if (!reason[0].isEmpty()) c.errorf(x.expr.pos(), "cannot use %s as type %s in %s:\n\t%s", c.str(x), c.str(t), context, reason[0]);
            else c.errorf(x.expr.pos(), "cannot use %s as type %s in %s", c.str(x), c.str(t), context);
            x.invalidate();
        }
    }

    /** Go spec "Assignability" (go/types operand.assignableTo); reason[0] gets an explanation when useful. */
    boolean assignableTo(Operand x, Type t, String[] reason) {
        if (x.invalid() || t == Basic.INVALID) return true;
        // a type made invalid (an invalid recursive type) was reported where it is declared
        if (t.underlying() == Basic.INVALID || x.type.underlying() == Basic.INVALID) return true;
        Type v = x.type;
        if (Types.identical(v, t)) return true;
        Type vu = v.underlying(), tu = t.underlying();
        if (Predicates.isUntyped(vu)) {
            return c.consts.implicitTypeAndValue(x, t).code() == Constants.Code.OK;
        }
        if (Types.identical(vu, tu) && (!Predicates.hasName(v) || !Predicates.hasName(t))
                && !(v instanceof TypeParam) && !(t instanceof TypeParam)) return true;
        if (tu instanceof Interface && !(t instanceof TypeParam) || isInterfacePtr(tu)) {
            String err = implements_(v, t);
            if (err != null) {
                if (reason != null) reason[0] = err;
                return false;
            }
            return true;
        }
        if (vu instanceof Interface vi && !(v instanceof TypeParam) && !(tu instanceof Interface && !(t instanceof TypeParam))) {
            if (reason != null && c.lookup.missingMethod(t, vi, true) == null) {
                reason[0] = "need type assertion";
            }
            return false;
        }
        if (vu instanceof Type.Chan vc && vc.dir() == Type.ChanDir.BOTH && tu instanceof Type.Chan tc
                && Types.identical(vc.elem(), tc.elem())) {
            return !Predicates.hasName(v) || !Predicates.hasName(t);
        }
        // with type parameters (go/types operand.assignableTo): each type of the type set must do
        if (!Predicates.hasName(v) && t instanceof TypeParam tp) {
            return TypeSets.allTerms(tp, term -> assignableTo(valueOf(x, term), term, null));
        }
        if (v instanceof TypeParam vp && !Predicates.hasName(t)) {
            return TypeSets.allTerms(vp, term -> assignableTo(valueOf(x, term), t, null));
        }
        return false;
    }

    /** types2 isInterfacePtr: a pointer to an interface (or to a type parameter); implements explains why nothing else is assignable to it. */
    private static boolean isInterfacePtr(Type u) {
        return u instanceof Type.Pointer p && p.elem().underlying() instanceof Interface;
    }

    /** An operand like x with type t, to test assignability for one type of a type set. */
    private static Operand valueOf(Operand x, Type t) {
        Operand y = new Operand();
        y.set(x.mode, t);
        y.expr = x.expr;
        return y;
    }

    /** Null if v implements interface t, else gc's explanation. Precondition: t's underlying type is an interface, or a pointer to one. */
    String implements_(Type v, Type t) {
        if (v == Basic.INVALID || t == Basic.INVALID) return null;
        if (isInterfacePtr(t.underlying())) {
            return c.str(v) + " does not implement " + c.str(t) + " (type " + c.str(t) + " is pointer to interface, not interface)";
        }
        Interface ti = (Interface) t.underlying();
        Lookup.Missing m = c.lookup.missingMethod(v, ti, true);
        if (m == null) return null;
        return c.str(v) + " does not implement " + c.str(t) + " " + c.lookup.missingReason(v, t, m);
    }
}
