/*
 * Expressions (Go spec: "Expressions", "Constant expressions", "Operators"; go/types
 * expr.go, index.go): identifiers, literals, unary and binary operators with gc's
 * rules, shifts, comparisons, index and slice expressions, type assertions, composite
 * literals and function literals. Untyped operands are tracked in Checker.untyped until
 * their final type is known (updateExprType), so that info.types ends up holding the
 * final type of every untyped expression, as go/types does.
 */
package llgo.frontend.types;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import llgo.frontend.constant.ConstOps;
import llgo.frontend.constant.Value;
import llgo.frontend.syntax.Expr;
import llgo.frontend.syntax.Op;
import llgo.frontend.syntax.Pos;
import llgo.frontend.types.TypeAndValue.Mode;

final class Exprs {
    private final Checker c;

    Exprs(Checker c) { this.c = c; }

    /** Why an implicit conversion failed (go/types error codes used by invalidConversion). */
    enum Code { OK, TRUNCATED, OVERFLOW, INVALID_CONST, INVALID_UNTYPED }

    /** The result of implicitTypeAndValue: the new type and value (null: unchanged), or a failure code. */
    record Implicit(Type type, Value val, Code code) {}

    // ---- entry points ----

    /** Checks e as a single-valued expression; x becomes INVALID after an error. */
    void expr(Operand x, Expr e) {
        rawExpr(x, e, null, false);
        exclude(x, true, true, true);
        singleValue(x);
    }

    /** Like expr, with hint as the type of an elided composite literal type. */
    void exprWithHint(Operand x, Expr e, Type hint) {
        rawExpr(x, e, hint, false);
        exclude(x, true, true, true);
        singleValue(x);
    }

    /** Checks e as an expression or a type (go/types exprOrType). */
    void exprOrType(Operand x, Expr e) {
        rawExpr(x, e, null, true);
        exclude(x, true, false, false);
        singleValue(x);
    }

    /** An expression that may be multi-valued (a call) or comma-ok; returns one operand per value. */
    List<Operand> multiExpr(Expr e, boolean allowCommaOk) {
        Operand x = new Operand();
        rawExpr(x, e, null, false);
        exclude(x, true, true, true);
        List<Operand> list = new ArrayList<>();
        if (x.type instanceof Type.Tuple t && x.mode != Mode.INVALID) {
            for (Obj.Var v : t.vars()) {
                Operand o = new Operand();
                o.set(Mode.VALUE, v.type());
                o.expr = e;
                list.add(o);
            }
            return list;
        }
        list.add(x);
        if (allowCommaOk && (x.mode == Mode.MAPINDEX || x.mode == Mode.COMMAOK)) {
            Operand ok = new Operand();
            ok.set(Mode.VALUE, Basic.of(Basic.Kind.UNTYPED_BOOL));
            ok.expr = e;
            list.add(ok);
        }
        return list;
    }

    /** go/types exclude: rejects novalue, builtin and type operands where a value is required. */
    void exclude(Operand x, boolean novalue, boolean builtin, boolean typexpr) {
        String msg = null;
        switch (x.mode) {
            case NOVALUE -> { if (novalue) msg = typexpr ? "%s used as value" : "%s used as value or type"; }
            case BUILTIN -> { if (builtin) msg = "%s must be called"; }
            case TYPEXPR -> { if (typexpr) msg = "%s is not an expression"; }
            default -> { }
        }
        if (msg != null) {
            c.errorf(x.expr.pos(), msg, c.str(x));
            x.invalidate();
        }
    }

    /** Reports a multi-valued operand used where one value is expected. */
    void singleValue(Operand x) {
        if (x.mode == Mode.VALUE && x.type instanceof Type.Tuple) {
            c.errorf(x.expr.pos(), "multiple-value %s in single-value context", c.str(x));
            x.invalidate();
        }
    }

    /** Checks e and records the result (go/types rawExpr). */
    void rawExpr(Operand x, Expr e, Type hint, boolean allowGeneric) {
        exprInternal(x, e, hint);
        x.expr = e;
        c.record(x);
    }

