/*
 * Operators (Go spec: "Operators", "Arithmetic operators", "Comparison operators"; go/types
 * expr.go unary/binary/shift/comparison): unary and binary operators with gc's rules,
 * matching of untyped operands, shifts, and comparisons with their incomparability causes.
 */
package llgo.frontend.types;

import java.math.BigInteger;

import llgo.frontend.constant.ConstOps;
import llgo.frontend.constant.Value;
import llgo.frontend.syntax.Expr;
import llgo.frontend.syntax.Op;
import llgo.frontend.syntax.Pos;
import llgo.frontend.types.TypeAndValue.Mode;

final class Operators {
    private final Checker c;

    Operators(Checker c) { this.c = c; }

    void unary(Operand x, Expr.Unary u) {
        c.exprs.expr(x, u.x());
        if (x.invalid()) return;
        switch (u.op()) {
            case AND: {
                Expr inner = u.x();
                while (inner instanceof Expr.Paren p) inner = p.x();
                if (!(inner instanceof Expr.CompositeLit) && x.mode != Mode.VARIABLE) {
                    c.errorf(x.expr.pos(), "invalid operation: cannot take address of %s", c.str(x));
                    x.invalidate();
                    return;
                }
                x.set(Mode.VALUE, new Type.Pointer(x.type));
                return;
            }
            case ARROW: {
                if (!(TypeSets.under(x.type) instanceof Type.Chan ch)) {
                    c.errorf(x.expr.pos(), "invalid operation: cannot receive from non-channel %s", c.str(x));
                    x.invalidate();
                    return;
                }
                if (ch.dir() == Type.ChanDir.SEND) {
                    c.errorf(x.expr.pos(), "invalid operation: cannot receive from send-only channel %s", c.str(x));
                    x.invalidate();
                    return;
                }
                x.set(Mode.COMMAOK, ch.elem());
                return;
            }
            case TILDE:
                c.error(u.pos(), "cannot use ~ outside of interface or type constraint");
                x.invalidate();
                return;
            default:
        }
        if (!opAllowed(x, u.op(), true)) { x.invalidate(); return; }
        if (x.mode == Mode.CONSTANT) {
            if (x.val instanceof Value.Unknown) return;
            int bits = Predicates.isUnsigned(x.type) ? (int) Predicates.basic(x.type).size() * 8 : 0;
            x.val = ConstOps.unary(u.op(), x.val, bits);
            x.expr = u;
            c.consts.overflow(x, u.pos());
            return;
        }
        x.mode = Mode.VALUE;
    }

    /** go/types op: whether op is defined on x's type; reports otherwise. */
    boolean opAllowed(Operand x, Op op, boolean unary) {
        boolean ok;
        switch (op) {
            case ADD: ok = unary ? Predicates.isNumeric(x.type) : Predicates.isNumericOrString(x.type); break;
            case SUB: case MUL: case QUO: ok = Predicates.isNumeric(x.type); break;
            case REM: case AND: case OR: case XOR: case AND_NOT: ok = Predicates.isInteger(x.type); break;
            case NOT: case LAND: case LOR: ok = Predicates.isBoolean(x.type); break;
            default: ok = false;
        }
        if (!ok) c.errorf(x.expr.pos(), "invalid operation: operator %s not defined on %s", op.text, c.str(x));
        return ok;
    }

