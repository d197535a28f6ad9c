package llgo.ssa;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import llgo.frontend.constant.Value.Int;
import llgo.frontend.syntax.Expr;
import llgo.frontend.syntax.Pos;
import llgo.frontend.types.Basic;
import llgo.frontend.types.Obj;
import llgo.frontend.types.Selection;
import llgo.frontend.types.Type;
import llgo.frontend.types.TypeAndValue;

/**
 * Calls, conversions and built-in functions (Go spec: "Calls", "Conversions", "Built-in
 * functions"; go/ssa builder.go setCall and builtin). Concrete methods are called
 * statically with the receiver as first argument (auto {@code &} / {@code *} done by
 * {@link ExprBuilder#receiver}); interface methods in invoke mode. Variadic arguments are
 * packed into a fresh slice unless passed with {@code ...}, so a Call's arguments always
 * match the callee's parameters. {@code append(s, x, y)} is built as a Call of the builtin
 * with two arguments, s and a slice of the extra elements (or the string of
 * {@code append(b, s...)}). {@code panic(x)} in statement position is the {@link
 * Instruction.Panic} terminator; new, make and len/cap of arrays become their own
 * instructions or constants.
 */
final class CallBuilder {
    private final FunctionBuilder fb;

    CallBuilder(FunctionBuilder fb) { this.fb = fb; }

    /** Evaluates the call expression c in the current block. */
    Value call(Expr.Call c) {
        Expr fun = ExprBuilder.unparen(c.fun());
        TypeAndValue ftv = fb.info.types.get(fun);
        Pos pos = c.lparen();
        if (ftv != null && ftv.isType()) return Emit.conv(fb, fb.expr.value(c.args().get(0)), fb.expr.typeOf(c), pos);
        Obj.Builtin.Id id = builtinId(fun);
        if (id != null) {
            Value v = specialBuiltin(id, c);
            if (v != null) return v;
        }
        Instruction.Call call = prepare(c);
        return call == null ? Const.zero(fb.expr.typeOf(c)) : fb.emit(call, pos);
    }

    Obj.Builtin.Id builtinId(Expr fun) {
        fun = ExprBuilder.unparen(fun);
        if (fun instanceof Expr.Ident id && fb.info.objectOf(id) instanceof Obj.Builtin b) return b.id();
        return null;
    }

    /** Builtins that are not a Call of a {@link Builtin}; null for the others. */
    private Value specialBuiltin(Obj.Builtin.Id id, Expr.Call c) {
        Pos pos = c.pos();
        Type t = fb.expr.typeOf(c);
        List<Expr> args = c.args();
        switch (id) {
            case NEW: return Emit.alloc(fb, TypeFacts.deref(t), true, "new", pos);
            case MAKE: {
                Type u = t.underlying();
                if (u instanceof Type.Slice) {
                    Value len = intArg(args.get(1));
                    Value cap = args.size() > 2 ? intArg(args.get(2)) : len;
                    return fb.emit(new Instruction.MakeSlice(t, len, cap), pos);
                }
                if (u instanceof Type.Map) return fb.emit(new Instruction.MakeMap(t, args.size() > 1 ? intArg(args.get(1)) : null), pos);
                if (u instanceof Type.Chan) {
                    Value size = args.size() > 1 ? intArg(args.get(1)) : new Const(TypeFacts.INT, new Int(BigInteger.ZERO));
                    return fb.emit(new Instruction.MakeChan(t, size), pos);
                }
                return null;
            }
            case LEN: case CAP: {
                Type at = fb.expr.typeOf(args.get(0)).underlying();
                if (at instanceof Type.Pointer p) at = p.elem().underlying();
                if (at instanceof Type.Array a) {
                    fb.expr.value(args.get(0));   // evaluated for its effects (Go spec: "Length and capacity")
                    return new Const(t, new Int(BigInteger.valueOf(a.len())));
                }
                return null;
            }
            case PANIC: {
                Value x = Emit.conv(fb, fb.expr.value(args.get(0)), llgo.frontend.types.Interface.EMPTY, pos);
                fb.emit(new Instruction.Panic(x), pos);
                return Const.zero(TypeFacts.tuple(List.of()));
            }
            default: return null;
        }
    }

