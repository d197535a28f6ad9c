/*
 * Calls of the predeclared functions and of package unsafe's (Go spec: "Built-in
 * functions", "Package unsafe"; go/types builtins.go): argument checking, constant
 * results (len and cap of constants and arrays, real/imag/complex of constants,
 * unsafe.Sizeof/Alignof/Offsetof), and the signature each call was checked with,
 * recorded for the builtin's identifier in info.types.
 */
package llgo.frontend.types;

import java.util.ArrayList;
import java.util.List;

import llgo.frontend.constant.ConstOps;
import llgo.frontend.constant.Value;
import llgo.frontend.syntax.Expr;
import llgo.frontend.syntax.Pos;
import llgo.frontend.types.TypeAndValue.Mode;

final class Builtins {
    private final Checker c;

    Builtins(Checker c) { this.c = c; }

    private static int nargs(Obj.Builtin.Id id) {
        return switch (id) {
            case APPEND, PANIC, COMPLEX -> id == Obj.Builtin.Id.COMPLEX ? 2 : 1;
            case CAP, CLOSE, IMAG, LEN, MAKE, NEW, REAL, UNSAFE_ALIGNOF, UNSAFE_OFFSETOF, UNSAFE_SIZEOF -> 1;
            case COPY, DELETE, UNSAFE_ADD, UNSAFE_SLICE -> 2;
            case PRINT, PRINTLN, RECOVER -> 0;
        };
    }

    private static boolean variadic(Obj.Builtin.Id id) {
        return id == Obj.Builtin.Id.APPEND || id == Obj.Builtin.Id.MAKE || id == Obj.Builtin.Id.PRINT || id == Obj.Builtin.Id.PRINTLN;
    }