    private void exprInternal(Operand x, Expr e, Type hint) {
        x.mode = Mode.INVALID;
        x.type = Basic.INVALID;
        x.val = null;
        x.isNil = false;
        x.expr = e;
        if (e instanceof Expr.Bad) return;
        if (e instanceof Expr.Ident id) { ident(x, id); return; }
        if (e instanceof Expr.BasicLit lit) { basicLit(x, lit); return; }
        if (e instanceof Expr.FuncLit f) { funcLit(x, f); return; }
        if (e instanceof Expr.CompositeLit cl) { compositeLit(x, cl, hint); return; }
        if (e instanceof Expr.Paren p) {
            rawExpr(x, p.x(), hint, false);
            x.expr = e;
            return;
        }
        if (e instanceof Expr.Selector s) { c.calls.selector(x, s); return; }
        if (e instanceof Expr.Index ix) { index(x, ix); return; }
        if (e instanceof Expr.Slice s) { slice(x, s); return; }
        if (e instanceof Expr.TypeAssert a) { typeAssert(x, a); return; }
        if (e instanceof Expr.Call call) { c.calls.call(x, call); return; }
        if (e instanceof Expr.Star s) { star(x, s); return; }
        if (e instanceof Expr.Unary u) { unary(x, u); return; }
        if (e instanceof Expr.Binary b) { binary(x, b, b.x(), b.y(), b.op(), b.opPos()); return; }
        if (e instanceof Expr.KeyValue) {
            c.error(e.pos(), "unexpected key:value expression");
            return;
        }
        Type t = c.typexprs.typeLiteral(e);
        if (t != null) {
            x.set(Mode.TYPEXPR, t);
            return;
        }
        c.errorf(e.pos(), "%s is not an expression", c.str(e));
    }

    // ---- identifiers and literals ----

    private void ident(Operand x, Expr.Ident id) {
        if (id.isBlank()) {
            c.error(id.pos(), "cannot use _ as value");
            return;
        }
        Obj obj = c.env.scope().lookupParent(id.name());
        if (obj == null) {
            c.errorf(id.pos(), "undefined: %s", id.name());
            return;
        }
        c.recordUse(id, obj);
        if (obj instanceof Obj.PkgName pn) {
            c.usedImports.add(pn);
            c.errorf(id.pos(), "use of package %s not in selector", pn.name());
            return;
        }
        c.addDep(obj);
        // like go/types: a declaration is checked on use only if its type is unknown, or to find type cycles
        if (obj.type() == null || obj instanceof Obj.TypeName) c.decls.objDecl(obj);
        Type t = obj.type();
        if (obj instanceof Obj.Const k) {
            if (t == null || t == Basic.INVALID) return;
            if (k == Universe.IOTA) {
                if (c.env.iota() == null) {
                    c.error(id.pos(), "cannot use iota outside constant declaration");
                    return;
                }
                x.setConst(t, c.env.iota());
            } else {
                x.setConst(t, k.value() == null ? new Value.Unknown() : k.value());
            }
        } else if (obj instanceof Obj.TypeName) {
            if (c.decls.aliasCycle(obj)) return;
            if (t == null || t == Basic.INVALID) return;
            x.set(Mode.TYPEXPR, t);
        } else if (obj instanceof Obj.Var v) {
            if (v.pkg() == c.pkg) v.markUsed();
            if (t == null || t == Basic.INVALID) return;
            x.set(Mode.VARIABLE, t);
        } else if (obj instanceof Obj.Func) {
            if (t == null) return;
            x.set(Mode.VALUE, t);
        } else if (obj instanceof Obj.Builtin b) {
            x.set(Mode.BUILTIN, Basic.INVALID);
            x.builtin = b;
        } else if (obj instanceof Obj.Nil) {
            x.set(Mode.VALUE, Basic.of(Basic.Kind.UNTYPED_NIL));
            x.isNil = true;
        }
    }