    private Value intArg(Expr e) {
        Value v = fb.expr.value(e);
        return TypeFacts.isUntyped(v.type()) || !(v.type().underlying() instanceof Basic b && b.kind() == Basic.Kind.INT)
                ? Emit.conv(fb, v, TypeFacts.INT, e.pos()) : v;
    }

    /**
     * Evaluates callee and arguments of c and returns the Call, not yet placed in a block (go
     * and defer wrap it). Null if the call could not be built (reported).
     */
    Instruction.Call prepare(Expr.Call c) {
        Expr fun = ExprBuilder.unparen(c.fun());
        Obj.Builtin.Id id = builtinId(fun);
        if (id != null) return builtin(id, c);
        if (fun instanceof Expr.Selector s) {
            Selection sel = fb.info.selections.get(s);
            if (sel != null && sel.kind() == Selection.Kind.METHOD_VAL) return method(c, s, sel);
        }
        Type ft = fb.expr.typeOf(fun).underlying();
        if (!(ft instanceof Type.Signature sig)) {
            fb.unsupported(c.pos(), "call of a non-function");
            return null;
        }
        Value callee = fb.expr.value(fun);
        List<Value> args = args(c, sig, new ArrayList<>());
        return new Instruction.Call(TypeFacts.resultType(sig), callee, null, args, sig);
    }

    private Instruction.Call method(Expr.Call c, Expr.Selector s, Selection sel) {
        Obj.Func m = (Obj.Func) sel.obj();
        Value recv = fb.expr.receiver(s, sel);
        Type.Signature sig = m.signature();
        if (TypeFacts.isInterface(recv.type())) {
            List<Value> args = args(c, sig, new ArrayList<>());
            return new Instruction.Call(TypeFacts.resultType(sig), recv, m, args, sig);
        }
        Function fn = fb.pkg.function(m);
        if (fn == null) {
            fb.unsupported(c.pos(), "call of method " + m.name() + " declared in another package");
            return null;
        }
        List<Value> args = new ArrayList<>();
        args.add(recv);
        return new Instruction.Call(TypeFacts.resultType(sig), fn, null, args(c, sig, args), sig);
    }

    /** Appends the converted arguments of c for sig to out (which may hold the receiver already). */
    List<Value> args(Expr.Call c, Type.Signature sig, List<Value> out) {
        List<Value> given = new ArrayList<>();
        List<Pos> poss = new ArrayList<>();
        if (c.args().size() == 1 && fb.expr.typeOf(c.args().get(0)) instanceof Type.Tuple tu && tu.size() != 1) {
            Value tuple = fb.expr.value(c.args().get(0));
            for (int i = 0; i < tu.size(); i++) { given.add(Emit.extract(fb, tuple, i, c.pos())); poss.add(c.args().get(0).pos()); }
        } else {
            for (Expr a : c.args()) { given.add(fb.expr.value(a)); poss.add(a.pos()); }
        }
        List<Obj.Var> params = sig.params().vars();
        int fixed = sig.variadic() && !c.hasEllipsis() ? params.size() - 1 : params.size();
        for (int i = 0; i < fixed && i < given.size(); i++) out.add(Emit.conv(fb, given.get(i), params.get(i).type(), poss.get(i)));
        if (sig.variadic() && !c.hasEllipsis()) {
            Type.Slice st = (Type.Slice) params.get(params.size() - 1).type().underlying();
            out.add(packSlice(params.get(params.size() - 1).type(), st.elem(), given.subList(Math.min(fixed, given.size()), given.size()), c.pos()));
        }
        return out;
    }