    /** Checks a call of builtin b; returns false (x invalid) after an error. */
    boolean builtin(Operand x, Expr.Call call, Obj.Builtin b) {
        Obj.Builtin.Id id = b.id();
        if (call.hasEllipsis() && id != Obj.Builtin.Id.APPEND) {
            c.errorf(call.pos(), "invalid operation: invalid use of ... with built-in %s", b.name());
            for (Expr a : call.args()) c.exprs.use(a);
            return false;
        }
        List<Operand> args = new ArrayList<>();
        boolean typeArg = id == Obj.Builtin.Id.MAKE || id == Obj.Builtin.Id.NEW || id == Obj.Builtin.Id.UNSAFE_OFFSETOF;
        int n = call.args().size();
        if (!typeArg) {
            args = c.calls.exprList(call.args(), false);
            n = args.size();
            for (Operand a : args) if (a.invalid()) return false;
        }
        int want = nargs(id);
        String msg = n < want ? "not enough" : !variadic(id) && n > want ? "too many" : null;
        if (msg != null) {
            c.errorf(call.pos(), "invalid operation: %s arguments for %s (expected %d, found %d)", msg, c.str(call), want, n);
            return false;
        }
        Operand a0 = args.isEmpty() ? null : args.get(0);
        switch (id) {
            case APPEND: {
                Type s = a0.type;
                if (!(TypeSets.under(s) instanceof Type.Slice sl)) {
                    String cause = a0.isNil ? "have untyped nil" : "have " + c.str(a0);
                    c.errorf(a0.expr.pos(), "first argument to append must be a slice; %s", cause);
                    return false;
                }
                if (n == 2 && call.hasEllipsis()) {
                    Operand probe = a0;
                    if (c.assignability.assignableTo(probe, new Type.Slice(Universe.BYTE), null)
                            && (Predicates.isString(args.get(1).type) || TypeSets.isByteString(args.get(1).type))) {
                        c.consts.convertUntyped(args.get(1), Basic.of(Basic.Kind.STRING));
                        recordSig(call, s, true, s, Basic.of(Basic.Kind.STRING));
                        x.set(Mode.VALUE, s);
                        return true;
                    }
                }
                List<Type> params = new ArrayList<>();
                params.add(s);
                if (call.hasEllipsis()) {
                    if (n != 2) {
                        c.errorf(call.pos(), "%s arguments in call to append", n < 2 ? "not enough" : "too many");
                        return false;
                    }
                    // the parameter is []E, unnamed: any slice whose underlying type is []E may be passed (go/types _Append)
                    c.assignability.assignment(args.get(1), new Type.Slice(sl.elem()), "argument to append");
                } else {
                    for (int i = 1; i < n; i++) c.assignability.assignment(args.get(i), sl.elem(), "argument to append");
                }
                recordSig(call, s, true, s, s);
                x.set(Mode.VALUE, s);
                return true;
            }
            case CAP: case LEN: {
                Type t = a0.type.underlying();
                if (t instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array) t = p.elem().underlying();
                Value val = null;
                boolean ok = false;
                if (a0.type instanceof TypeParam tp) {
                    // every type of the type set must have a length (go/types builtins.go _Len)
                    ok = TypeSets.allTerms(tp, u -> hasLen(u, id == Obj.Builtin.Id.LEN));
                } else if (t instanceof Basic bt && bt.isString() && id == Obj.Builtin.Id.LEN) {
                    ok = true;
                    if (a0.mode == Mode.CONSTANT && a0.val instanceof Value.Str str) val = ConstOps.makeInt(str.length());
                } else if (t instanceof Type.Array arr) {
                    ok = true;
                    if (!containsCallOrRecv(a0.expr)) val = ConstOps.makeInt(arr.len());
                } else if (t instanceof Type.Slice || t instanceof Type.Chan) {
                    ok = true;
                } else if (t instanceof Type.Map && id == Obj.Builtin.Id.LEN) {
                    ok = true;
                }
                if (!ok) {
                    c.errorf(a0.expr.pos(), "invalid argument: %s for %s", c.str(a0), b.name());
                    return false;
                }
                if (a0.isUntyped()) c.consts.convertUntyped(a0, Basic.of(Basic.Kind.STRING));
                Type intT = Basic.of(Basic.Kind.INT);
                if (val != null) x.setConst(intT, val); else x.set(Mode.VALUE, intT);
                recordSig(call, intT, false, a0.type);
                return true;
            }
            case CLOSE: {
                if (a0.type instanceof TypeParam tp && TypeSets.coreType(tp) == null
                        && TypeSets.allTerms(tp, u -> u.underlying() instanceof Type.Chan ch && ch.dir() != Type.ChanDir.RECV)) {
                    x.set(Mode.NOVALUE, Type.Tuple.EMPTY);
                    recordSig(call, null, false, a0.type);
                    return true;
                }
                if (!(TypeSets.under(a0.type) instanceof Type.Chan ch)) {
                    c.errorf(a0.expr.pos(), "invalid operation: cannot close non-channel %s", c.str(a0));
                    return false;
                }
                if (ch.dir() == Type.ChanDir.RECV) {
                    c.errorf(a0.expr.pos(), "invalid operation: cannot close receive-only channel %s", c.str(a0));
                    return false;
                }
                x.set(Mode.NOVALUE, Type.Tuple.EMPTY);
                recordSig(call, null, false, a0.type);
                return true;
            }
            case COMPLEX: {
                Operand y = args.get(1);
                boolean xu = a0.isUntyped(), yu = y.isUntyped();
                if (xu && !yu) c.consts.convertUntyped(a0, y.type);
                else if (!xu && yu) c.consts.convertUntyped(y, a0.type);
                else if (xu) {
                    if (a0.mode == Mode.CONSTANT && y.mode == Mode.CONSTANT) {
                        if (Predicates.isNumeric(a0.type) && ConstOps.toFloat(a0.val) != null) a0.type = Basic.of(Basic.Kind.UNTYPED_FLOAT);
                        if (Predicates.isNumeric(y.type) && ConstOps.toFloat(y.val) != null) y.type = Basic.of(Basic.Kind.UNTYPED_FLOAT);
                    } else {
                        c.consts.convertUntyped(a0, Basic.of(Basic.Kind.FLOAT64));
                        c.consts.convertUntyped(y, Basic.of(Basic.Kind.FLOAT64));
                    }
                }
                if (a0.invalid() || y.invalid()) return false;
                if (!Types.identical(a0.type, y.type)) {
                    c.errorf(a0.expr.pos(), "invalid operation: %s (mismatched types %s and %s)", c.str(call), c.str(a0.type), c.str(y.type));
                    return false;
                }
                Basic res = switch (Predicates.basic(a0.type) == null ? Basic.Kind.INVALID : Predicates.basic(a0.type).kind()) {
                    case FLOAT32 -> Basic.of(Basic.Kind.COMPLEX64);
                    case FLOAT64 -> Basic.of(Basic.Kind.COMPLEX128);
                    case UNTYPED_FLOAT -> Basic.of(Basic.Kind.UNTYPED_COMPLEX);
                    default -> null;
                };
                if (res == null) {
                    c.errorf(a0.expr.pos(), "invalid argument: arguments have type %s, expected floating-point", c.str(a0.type));
                    return false;
                }
                if (a0.mode == Mode.CONSTANT && y.mode == Mode.CONSTANT) {
                    x.setConst(res, new Value.Complex(ConstOps.toFloat(a0.val).value(), ConstOps.toFloat(y.val).value()));
                } else {
                    x.set(Mode.VALUE, res);
                }
                Type resT = res;
                if (a0.isUntyped() && x.mode != Mode.CONSTANT) resT = Basic.of(Basic.Kind.COMPLEX128);
                recordSig(call, resT, false, a0.type, a0.type);
                return true;
            }
            case COPY: {
                Operand y = args.get(1);
                Type dst = TypeSets.under(a0.type) instanceof Type.Slice s ? s.elem() : null;
                Type yu = TypeSets.under(y.type);
                Type src = yu instanceof Type.Slice s ? s.elem() : Predicates.isString(yu) ? Universe.BYTE : null;
                if (dst == null || src == null) {
                    c.errorf(a0.expr.pos(), "invalid argument: copy expects slice arguments; found %s and %s", c.str(a0), c.str(y));
                    return false;
                }
                if (!Types.identical(dst, src)) {
                    c.errorf(a0.expr.pos(), "invalid argument: arguments to copy %s and %s have different element types %s and %s",
                            c.str(a0), c.str(y), c.str(dst), c.str(src));
                    return false;
                }
                if (y.isUntyped()) c.consts.convertUntyped(y, Basic.of(Basic.Kind.STRING));
                x.set(Mode.VALUE, Basic.of(Basic.Kind.INT));
                recordSig(call, Basic.of(Basic.Kind.INT), false, a0.type, y.type);
                return true;
            }
            case DELETE: {
                Type key = mapKey(a0.type);
                if (key == null) {
                    c.errorf(a0.expr.pos(), "invalid argument: %s is not a map", c.str(a0));
                    return false;
                }
                c.assignability.assignment(args.get(1), key, "argument to delete");
                if (args.get(1).invalid()) return false;
                x.set(Mode.NOVALUE, Type.Tuple.EMPTY);
                recordSig(call, null, false, a0.type, key);
                return true;
            }
            case IMAG: case REAL: {
                if (a0.isUntyped()) {
                    if (a0.mode == Mode.CONSTANT) {
                        if (Predicates.isNumeric(a0.type)) a0.type = Basic.of(Basic.Kind.UNTYPED_COMPLEX);
                    } else {
                        c.consts.convertUntyped(a0, Basic.of(Basic.Kind.COMPLEX128));
                        if (a0.invalid()) return false;
                    }
                }
                Basic res = switch (Predicates.basic(a0.type) == null ? Basic.Kind.INVALID : Predicates.basic(a0.type).kind()) {
                    case COMPLEX64 -> Basic.of(Basic.Kind.FLOAT32);
                    case COMPLEX128 -> Basic.of(Basic.Kind.FLOAT64);
                    case UNTYPED_COMPLEX -> Basic.of(Basic.Kind.UNTYPED_FLOAT);
                    default -> null;
                };
                if (res == null) {
                    c.errorf(a0.expr.pos(), "invalid argument: argument has type %s, expected complex type", c.str(a0.type));
                    return false;
                }
                if (a0.mode == Mode.CONSTANT) {
                    Value.Complex cv = ConstOps.toComplex(a0.val);
                    x.setConst(res, new Value.Float(id == Obj.Builtin.Id.REAL ? cv.re() : cv.im()));
                } else {
                    x.set(Mode.VALUE, res);
                }
                recordSig(call, res, false, a0.type);
                return true;
            }
            case MAKE: {
                Expr arg0 = call.args().get(0);
                Type t = c.typexprs.typExpr(arg0);
                if (t == Basic.INVALID) return false;
                int min;
                Type u = TypeSets.under(t);
                if (u instanceof Type.Slice) min = 2;
                else if (u instanceof Type.Map || u instanceof Type.Chan) min = 1;
                else if (t instanceof TypeParam && TypeSets.coreType(t) == null) {
                    c.errorf(arg0.pos(), "invalid argument: cannot make %s: no core type", c.str(arg0));
                    return false;
                } else {
                    c.errorf(arg0.pos(), "invalid argument: cannot make %s; type must be slice, map, or channel", c.str(arg0));
                    return false;
                }
                if (n < min || min + 1 < n) {
                    c.errorf(call.pos(), "invalid operation: %s expects %d or %d arguments; found %d", c.str(call), min, min + 1, n);
                    return false;
                }
                List<Type> types = new ArrayList<>();
                types.add(t);
                List<Long> sizes = new ArrayList<>();
                for (Expr a : call.args().subList(1, n)) {
                    Operand o = new Operand();
                    c.exprs.expr(o, a);
                    long v = -1;
                    if (c.indexing.isValidIndex(o, "index", false) && o.mode == Mode.CONSTANT && !(o.val instanceof Value.Unknown)) {
                        v = ConstOps.toBigInteger(o.val).longValue();
                    }
                    types.add(o.type);
                    if (v >= 0) sizes.add(v);
                }
                if (sizes.size() == 2 && sizes.get(0) > sizes.get(1)) {
                    c.error(call.args().get(1).pos(), "invalid argument: length and capacity swapped");
                }
                x.set(Mode.VALUE, t);
                recordSig(call, t, false, types.toArray(new Type[0]));
                return true;
            }
            case NEW: {
                Type t = c.typexprs.typExpr(call.args().get(0));
                if (t == Basic.INVALID) return false;
                x.set(Mode.VALUE, new Type.Pointer(t));
                recordSig(call, x.type, false, t);
                return true;
            }
            case PANIC: {
                c.assignability.assignment(a0, Interface.EMPTY, "argument to panic");
                if (a0.invalid()) return false;
                x.set(Mode.NOVALUE, Type.Tuple.EMPTY);
                recordSig(call, null, false, Interface.EMPTY);
                return true;
            }
            case PRINT: case PRINTLN: {
                List<Type> params = new ArrayList<>();
                for (Operand a : args) {
                    c.assignability.assignment(a, null, "argument to " + b.name());
                    if (a.invalid()) return false;
                    params.add(a.type);
                }
                x.set(Mode.NOVALUE, Type.Tuple.EMPTY);
                recordSig(call, null, false, params.toArray(new Type[0]));
                return true;
            }
            case RECOVER: {
                x.set(Mode.VALUE, Interface.EMPTY);
                recordSig(call, Interface.EMPTY, false);
                return true;
            }
            case UNSAFE_ADD: {
                c.assignability.assignment(a0, Basic.of(Basic.Kind.UNSAFE_POINTER), "argument to unsafe.Add");
                if (a0.invalid()) return false;
                Operand y = args.get(1);
                if (!c.indexing.isValidIndex(y, "length", true)) return false;
                x.set(Mode.VALUE, Basic.of(Basic.Kind.UNSAFE_POINTER));
                recordSig(call, x.type, false, a0.type, y.type);
                return true;
            }
            case UNSAFE_ALIGNOF: case UNSAFE_SIZEOF: {
                c.assignability.assignment(a0, null, "argument to unsafe." + b.name());
                if (a0.invalid()) return false;
                long v = id == Obj.Builtin.Id.UNSAFE_SIZEOF ? Sizes.sizeof(a0.type) : Sizes.alignof(a0.type);
                x.setConst(Basic.of(Basic.Kind.UINTPTR), ConstOps.makeInt(v));
                recordSig(call, x.type, false, a0.type);
                return true;
            }
            case UNSAFE_OFFSETOF: {
                Expr arg0 = call.args().get(0);
                Expr inner = arg0;
                while (inner instanceof Expr.Paren p) inner = p.x();
                if (!(inner instanceof Expr.Selector sel)) {
                    c.errorf(arg0.pos(), "invalid argument: %s is not a selector expression", c.str(arg0));
                    c.exprs.use(arg0);
                    return false;
                }
                Operand base = new Operand();
                c.exprs.expr(base, sel.x());
                if (base.invalid()) return false;
                // types2 derefStructPtr: a pointer to a struct selects the struct's fields
                Type baseType = base.type.underlying() instanceof Type.Pointer bp
                        && bp.elem().underlying() instanceof Type.Struct ? bp.elem() : base.type;
                Lookup.Result r = c.lookup.lookupFieldOrMethod(baseType, false, c.pkg, sel.sel().name());
                if (!(r.obj() instanceof Obj.Var f)) {
                    if (r.obj() instanceof Obj.Func) c.errorf(arg0.pos(), "invalid argument: %s is a method value", c.str(arg0));
                    else c.errorf(sel.sel().pos(), "invalid argument: %s has no single field %s", c.str(baseType), sel.sel().name());
                    return false;
                }
                if (r.indirect()) {
                    c.errorf(sel.sel().pos(), "invalid argument: field %s is embedded via a pointer in %s", sel.sel().name(), c.str(baseType));
                    return false;
                }
                c.recordUse(sel.sel(), f);
                c.info.selections.put(sel, new Selection(Selection.Kind.FIELD_VAL, base.type, f, r.index(), false));
                c.recordTypeAndValue(sel, Mode.VARIABLE, f.type(), null);
                long off = 0;
                Type t = baseType;
                for (int idx : r.index()) {
                    Type.Struct st = (Type.Struct) (t instanceof Type.Pointer p ? p.elem() : t).underlying();
                    off += Sizes.offsetsof(st)[idx];
                    t = st.fields().get(idx).type();
                }
                x.setConst(Basic.of(Basic.Kind.UINTPTR), ConstOps.makeInt(off));
                recordSig(call, x.type, false, f.type());
                return true;
            }
            case UNSAFE_SLICE: {
                if (!(a0.type.underlying() instanceof Type.Pointer p)) {
                    c.errorf(a0.expr.pos(), "invalid argument: %s is not a pointer", c.str(a0));
                    return false;
                }
                Operand y = args.get(1);
                if (!c.indexing.isValidIndex(y, "length", false)) return false;
                x.set(Mode.VALUE, new Type.Slice(p.elem()));
                recordSig(call, x.type, false, a0.type, y.type);
                return true;
            }
        }
        return false;
    }