    private void basicLit(Operand x, Expr.BasicLit lit) {
        Value v;
        Basic.Kind k;
        switch (lit.kind()) {
            case INT -> { v = ConstOps.parseNumber(lit.value()); k = Basic.Kind.UNTYPED_INT; }
            case FLOAT -> { v = ConstOps.parseNumber(lit.value()); k = Basic.Kind.UNTYPED_FLOAT; }
            case IMAG -> { v = ConstOps.parseNumber(lit.value()); k = Basic.Kind.UNTYPED_COMPLEX; }
            case CHAR -> { v = ConstOps.parseQuoted(lit.value(), true); k = Basic.Kind.UNTYPED_RUNE; }
            default -> { v = ConstOps.parseQuoted(lit.value(), false); k = Basic.Kind.UNTYPED_STRING; }
        }
        if (v instanceof Value.Unknown) {
            // the parser reported the malformed literal
            return;
        }
        if (v instanceof Value.Int i && i.value().bitLength() > ConstOps.MAX_INT_BITS) {
            c.errorf(lit.pos(), "constant overflow");
        }
        x.setConst(Basic.of(k), v);
    }

    private void funcLit(Operand x, Expr.FuncLit f) {
        if (f.type().typeParams() != null && !f.type().typeParams().isEmpty()) c.unsupported(f.pos(), "generic function literal");
        Scope s = new Scope(c.env.scope(), "function literal");
        Type.Signature sig = c.typexprs.signature(s, null, f.type());
        c.recordScope(f.type(), s);
        c.recordTypeAndValue(f.type(), Mode.TYPEXPR, sig, null);
        if (f.body() != null) {
            Checker.Env env = new Checker.Env(c.env.decl(), s, c.env.iota(), sig, null);
            c.stmts.funcBody(env, "<function literal>", sig, f.body());
        }
        x.set(Mode.VALUE, sig);
    }

    // ---- unary and binary operators ----

    private void star(Operand x, Expr.Star s) {
        exprOrType(x, s.x());
        switch (x.mode) {
            case INVALID: return;
            case TYPEXPR: x.set(Mode.TYPEXPR, new Type.Pointer(x.type)); return;
            default:
                if (x.isNil) {
                    c.errorf(x.expr.pos(), "invalid operation: cannot indirect %s", c.str(x));
                    x.invalidate();
                    return;
                }
                if (!(x.type.underlying() instanceof Type.Pointer p)) {
                    c.errorf(x.expr.pos(), "invalid operation: cannot indirect %s", c.str(x));
                    x.invalidate();
                    return;
                }
                x.set(Mode.VARIABLE, p.elem());
        }
    }

    private void unary(Operand x, Expr.Unary u) {
        expr(x, u.x());
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
                if (!(x.type.underlying() instanceof Type.Chan ch)) {
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
            overflow(x, u.pos());
            return;
        }
        x.mode = Mode.VALUE;
    }

