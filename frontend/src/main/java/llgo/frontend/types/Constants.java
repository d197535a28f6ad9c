/*
 * Constants and untyped operands (Go spec: "Constant expressions", "Representability";
 * go/types const.go and expr.go implicitTypeAndValue/updateExprType): overflow and
 * representability of constants, implicit conversion of untyped operands, and the final
 * types of untyped expressions recorded once they are known.
 */
package llgo.frontend.types;

import java.math.BigInteger;

import llgo.frontend.constant.ConstOps;
import llgo.frontend.constant.Value;
import llgo.frontend.syntax.Expr;
import llgo.frontend.syntax.Op;
import llgo.frontend.syntax.Pos;
import llgo.frontend.types.TypeAndValue.Mode;

final class Constants {
    private final Checker c;

    Constants(Checker c) { this.c = c; }

    /** Why an implicit conversion failed (go/types error codes used by invalidConversion). */
    enum Code { OK, TRUNCATED, OVERFLOW, INVALID_CONST, INVALID_UNTYPED }

    /** The result of implicitTypeAndValue: the new type and value (null: unchanged), or a failure code. */
    record Implicit(Type type, Value val, Code code) {}


    // ---- constants: representability and untyped conversion ----

    /** go/types overflow: typed constants must be representable; untyped integers may not grow beyond 512 bits. */
    void overflow(Operand x, Pos opPos) {
        if (x.val instanceof Value.Unknown) {
            c.error(opPos, "constant result is not representable");
            return;
        }
        if (Predicates.isTyped(x.type)) {
            representable(x, Predicates.basic(x.type));
            return;
        }
        if (x.val instanceof Value.Int i && i.value().abs().bitLength() > ConstOps.MAX_INT_BITS) {
            String name = x.expr instanceof Expr.Binary b ? opName(b.op())
                    : x.expr instanceof Expr.Unary u && u.op() == Op.XOR ? "bitwise complement" : "";
            c.error(opPos, name.isEmpty() ? "constant overflow" : "constant " + name + " overflow");
            x.val = new Value.Unknown();
        }
    }

    static String opName(Op op) {
        return switch (op) {
            case ADD -> "addition"; case SUB -> "subtraction"; case XOR -> "bitwise XOR"; case MUL -> "multiplication";
            case SHL -> "shift"; default -> "";
        };
    }

    /** go/types representable: x (a constant) must be representable by t; rounds x.val. */
    void representable(Operand x, Basic t) {
        Implicit r = representation(x, t);
        if (r.code() != Code.OK) {
            invalidConversion(r.code(), x, t);
            x.invalidate();
            return;
        }
        x.val = r.val();
    }

    Implicit representation(Operand x, Basic t) {
        Value v = representConst(x.val, t);
        if (v == null) {
            if (Predicates.isNumeric(x.type) && t.isNumeric()) {
                if (!Predicates.isInteger(x.type) && t.isInteger()) return new Implicit(null, null, Code.TRUNCATED);
                return new Implicit(null, null, Code.OVERFLOW);
            }
            return new Implicit(null, null, Code.INVALID_CONST);
        }
        return new Implicit(t, v, Code.OK);
    }

    /** The constant x as a value of basic type t (rounded), or null if not representable (Go spec "Representability"). */
    static Value representConst(Value x, Basic t) {
        if (x instanceof Value.Unknown) return x;
        switch (t.kind()) {
            case BOOL: case UNTYPED_BOOL: return ConstOps.represent(x, ConstOps.Target.BOOL, null, null);
            case STRING: case UNTYPED_STRING: return ConstOps.represent(x, ConstOps.Target.STRING, null, null);
            case FLOAT32: return ConstOps.represent(x, ConstOps.Target.FLOAT32, null, null);
            case FLOAT64: return ConstOps.represent(x, ConstOps.Target.FLOAT64, null, null);
            case UNTYPED_FLOAT: return ConstOps.represent(x, ConstOps.Target.UNTYPED_FLOAT, null, null);
            case COMPLEX64: return ConstOps.represent(x, ConstOps.Target.COMPLEX64, null, null);
            case COMPLEX128: return ConstOps.represent(x, ConstOps.Target.COMPLEX128, null, null);
            case UNTYPED_COMPLEX: return ConstOps.represent(x, ConstOps.Target.UNTYPED_COMPLEX, null, null);
            case UNTYPED_INT: case UNTYPED_RUNE: {
                BigInteger b = ConstOps.toBigInteger(x);
                return b == null ? null : new Value.Int(b);
            }
            case UNSAFE_POINTER: return null;
            default: {
                if (!t.isInteger()) return null;
                int bytes = (int) t.size();
                boolean unsigned = t.isUnsigned();
                return ConstOps.represent(x, ConstOps.Target.INT, intMin(bytes, unsigned), intMax(bytes, unsigned));
            }
        }
    }

    /** The bounds of the integer types, by size in bytes (1, 2, 4, 8) and signedness. */
    private static final BigInteger[] SIGNED_MIN = new BigInteger[9], SIGNED_MAX = new BigInteger[9],
            UNSIGNED_MAX = new BigInteger[9];

    static {
        for (int bytes = 1; bytes <= 8; bytes *= 2) {
            int bits = bytes * 8;
            SIGNED_MIN[bytes] = BigInteger.ONE.shiftLeft(bits - 1).negate();
            SIGNED_MAX[bytes] = BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
            UNSIGNED_MAX[bytes] = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        }
    }