    /** Records the signature a builtin was called with on the call's function expression (go/types recordBuiltinType). */
    private void recordSig(Expr.Call call, Type result, boolean variadic, Type... params) {
        List<Obj.Var> ps = new ArrayList<>();
        for (Type t : params) ps.add(Obj.Var.param(Pos.NONE, c.pkg, "", t));
        List<Obj.Var> rs = result == null ? List.of() : List.of(Obj.Var.param(Pos.NONE, c.pkg, "", result));
        Type.Signature sig = new Type.Signature(null, List.of(), new Type.Tuple(ps), new Type.Tuple(rs), variadic);
        for (Expr f = call.fun(); ; f = ((Expr.Paren) f).x()) {
            c.recordTypeAndValue(f, Mode.BUILTIN, sig, null);
            if (!(f instanceof Expr.Paren)) break;
        }
    }

    /** The key type of map type t; for a type parameter, the key shared by every map of its type set; else null. */
    private static Type mapKey(Type t) {
        if (TypeSets.under(t) instanceof Type.Map m) return m.key();
        if (!(t instanceof TypeParam p) || !TypeSets.allTerms(p, u -> u.underlying() instanceof Type.Map)) return null;
        Type key = null;
        for (Type.Term term : TypeSets.terms(p)) {
            Type k = ((Type.Map) term.type().underlying()).key();
            if (key != null && !Types.identical(key, k)) return null;
            key = k;
        }
        return key;
    }

