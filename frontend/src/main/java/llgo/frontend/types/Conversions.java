/*
 * Explicit conversions T(x) (Go spec: "Conversions", "Conversions to and from a string
 * type", "Package unsafe"; go/types conversions.go): constant conversions with
 * representability (and integer to string), and the convertibility rules for
 * non-constant values.
 */
package llgo.frontend.types;

import java.math.BigInteger;

import llgo.frontend.constant.ConstOps;
import llgo.frontend.constant.Value;
import llgo.frontend.types.TypeAndValue.Mode;

final class Conversions {
    private final Checker c;

    Conversions(Checker c) { this.c = c; }

    /** Converts x to t, reporting gc's error if the conversion is not allowed. */
    void conversion(Operand x, Type t) {
        boolean constArg = x.mode == Mode.CONSTANT;
        boolean ok = false;
        String[] cause = { "" };
        if (constArg && Predicates.isConstType(t)) {
            Value v = constConvert(x, Predicates.basic(t));
            if (v != null) { x.val = v; ok = true; }
        } else if (constArg && t instanceof TypeParam tp) {
            // each type of the type set must accept the constant; the result is not constant
            ok = TypeSets.allTerms(tp, u -> Predicates.isString(x.type) && isBytesOrRunes(u.underlying())
                    || Predicates.isConstType(u) && constConvert(x, Predicates.basic(u)) != null);
            x.mode = Mode.VALUE;   // type parameters are not constants
            if (ok) x.val = null;
        } else if (convertibleTo(x, t, cause)) {
            ok = true;
            x.mode = Mode.VALUE;
            x.val = null;
        }
        if (!ok) {
            if (!cause[0].isEmpty()) c.errorf(x.expr.pos(), "cannot convert %s to type %s:\n\t%s", c.str(x), c.str(t), cause[0]);
            else c.errorf(x.expr.pos(), "cannot convert %s to type %s", c.str(x), c.str(t));
            x.invalidate();
            return;
        }
        if (x.isUntyped()) {
            Type fin = t;
            if (Predicates.isInterface(t) || constArg && !Predicates.isConstType(t) || x.isNil) {
                fin = Predicates.defaultType(x.type);
            } else if (x.mode == Mode.CONSTANT && Predicates.isInteger(x.type) && Predicates.isString(t)) {
                fin = x.type;
            }
            c.consts.updateExprType(x.expr, fin, true);
        }
        x.type = t;
        x.isNil = false;
    }

    private Value constConvert(Operand x, Basic t) {
        Value v = Constants.representConst(x.val, t);
        if (v != null) return v;
        if (Predicates.isInteger(x.type) && t.isString()) {
            int cp = 0xFFFD;
            BigInteger i = ConstOps.toBigInteger(x.val);
            if (i != null && i.signum() >= 0 && i.compareTo(BigInteger.valueOf(0x10FFFF)) <= 0
                    && !(i.intValue() >= 0xD800 && i.intValue() < 0xE000)) cp = i.intValue();
            return ConstOps.makeString(ConstOps.bytesOf(new String(Character.toChars(cp))));
        }
        return null;
    }

    /** go/types convertibleTo (non-constant conversions). */
    boolean convertibleTo(Operand x, Type t, String[] cause) {
        if (c.assignability.assignableTo(x, t, cause)) return true; // its cause, if any, stays (types2)
        Type v = x.type, vu = v.underlying(), tu = t.underlying();
        if (v instanceof TypeParam || t instanceof TypeParam) return typeParamConvertible(x, t, cause);
        if (Predicates.identicalIgnoreTags(vu, tu)) return true;
        if (v instanceof Type.Pointer vp && t instanceof Type.Pointer tp
                && Predicates.identicalIgnoreTags(vp.elem().underlying(), tp.elem().underlying())) return true;
        if (isIntegerOrFloat(vu) && isIntegerOrFloat(tu)) return true;
        if (Predicates.isComplex(vu) && Predicates.isComplex(tu)) return true;
        if ((Predicates.isInteger(vu) || isBytesOrRunes(vu)) && Predicates.isString(tu)) return true;
        if (Predicates.isString(vu) && isBytesOrRunes(tu)) return true;
        if ((vu instanceof Type.Pointer || isUintptr(vu)) && Predicates.isUnsafePointer(tu)) return true;
        if (Predicates.isUnsafePointer(vu) && (tu instanceof Type.Pointer || isUintptr(tu))) return true;
        if (vu instanceof Type.Slice s && tu instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array a
                && Types.identical(s.elem(), a.elem())) return true;
        return false;
    }

    /** go/types convertibleTo with type parameters: every type of each type set must be convertible. */
    private boolean typeParamConvertible(Operand x, Type t, String[] cause) {
        if (x.type instanceof TypeParam vp) {
            return TypeSets.allTerms(vp, v -> convertibleTo(withType(x, v), t, new String[] { "" }));
        }
        return TypeSets.allTerms((TypeParam) t, u -> convertibleTo(x, u, new String[] { "" }));
    }

    private static Operand withType(Operand x, Type t) {
        Operand y = new Operand();
        y.set(x.mode, t);
        y.expr = x.expr;
        return y;
    }

    private static boolean isIntegerOrFloat(Type t) { return Predicates.isInteger(t) || Predicates.isFloat(t); }

    private static boolean isUintptr(Type t) { return t instanceof Basic b && b.kind() == Basic.Kind.UINTPTR; }

    private static boolean isBytesOrRunes(Type t) {
        if (t instanceof Type.Slice s && s.elem().underlying() instanceof Basic b) {
            return b.kind() == Basic.Kind.UINT8 || b.kind() == Basic.Kind.INT32;
        }
        return false;
    }
}