    private static BigInteger intMin(int bytes, boolean unsigned) {
        if (unsigned) return BigInteger.ZERO;
        BigInteger m = bytes < SIGNED_MIN.length ? SIGNED_MIN[bytes] : null;
        return m != null ? m : BigInteger.ONE.shiftLeft(bytes * 8 - 1).negate();
    }

    private static BigInteger intMax(int bytes, boolean unsigned) {
        BigInteger m = bytes < UNSIGNED_MAX.length ? (unsigned ? UNSIGNED_MAX : SIGNED_MAX)[bytes] : null;
        if (m != null) return m;
        return unsigned ? BigInteger.ONE.shiftLeft(bytes * 8).subtract(BigInteger.ONE)
                : BigInteger.ONE.shiftLeft(bytes * 8 - 1).subtract(BigInteger.ONE);
    }

    void invalidConversion(Code code, Operand x, Type target) {
        String fmt = switch (code) {
            case TRUNCATED -> "%s truncated to %s";
            case OVERFLOW -> "%s overflows %s";
            default -> "cannot convert %s to %s";
        };
        c.errorf(x.expr.pos(), fmt, c.str(x), c.str(target));
    }

    /** go/types convertUntyped: converts untyped x to target (implicitly), reporting failures. */
    void convertUntyped(Operand x, Type target) {
        Implicit r = implicitTypeAndValue(x, target);
        if (r.code() != Code.OK) {
            invalidConversion(r.code(), x, target instanceof TypeParam ? target : target.underlying());
            x.invalidate();
            return;
        }
        if (r.val() != null) x.val = r.val();
        if (r.type() != x.type) {
            x.type = r.type();
            updateExprType(x.expr, r.type(), false);
        }
    }

    /** go/types implicitTypeAndValue (types2 flavour: nil takes the target type). */
    Implicit implicitTypeAndValue(Operand x, Type target) {
        if (x.invalid() || Predicates.isTyped(x.type) || target == Basic.INVALID) return new Implicit(x.type, null, Code.OK);
        if (Predicates.isUntyped(target)) {
            Basic m = Predicates.maxType((Basic) x.type, (Basic) target);
            if (m != null) return new Implicit(m, null, Code.OK);
            return new Implicit(null, null, Code.INVALID_UNTYPED);
        }
        if (x.isNil) {
            return Predicates.hasNil(target) ? new Implicit(target, null, Code.OK) : new Implicit(null, null, Code.INVALID_UNTYPED);
        }
        if (target instanceof TypeParam p) {
            // every type of the type set must accept x; x keeps its value (go/types implicitTypeAndValue)
            boolean ok = TypeSets.allTerms(p, t -> implicitTypeAndValue(x, t).code() == Code.OK);
            return ok ? new Implicit(target, null, Code.OK) : new Implicit(null, null, Code.INVALID_UNTYPED);
        }
        Type u = target.underlying();
        if (u instanceof Basic b) {
            if (x.mode == Mode.CONSTANT) return representation(x, b).code() == Code.OK
                    ? new Implicit(target, representConst(x.val, b), Code.OK) : representation(x, b);
            Basic xb = (Basic) x.type;
            boolean ok = switch (xb.kind()) {
                case UNTYPED_BOOL -> b.isBoolean();
                case UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT, UNTYPED_COMPLEX -> b.isNumeric();
                case UNTYPED_STRING -> b.isString();
                default -> false;
            };
            return ok ? new Implicit(target, null, Code.OK) : new Implicit(null, null, Code.INVALID_UNTYPED);
        }
        if (u instanceof Interface it) {
            if (!it.isComplete() || !it.isEmpty()) return new Implicit(null, null, Code.INVALID_UNTYPED);
            return new Implicit(Predicates.defaultType(x.type), null, Code.OK);
        }
        return new Implicit(null, null, Code.INVALID_UNTYPED);
    }

    /** go/types updateExprType: sets the (final) type of an untyped expression and of its untyped operands. */
    void updateExprType(Expr e, Type t, boolean fin) { updateExprType(null, e, t, fin); }

    void updateExprType(Expr parent, Expr e, Type t, boolean fin) {
        Checker.Untyped old = c.untyped.get(e);
        if (old == null) return;
        if (e instanceof Expr.Paren p) updateExprType(e, p.x(), t, fin);
        else if (e instanceof Expr.Unary u) {
            if (old.val() == null) updateExprType(e, u.x(), t, fin);
        } else if (e instanceof Expr.Binary b) {
            if (old.val() == null) {
                if (b.op().isComparison()) {
                    // the result type is independent of the operand types, which are final already
                } else if (b.op() == Op.SHL || b.op() == Op.SHR) {
                    updateExprType(e, b.x(), t, fin);
                } else {
                    updateExprType(e, b.x(), t, fin);
                    updateExprType(e, b.y(), t, fin);
                }
            }
        }
        if (!fin && Predicates.isUntyped(t)) {
            c.untyped.put(e, new Checker.Untyped(old.isLhs(), old.mode(), (Basic) t.underlying(), old.val()));
            return;
        }
        c.untyped.remove(e);
        if (old.isLhs() && !Predicates.isInteger(t)) {
            if (parent != null) c.errorf(e.pos(), "invalid operation: %s (shift of type %s)", c.str(parent), c.str(t));
            else c.errorf(e.pos(), "invalid operation: shifted operand %s (type %s) must be integer", c.str(e), c.str(t));
            return;
        }
        Value val = old.val();
        if (val != null) {
            Operand o = new Operand();
            o.setConst(old.type(), val);
            o.expr = e;
            convertUntyped(o, t);
            if (o.invalid()) return;
            val = o.val;
        }
        c.recordTypeAndValue(e, old.mode(), t, val);
    }
}