    /**
     * {@code lhs op rhs}; e is the whole expression, or null for an assignment operation
     * (then messages use the {@code x op= y} form).
     */
    void binary(Operand x, Expr e, Expr lhs, Expr rhs, Op op, Pos opPos) {
        Operand y = new Operand();
        c.exprs.expr(x, lhs);
        c.exprs.expr(y, rhs);
        if (x.invalid()) return;
        if (y.invalid()) {
            x.invalidate();
            x.expr = y.expr;
            return;
        }
        if (op == Op.SHL || op == Op.SHR) {
            shift(x, y, e, op);
            return;
        }
        matchTypes(x, y);
        if (x.invalid()) return;
        if (op.isComparison()) {
            comparison(x, y, op, false);
            return;
        }
        if (!Types.identical(x.type, y.type)) {
            if (x.type != Basic.INVALID && y.type != Basic.INVALID) {
                if (e != null) {
                    c.errorf(x.expr.pos(), "invalid operation: %s (mismatched types %s and %s)", c.str(e), c.str(x.type), c.str(y.type));
                } else {
                    c.errorf(x.expr.pos(), "invalid operation: %s %s= %s (mismatched types %s and %s)", c.str(lhs), op.text, c.str(rhs),
                            c.str(x.type), c.str(y.type));
                }
            }
            x.invalidate();
            return;
        }
        if (!opAllowed(x, op, false)) { x.invalidate(); return; }
        if (op == Op.QUO || op == Op.REM) {
            if ((x.mode == Mode.CONSTANT || Predicates.isInteger(x.type)) && y.mode == Mode.CONSTANT
                    && !(y.val instanceof Value.Unknown) && ConstOps.sign(y.val) == 0) {
                c.error(y.expr.pos(), "invalid operation: division by zero");
                x.invalidate();
                return;
            }
        }
        if (x.mode == Mode.CONSTANT && y.mode == Mode.CONSTANT) {
            if (x.val instanceof Value.Unknown || y.val instanceof Value.Unknown) {
                x.val = new Value.Unknown();
                return;
            }
            boolean intDiv = Predicates.isInteger(x.type);
            Value xv = x.val, yv = y.val;
            if (intDiv) { xv = ConstOps.toInt(xv); yv = ConstOps.toInt(yv); }
            x.val = ConstOps.binary(xv, op, yv, intDiv);
            x.expr = e != null ? e : x.expr;
            c.consts.overflow(x, opPos);
            return;
        }
        x.mode = Mode.VALUE;
    }

    /** go/types matchTypes: converts an untyped operand to the other operand's type where the spec allows it. */
    void matchTypes(Operand x, Operand y) {
        if (mayConvert(x, y)) {
            c.consts.convertUntyped(x, y.type);
            if (x.invalid()) return;
            c.consts.convertUntyped(y, x.type);
            if (y.invalid()) x.invalidate();
        }
    }

    /** types2 (Go 1.19) binary's canMix: whether the operands' untyped ones convert to the other's type. */
    static boolean mayConvert(Operand x, Operand y) {
        if (isNonTypeParamInterface(x.type) || isNonTypeParamInterface(y.type)) return true;
        if (Predicates.isBoolean(x.type) != Predicates.isBoolean(y.type)) return false;
        if (Predicates.isString(x.type) != Predicates.isString(y.type)) return false;
        if (x.isNil && !Predicates.hasNil(y.type)) return false;
        if (y.isNil && !Predicates.hasNil(x.type)) return false;
        return true;
    }

    private static boolean isNonTypeParamInterface(Type t) {
        return !(t instanceof TypeParam) && t.underlying() instanceof Interface;
    }

    /** go/types comparison: x op y for comparison operators; the result is untyped bool. */
    void comparison(Operand x, Operand y, Op op, boolean switchCase) {
        Operand errOp = x;
        String cause = "";
        boolean ok = c.assignability.assignableTo(x, y.type, null) || c.assignability.assignableTo(y, x.type, null);
        if (!ok) {
            errOp = y;
            cause = String.format("mismatched types %s and %s", c.str(x.type), c.str(y.type));
        } else if (op == Op.EQL || op == Op.NEQ) {
            if (x.isNil || y.isNil) {
                Type t = x.isNil ? y.type : x.type;
                if (!Predicates.hasNil(t)) { errOp = y; ok = false; }
            } else if (!Predicates.comparable(x.type)) {
                errOp = x; cause = incomparableCause(x.type); ok = false;
            } else if (!Predicates.comparable(y.type)) {
                errOp = y; cause = incomparableCause(y.type); ok = false;
            }
        } else {
            if (!Predicates.isOrdered(x.type)) { errOp = x; ok = false; }
            else if (!Predicates.isOrdered(y.type)) { errOp = y; ok = false; }
        }
        if (!ok) {
            if (cause.isEmpty() && (x.type instanceof TypeParam || y.type instanceof TypeParam)) {
                if (!(x.type instanceof TypeParam)) errOp = y;
                cause = String.format("type parameter %s is not comparable with %s", c.str(errOp.type), op.text);
            }
            if (cause.isEmpty()) cause = String.format("operator %s not defined on %s", op.text, Predicates.kindString(errOp.type, c.ts));
            if (switchCase) c.errorf(x.expr.pos(), "invalid case %s in switch on %s (%s)", c.str(x.expr), c.str(y.expr), cause);
            else c.errorf(errOp.expr.pos(), "invalid operation: %s %s %s (%s)", c.str(x.expr), op.text, c.str(y.expr), cause);
            x.invalidate();
            return;
        }
        if (x.mode == Mode.CONSTANT && y.mode == Mode.CONSTANT) {
            x.val = ConstOps.makeBool(ConstOps.compare(x.val, op, y.val));
        } else {
            x.mode = Mode.VALUE;
            x.val = null;
            c.consts.updateExprType(x.expr, Predicates.defaultType(x.type), true);
            c.consts.updateExprType(y.expr, Predicates.defaultType(y.type), true);
        }
        x.type = Basic.of(Basic.Kind.UNTYPED_BOOL);
        x.isNil = false;   // nil == v is a boolean, not nil
    }