    /** Whether len (or cap, when forLen is false) applies to values of type t. */
    private static boolean hasLen(Type t, boolean forLen) {
        Type u = t.underlying();
        if (u instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array) return true;
        if (u instanceof Basic b) return forLen && b.isString();
        return u instanceof Type.Array || u instanceof Type.Slice || u instanceof Type.Chan || forLen && u instanceof Type.Map;
    }

    /**
     * Whether checked expression e contains a function call or channel receive (then len/cap
     * of an array is not constant); conversions and constant built-in calls are no calls
     * (go/types sets hasCallOrRecv only for the others).
     */
    private boolean containsCallOrRecv(Expr e) {
        if (e == null) return false;
        if (e instanceof Expr.Call call) {
            TypeAndValue fun = c.info.types.get(call.fun());
            if (fun != null && fun.isType()) return call.args().stream().anyMatch(this::containsCallOrRecv);
            TypeAndValue result = c.info.types.get(call);
            Checker.Untyped pending = c.untyped.get(call);
            return !(result != null ? result.isConstant() : pending != null && pending.mode() == Mode.CONSTANT);
        }
        if (e instanceof Expr.Unary u && u.op() == llgo.frontend.syntax.Op.ARROW) return true;
        if (e instanceof Expr.Paren p) return containsCallOrRecv(p.x());
        if (e instanceof Expr.Selector s) return containsCallOrRecv(s.x());
        if (e instanceof Expr.Index ix) return containsCallOrRecv(ix.x()) || ix.indices().stream().anyMatch(this::containsCallOrRecv);
        if (e instanceof Expr.Star s) return containsCallOrRecv(s.x());
        if (e instanceof Expr.Unary u) return containsCallOrRecv(u.x());
        if (e instanceof Expr.Binary b) return containsCallOrRecv(b.x()) || containsCallOrRecv(b.y());
        if (e instanceof Expr.CompositeLit cl) return cl.elts().stream().anyMatch(this::containsCallOrRecv);
        if (e instanceof Expr.KeyValue kv) return containsCallOrRecv(kv.key()) || containsCallOrRecv(kv.value());
        return false;
    }
}