    /** go/types op: whether op is defined on x's type; reports otherwise. */
    private boolean opAllowed(Operand x, Op op, boolean unary) {
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
        expr(x, lhs);
        expr(y, rhs);
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
            overflow(x, opPos);
            return;
        }
        x.mode = Mode.VALUE;
    }

    /** go/types matchTypes: converts an untyped operand to the other operand's type where the spec allows it. */
    void matchTypes(Operand x, Operand y) {
        if (mayConvert(x, y)) {
            convertUntyped(x, y.type);
            if (x.invalid()) return;
            convertUntyped(y, x.type);
            if (y.invalid()) x.invalidate();
        }
    }

    private static boolean mayConvert(Operand x, Operand y) {
        if (Predicates.isTyped(x.type) && Predicates.isTyped(y.type)) return false;
        boolean xb = x.type.underlying() instanceof Basic, yb = y.type.underlying() instanceof Basic;
        if (xb != yb && !x.isNil && !y.isNil) return false;
        if (Predicates.isBoolean(x.type) != Predicates.isBoolean(y.type)) return false;
        if (Predicates.isString(x.type) != Predicates.isString(y.type)) return false;
        if (x.isNil) return Predicates.hasNil(y.type);
        if (y.isNil) return Predicates.hasNil(x.type);
        if (x.type.underlying() instanceof Type.Pointer || y.type.underlying() instanceof Type.Pointer) return false;
        return true;
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
            updateExprType(x.expr, Predicates.defaultType(x.type), true);
            updateExprType(y.expr, Predicates.defaultType(y.type), true);
        }
        x.type = Basic.of(Basic.Kind.UNTYPED_BOOL);
    }

    private String incomparableCause(Type t) {
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

    private void shift(Operand x, Operand y, Expr e, Op op) {
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
                representable(y, Basic.of(Basic.Kind.UINT));
                if (y.invalid()) { x.invalidate(); return; }
            }
        } else if (!Predicates.isInteger(y.type)) {
            if (y.isUntyped()) {
                convertUntyped(y, Basic.of(Basic.Kind.UINT));
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
                overflow(x, e instanceof Expr.Binary b ? b.opPos() : x.expr.pos());
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
        if (x.val instanceof Value.Int i && i.value().bitLength() > ConstOps.MAX_INT_BITS) {
            String name = x.expr instanceof Expr.Binary b ? opName(b.op()) : x.expr instanceof Expr.Unary u ? opName(u.op()) : "";
            c.errorf(opPos, "constant %s overflow", name);
            x.val = new Value.Unknown();
        }
    }

    private static String opName(Op op) {
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

    private Implicit representation(Operand x, Basic t) {
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
                int bits = (int) t.size() * 8;
                BigInteger min, max;
                if (t.isUnsigned()) {
                    min = BigInteger.ZERO;
                    max = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
                } else {
                    min = BigInteger.ONE.shiftLeft(bits - 1).negate();
                    max = BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
                }
                return ConstOps.represent(x, ConstOps.Target.INT, min, max);
            }
        }
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
            invalidConversion(r.code(), x, target.underlying());
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

    private void updateExprType(Expr parent, Expr e, Type t, boolean fin) {
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

    // ---- index, slice, assertion ----

    private void index(Operand x, Expr.Index e) {
        exprOrType(x, e.x());
        if (x.invalid()) return;
        if (x.mode == Mode.TYPEXPR) {
            c.unsupported(e.pos(), "generic type instantiation");
            for (Expr i : e.indices()) c.typexprs.typExpr(i);
            x.invalidate();
            return;
        }
        if (x.type instanceof Type.Signature sig && !sig.typeParams().isEmpty()) {
            c.unsupported(e.pos(), "generic function instantiation");
            x.invalidate();
            return;
        }
        exclude(x, true, true, false);
        if (x.invalid()) return;
        boolean valid = false;
        long length = -1;
        Type u = x.type.underlying();
        if (u instanceof Basic b && b.isString()) {
            valid = true;
            if (x.mode == Mode.CONSTANT && x.val instanceof Value.Str s) length = s.bytes().length();
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
            exprWithHint(key, ie, m.key());
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

    private Expr singleIndex(Expr.Index e) {
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
        expr(x, e);
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
        convertUntyped(x, Basic.of(Basic.Kind.INT));
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
            if (representConst(x.val, Basic.of(Basic.Kind.INT)) == null) {
                c.errorf(x.expr.pos(), "invalid argument: %s %s overflows int", what, c.str(x));
                return false;
            }
        }
        return true;
    }

    private void slice(Operand x, Expr.Slice e) {
        expr(x, e.x());
        if (x.invalid()) return;
        boolean valid = false;
        long length = -1;
        Type u = x.type.underlying();
        if (u instanceof Basic b && b.isString()) {
            if (e.slice3()) {
                c.errorf(x.expr.pos(), "invalid operation: 3-index slice of string");
                x.invalidate();
                return;
            }
            valid = true;
            if (x.mode == Mode.CONSTANT && x.val instanceof Value.Str s) length = s.bytes().length();
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
        if (e.slice3() && (e.hi() == null || e.max() == null)) {
            c.error(e.pos(), "middle index required in 3-index slice");
            x.invalidate();
            return;
        }
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

    private void typeAssert(Operand x, Expr.TypeAssert e) {
        expr(x, e.x());
        if (x.invalid()) return;
        if (e.type() == null) {
            c.error(e.pos(), "use of .(type) outside type switch");
            x.invalidate();
            return;
        }
        if (!(x.type.underlying() instanceof Interface xi)) {
            c.errorf(x.expr.pos(), "invalid operation: %s is not an interface", c.str(x));
            x.invalidate();
            return;
        }
        Type t = c.typexprs.typExpr(e.type());
        if (t == Basic.INVALID) { x.invalidate(); return; }
        typeAssertion(e, x, xi, t, false);
        x.set(Mode.COMMAOK, t);
    }

    /** Reports an impossible assertion of interface x to type t (go/types typeAssertion). */
    void typeAssertion(Expr e, Operand x, Interface xi, Type t, boolean typeSwitch) {
        if (t.underlying() instanceof Interface) return;
        Lookup.Missing m = c.lookup.missingMethod(t, xi, false);
        if (m == null) return;
        String cause = c.lookup.missingReason(t, x.type, m);
        if (typeSwitch) {
            c.errorf(e.pos(), "impossible type switch case: %s\n\t%s cannot have dynamic type %s %s", c.str(e), c.str(x), c.str(t), cause);
        } else {
            c.errorf(e.pos(), "impossible type assertion: %s\n\t%s does not implement %s %s", c.str(e), c.str(t), c.str(x.type), cause);
        }
    }

    // ---- composite literals ----

    private void compositeLit(Operand x, Expr.CompositeLit e, Type hint) {
        Type typ, base;
        if (e.type() != null) {
            if (e.type() instanceof Expr.ArrayType at && at.len() instanceof Expr.Ellipsis) {
                Type elem = c.typexprs.typExpr(at.elt());
                long n = indexedElts(e.elts(), elem, -1);
                typ = new Type.Array(n, elem);
                c.recordTypeAndValue(e.type(), Mode.TYPEXPR, typ, null);
                x.set(Mode.VALUE, typ);
                return;
            }
            typ = c.typexprs.typExpr(e.type());
            base = typ;
        } else if (hint != null) {
            typ = hint;
            base = typ.underlying() instanceof Type.Pointer p ? p.elem() : typ;
        } else {
            c.error(e.pos(), "missing type in composite literal");
            useElts(e.elts());
            return;
        }
        Type u = base.underlying();
        if (u instanceof Type.Struct st) {
            structLit(e, st, base, typ);
        } else if (u instanceof Type.Array a) {
            indexedElts(e.elts(), a.elem(), a.len());
        } else if (u instanceof Type.Slice s) {
            indexedElts(e.elts(), s.elem(), -1);
        } else if (u instanceof Type.Map m) {
            mapLit(e, m);
        } else {
            useElts(e.elts());
            if (u != Basic.INVALID) c.errorf(e.pos(), "invalid composite literal type %s", c.str(typ));
            return;
        }
        x.set(Mode.VALUE, typ);
    }

    private void structLit(Expr.CompositeLit e, Type.Struct st, Type base, Type typ) {
        if (e.elts().isEmpty()) return;
        List<Obj.Var> fields = st.fields();
        Operand x = new Operand();
        if (e.elts().get(0) instanceof Expr.KeyValue) {
            boolean[] visited = new boolean[fields.size()];
            for (Expr el : e.elts()) {
                if (!(el instanceof Expr.KeyValue kv)) {
                    c.error(el.pos(), "mixture of field:value and value elements in struct literal");
                    continue;
                }
                Expr.Ident key = kv.key() instanceof Expr.Ident id ? id : null;
                int i = -1;
                if (key != null && !key.isBlank()) {
                    for (int j = 0; j < fields.size(); j++) if (Lookup.sameId(fields.get(j), c.pkg, key.name())) { i = j; break; }
                }
                expr(x, kv.value());
                if (key == null) {
                    c.errorf(kv.pos(), "invalid field name %s in struct literal", c.str(kv.key()));
                    continue;
                }
                if (i < 0) {
                    c.errorf(kv.key().pos(), "unknown field '%s' in struct literal of type %s", key.name(), c.str(base));
                    continue;
                }
                c.recordUse(key, fields.get(i));
                c.assignability.assignment(x, fields.get(i).type(), "struct literal");
                if (visited[i]) {
                    c.errorf(kv.pos(), "duplicate field name %s in struct literal", key.name());
                    continue;
                }
                visited[i] = true;
            }
        } else {
            for (int i = 0; i < e.elts().size(); i++) {
                Expr el = e.elts().get(i);
                if (el instanceof Expr.KeyValue kv) {
                    c.error(kv.pos(), "mixture of field:value and value elements in struct literal");
                    continue;
                }
                expr(x, el);
                if (i >= fields.size()) {
                    c.errorf(x.expr.pos(), "too many values in %s{…}", c.str(base));
                    break;
                }
                Obj.Var f = fields.get(i);
                if (!f.exported() && f.pkg() != c.pkg) {
                    c.errorf(x.expr.pos(), "implicit assignment to unexported field %s in %s literal", f.name(), c.str(typ));
                    continue;
                }
                c.assignability.assignment(x, f.type(), "struct literal");
            }
            if (e.elts().size() < fields.size()) c.errorf(e.rbrace(), "too few values in %s{…}", c.str(base));
        }
    }

    /** go/types indexedElts: checks array or slice elements; returns the literal's length. */
    private long indexedElts(List<Expr> elts, Type elem, long length) {
        Set<Long> visited = new HashSet<>();
        long index = 0, max = 0;
        for (Expr e : elts) {
            boolean validIndex = false;
            Expr eval = e;
            if (e instanceof Expr.KeyValue kv) {
                Operand k = new Operand();
                expr(k, kv.key());
                if (isValidIndex(k, "index", false)) {
                    if (k.mode == Mode.CONSTANT && !(k.val instanceof Value.Unknown)) {
                        long i = ConstOps.toBigInteger(k.val).longValue();
                        if (length >= 0 && i >= length) {
                            c.errorf(k.expr.pos(), "invalid argument: index %s out of bounds [0:%d]", ConstOps.format(k.val), length);
                        } else {
                            index = i;
                            validIndex = true;
                        }
                    } else {
                        c.errorf(e.pos(), "index %s must be integer constant", c.str(kv.key()));
                    }
                }
                eval = kv.value();
            } else if (length >= 0 && index >= length) {
                c.errorf(e.pos(), "index %d is out of bounds (>= %d)", index, length);
            } else {
                validIndex = true;
            }
            if (validIndex && !visited.add(index)) c.errorf(e.pos(), "duplicate index %d in array or slice literal", index);
            index++;
            if (index > max) max = index;
            Operand x = new Operand();
            exprWithHint(x, eval, elem);
            c.assignability.assignment(x, elem, "array or slice literal");
        }
        return max;
    }

    private void mapLit(Expr.CompositeLit e, Type.Map m) {
        List<Object[]> seen = new ArrayList<>();
        Operand x = new Operand();
        for (Expr el : e.elts()) {
            if (!(el instanceof Expr.KeyValue kv)) {
                c.error(el.pos(), "missing key in map literal");
                continue;
            }
            exprWithHint(x, kv.key(), m.key());
            c.assignability.assignment(x, m.key(), "map literal");
            if (x.mode == Mode.CONSTANT && !(x.val instanceof Value.Unknown)) {
                boolean dup = false;
                for (Object[] s : seen) {
                    if (ConstOps.equal((Value) s[0], x.val) && (!Predicates.isInterface(m.key()) || Types.identical((Type) s[1], x.type))) {
                        dup = true;
                        break;
                    }
                }
                if (dup) {
                    c.errorf(x.expr.pos(), "duplicate key %s in map literal", ConstOps.format(x.val));
                    continue;
                }
                seen.add(new Object[] { x.val, x.type });
            }
            exprWithHint(x, kv.value(), m.elem());
            c.assignability.assignment(x, m.elem(), "map literal");
        }
    }

    private void useElts(List<Expr> elts) {
        for (Expr e : elts) use(e instanceof Expr.KeyValue kv ? kv.value() : e);
    }

    /** Evaluates e for its side effects on the tables only (after an error), go/types use. */
    void use(Expr e) {
        if (e == null || e instanceof Expr.Ident id && id.isBlank()) return;
        Operand x = new Operand();
        rawExpr(x, e, null, false);
    }
}