    /** A new slice of type t holding vals (nil when there are none). */
    Value packSlice(Type t, Type elem, List<Value> vals, Pos pos) {
        if (vals.isEmpty()) return Const.zero(t);
        Type.Array arr = new Type.Array(vals.size(), elem);
        Value a = Emit.alloc(fb, arr, true, "varargs", pos);
        for (int i = 0; i < vals.size(); i++) {
            Value at = Emit.indexAddr(fb, a, new Const(TypeFacts.INT, new Int(BigInteger.valueOf(i))), pos);
            Emit.store(fb, at, vals.get(i), pos);
        }
        return fb.emit(new Instruction.Slice(t, a, null, null, null), pos);
    }

    private Instruction.Call builtin(Obj.Builtin.Id id, Expr.Call c) {
        Pos pos = c.pos();
        Type result = fb.expr.typeOf(c);
        if (result instanceof Basic b && b.isUntyped()) result = TypeFacts.defaultType(result);
        if (result == null || result == Basic.INVALID) result = TypeFacts.tuple(List.of());
        List<Value> args = new ArrayList<>();
        switch (id) {
            case APPEND -> {
                List<Value> vals = argValues(c);
                Value s = vals.get(0);
                args.add(s);
                Type.Slice st = (Type.Slice) s.type().underlying();
                if (c.hasEllipsis()) {
                    Value rest = vals.get(1);
                    args.add(TypeFacts.isString(rest.type()) || rest instanceof Const ? Emit.conv(fb, rest, TypeFacts.isString(rest.type()) ? TypeFacts.STRING : s.type(), pos) : rest);
                } else {
                    if (vals.size() == 1) return appendNothing(s);
                    args.add(packSlice(new Type.Slice(st.elem()), st.elem(), vals.subList(1, vals.size()), pos));
                }
            }
            case DELETE -> {
                Value m = fb.expr.value(c.args().get(0));
                args.add(m);
                args.add(fb.expr.valueAs(c.args().get(1), ((Type.Map) m.type().underlying()).key()));
            }
            case PANIC -> args.add(Emit.conv(fb, fb.expr.value(c.args().get(0)), llgo.frontend.types.Interface.EMPTY, pos));
            case PRINT, PRINTLN, LEN, CAP, CLOSE, COPY, RECOVER, REAL, IMAG, COMPLEX -> {
                for (Value v : argValues(c)) args.add(TypeFacts.isUntyped(v.type()) ? Emit.conv(fb, v, TypeFacts.defaultType(v.type()), pos) : v);
            }
            default -> {
                fb.unsupported(pos, "built-in function " + id.name().toLowerCase());
                return null;
            }
        }
        Type.Signature sig = TypeFacts.signature(args.stream().map(Value::type).toList(), result, false);
        String name = id.name().toLowerCase();
        return new Instruction.Call(result, new Builtin(id, name, sig), null, args, sig);
    }

    /** The values of a builtin's arguments; a single multi-valued call is spread ({@code append(f())}). */
    private List<Value> argValues(Expr.Call c) {
        List<Value> out = new ArrayList<>();
        if (c.args().size() == 1 && fb.expr.typeOf(c.args().get(0)) instanceof Type.Tuple tu && tu.size() != 1) {
            Value tuple = fb.expr.value(c.args().get(0));
            for (int i = 0; i < tu.size(); i++) out.add(Emit.extract(fb, tuple, i, c.pos()));
        } else {
            for (Expr a : c.args()) out.add(fb.expr.value(a));
        }
        return out;
    }

    /** {@code append(s)}: built as {@code append(s, nil)}, keeping the two-argument shape of every append. */
    private Instruction.Call appendNothing(Value s) {
        List<Value> args = List.of(s, Const.zero(s.type()));
        Type.Signature sig = TypeFacts.signature(List.of(s.type(), s.type()), s.type(), false);
        return new Instruction.Call(s.type(), new Builtin(Obj.Builtin.Id.APPEND, "append", sig), null, args, sig);
    }
}