    String incomparableCause(Type t) {
        if (t instanceof TypeParam) return "incomparable types in type set";
        Type u = t.underlying();
        if (u instanceof Type.Slice || u instanceof Type.Signature || u instanceof Type.Map) {
            return Predicates.kindString(t, c.ts) + " can only be compared to nil";
        }
        if (u instanceof Type.Struct s) {
            for (Obj.Var f : s.fields()) {
                if (!Predicates.comparable(f.type())) return "struct containing " + c.str(f.type()) + " cannot be compared";
            }
        }
        if (u instanceof Type.Array a) return c.str(t) + " cannot be compared";
        return "";
    }

    void shift(Operand x, Operand y, Expr e, Op op) {
        BigInteger xval = x.mode == Mode.CONSTANT ? ConstOps.toBigInteger(x.val) : null;
        if (!(Predicates.isInteger(x.type) || x.isUntyped() && xval != null)) {
            c.errorf(x.expr.pos(), "invalid operation: shifted operand %s must be integer", c.str(x));
            x.invalidate();
            return;
        }
        BigInteger yval = null;
        if (y.mode == Mode.CONSTANT) {
            yval = ConstOps.toBigInteger(y.val);
            if (yval != null && yval.signum() < 0) {
                c.errorf(y.expr.pos(), "invalid operation: negative shift count %s", c.str(y));
                x.invalidate();
                return;
            }
            if (y.isUntyped()) {
                c.consts.representable(y, Basic.of(Basic.Kind.UINT));
                if (y.invalid()) { x.invalidate(); return; }
            }
        } else if (!Predicates.isInteger(y.type)) {
            if (y.isUntyped()) {
                c.consts.convertUntyped(y, Basic.of(Basic.Kind.UINT));
                if (y.invalid()) { x.invalidate(); return; }
            } else {
                c.errorf(y.expr.pos(), "invalid operation: shift count %s must be integer", c.str(y));
                x.invalidate();
                return;
            }
        }
        if (x.mode == Mode.CONSTANT) {
            if (y.mode == Mode.CONSTANT) {
                if (x.val instanceof Value.Unknown || y.val instanceof Value.Unknown) {
                    x.val = new Value.Unknown();
                    if (!Predicates.isInteger(x.type)) x.type = Basic.of(Basic.Kind.UNTYPED_INT);
                    return;
                }
                if (yval == null || yval.compareTo(BigInteger.valueOf(1023 - 1 + 52)) > 0) {
                    c.errorf(y.expr.pos(), "invalid operation: invalid shift count %s", c.str(y));
                    x.invalidate();
                    return;
                }
                if (!Predicates.isInteger(x.type)) x.type = Basic.of(Basic.Kind.UNTYPED_INT);
                x.val = ConstOps.shift(new Value.Int(xval), op, yval.intValue());
                x.expr = e != null ? e : x.expr;
                c.consts.overflow(x, e instanceof Expr.Binary b ? b.opPos() : x.expr.pos());
                return;
            }
            if (x.isUntyped()) {
                Checker.Untyped u = c.untyped.get(x.expr);
                if (u != null) c.untyped.put(x.expr, new Checker.Untyped(true, u.mode(), u.type(), u.val()));
                x.mode = Mode.VALUE;
                x.val = null;
                return;
            }
        }
        if (!Predicates.isInteger(x.type)) {
            c.errorf(x.expr.pos(), "invalid operation: shifted operand %s must be integer", c.str(x));
            x.invalidate();
            return;
        }
        x.mode = Mode.VALUE;
        x.val = null;
    }
}
