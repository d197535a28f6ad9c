package llgo.ssa;

import java.util.ArrayList;
import java.util.List;

import llgo.frontend.syntax.Expr;
import llgo.frontend.syntax.Op;
import llgo.frontend.syntax.Pos;
import llgo.frontend.types.Basic;
import llgo.frontend.types.Info;
import llgo.frontend.types.Obj;
import llgo.frontend.types.Selection;
import llgo.frontend.types.Type;
import llgo.frontend.types.TypeAndValue;
import llgo.frontend.types.Types;

/**
 * Expressions → SSA values (Go spec: "Expressions"; go/ssa builder.go's expr, addr and
 * cond). Constant expressions become a {@link Const} with the checker's value and final
 * type, never instructions. {@code &&} and {@code ||} are control flow joined by a phi;
 * in conditions they branch directly. Field selection follows {@link Selection#index()}
 * through embedded fields, dereferencing pointers on the way.
 */
final class ExprBuilder {
    private final FunctionBuilder fb;

    ExprBuilder(FunctionBuilder fb) { this.fb = fb; }

    Type typeOf(Expr e) {
        Type t = fb.info.typeOf(e);
        return t == null ? Basic.INVALID : t;
    }

    static Expr unparen(Expr e) {
        while (e instanceof Expr.Paren p) e = p.x();
        return e;
    }

    /** The value of e. For a call without results, the empty tuple-typed call. */
    Value value(Expr e) {
        Value early = fb.order.take(e);
        if (early != null) return early;
        TypeAndValue tv = fb.info.types.get(e);
        if (tv != null && tv.isConstant() && tv.value() != null) return Emit.constant(new Const(tv.type(), tv.value()), TypeFacts.defaultType(tv.type()));
        Pos pos = e.pos();
        if (e instanceof Expr.Paren p) return value(p.x());
        if (e instanceof Expr.Ident id) return ident(id);
        if (e instanceof Expr.FuncLit f) return funcLit(f);
        if (e instanceof Expr.CompositeLit c) return new CompositeLitBuilder(fb).value(c);
        if (e instanceof Expr.Selector s) return selector(s);
        if (e instanceof Expr.Index i) return index(i);
        if (e instanceof Expr.Slice s) return slice(s);
        if (e instanceof Expr.TypeAssert a) {
            Type t = typeOf(a);
            return fb.emit(new Instruction.TypeAssert(t, value(a.x()), t, false), pos);
        }
        if (e instanceof Expr.Call c) return fb.calls.call(c);
        if (e instanceof Expr.Star s) return Emit.load(fb, value(s.x()), pos);
        if (e instanceof Expr.Unary u) return unary(u);
        if (e instanceof Expr.Binary b) return binary(b);
        fb.unsupported(pos, "expression " + e.getClass().getSimpleName());
        return Const.zero(typeOf(e));
    }

    /** The value of e converted to t (assignability). */
    Value valueAs(Expr e, Type t) { return Emit.conv(fb, value(e), t, e.pos()); }

    /** The value of e, its calls, receives and logical operators evaluated first ({@link EvalOrder}). */
    Value ordered(Expr e) {
        fb.order.hoist(e);
        return value(e);
    }

    private Value orderedAs(Expr e, Type t) { return Emit.conv(fb, ordered(e), t, e.pos()); }

    private Value ident(Expr.Ident id) {
        Obj o = fb.info.objectOf(id);
        if (o instanceof Obj.Var v) return fb.readVar(v, id.pos());
        Info.Instance in = fb.info.instances.get(id);
        if (o instanceof Obj.Func f && in != null) {
            // a generic function, instantiated explicitly or by inference: its monomorphic instance
            Function fn = fb.pkg.instance(f, in.typeArgs(), id.pos());
            return fn != null ? fn : Const.zero(typeOf(id));
        }
        if (o instanceof Obj.Func f) {
            Function fn = fb.pkg.function(f);
            if (fn != null) return fn;
        }
        if (o instanceof Obj.Nil) return Const.zero(typeOf(id));
        fb.unsupported(id.pos(), "use of " + id.name() + " as a value");
        return Const.zero(typeOf(id));
    }

    private Value funcLit(Expr.FuncLit f) {
        Type.Signature sig = (Type.Signature) typeOf(f);
        Function child = new Function(fb.nextAnonSymbol(), sig, null, fb.fn, f.pos());
        FunctionBuilder cb = new FunctionBuilder(fb.pkg, child, fb, fb.escaping);
        cb.build(null, f.type(), f.body());
        if (child.freeVars().isEmpty()) return child;
        List<Value> bindings = new ArrayList<>();
        for (Obj.Var v : cb.captured) bindings.add(fb.addressOf(v, f.pos()));
        return fb.emit(new Instruction.MakeClosure(sig, child, bindings), f.pos());
    }

    // ------------------------------------------------------------------ selectors

    private Value selector(Expr.Selector s) {
        Selection sel = fb.info.selections.get(s);
        if (sel == null) {
            fb.unsupported(s.pos(), "qualified identifier " + s.sel().name() + " (imported packages)");
            return Const.zero(typeOf(s));
        }
        return switch (sel.kind()) {
            case FIELD_VAL -> {
                Walked w = walk(s.x(), sel.index(), sel.index().size(), s.pos());
                yield w.isAddr ? Emit.load(fb, w.v, s.pos()) : w.v;
            }
            case METHOD_VAL -> fb.pkg.wrappers.boundMethod(fb, receiver(s, sel), (Obj.Func) sel.obj(), s.pos());
            case METHOD_EXPR -> fb.pkg.wrappers.methodThunk((Obj.Func) sel.obj(), (Type.Signature) typeOf(s), sel.recv(), sel.index(), s.pos());
        };
    }

    /** The result of following a field path: an address of the selected part, or its value. */
    record Walked(Value v, boolean isAddr) {}

    /**
     * Follows the first n entries of path from x. The start is x's address when x is
     * addressable (or a pointer), so that fields are reached in place.
     */
    Walked walk(Expr x, List<Integer> path, int n, Pos pos) {
        Type xt = typeOf(x);
        Value v;
        boolean ptr;
        if (xt.underlying() instanceof Type.Pointer) { v = value(x); ptr = true; }
        else if (n > 0 && addressable(x)) { v = address(x); ptr = true; }
        else { v = value(x); ptr = false; }
        boolean isAddr = false;
        for (int k = 0; k < n; k++) {
            int idx = path.get(k);
            if (ptr) { v = Emit.fieldAddr(fb, v, idx, pos); isAddr = true; }
            else { v = Emit.field(fb, v, idx, pos); isAddr = false; }
            if (k < n - 1) {
                Type ft = isAddr ? TypeFacts.deref(v.type()) : v.type();
                if (ft.underlying() instanceof Type.Pointer) {
                    if (isAddr) v = Emit.load(fb, v, pos);
                    ptr = true;
                } else {
                    ptr = isAddr;
                }
            }
        }
        return new Walked(v, isAddr);
    }

    /** The receiver of a method selection x.M, adjusted (auto & or *) to the method's receiver type. */
    Value receiver(Expr.Selector s, Selection sel) {
        Obj.Func m = (Obj.Func) sel.obj();
        int n = sel.index().size() - 1;
        Type recvType = m.signature().recv() == null ? null : m.signature().recv().type();
        boolean wantPtr = recvType != null && recvType.underlying() instanceof Type.Pointer;
        Walked w;
        if (n > 0) w = walk(s.x(), sel.index(), n, s.pos());
        else if (!(typeOf(s.x()).underlying() instanceof Type.Pointer) && wantPtr) w = new Walked(address(s.x()), true);
        else w = new Walked(value(s.x()), false);
        Value v = w.v;
        Type r = w.isAddr ? TypeFacts.deref(v.type()) : v.type();
        boolean rIsPtr = r.underlying() instanceof Type.Pointer;
        if (recvType == null || TypeFacts.isInterface(r) || wantPtr == rIsPtr) return w.isAddr ? Emit.load(fb, v, s.pos()) : v;
        if (wantPtr) {
            if (w.isAddr) return v;
            fb.unsupported(s.pos(), "pointer method on a value that is not addressable");
            return Const.zero(recvType);
        }
        Value p = w.isAddr ? Emit.load(fb, v, s.pos()) : v;
        return Emit.load(fb, p, s.pos());
    }

    // ------------------------------------------------------------------ addresses

    boolean addressable(Expr e) {
        TypeAndValue tv = fb.info.types.get(unparen(e));
        if (tv == null && unparen(e) instanceof Expr.Ident id && fb.info.objectOf(id) instanceof Obj.Var v) {
            return !fb.isRegister(v);
        }
        if (tv == null || !tv.addressable()) return false;
        return !(unparen(e) instanceof Expr.Ident id && fb.info.objectOf(id) instanceof Obj.Var v && fb.isRegister(v));
    }

    /** The address of an addressable expression (or of a composite literal, for {@code &T{}}). */
    Value address(Expr e) {
        e = unparen(e);
        Pos pos = e.pos();
        if (e instanceof Expr.Ident id && fb.info.objectOf(id) instanceof Obj.Var v && !fb.isRegister(v)) {
            Value a = fb.addressOf(v, pos);
            if (a != null) return a;
        } else if (e instanceof Expr.Selector s && fb.info.selections.get(s) != null
                && fb.info.selections.get(s).kind() == Selection.Kind.FIELD_VAL) {
            Selection sel = fb.info.selections.get(s);
            Walked w = walk(s.x(), sel.index(), sel.index().size(), pos);
            if (w.isAddr) return w.v;
        } else if (e instanceof Expr.Index i) {
            Type xt = typeOf(i.x()).underlying();
            if (xt instanceof Type.Slice || xt instanceof Type.Pointer) return Emit.indexAddr(fb, value(i.x()), value(i.indices().get(0)), pos);
            if (xt instanceof Type.Array) return Emit.indexAddr(fb, address(i.x()), value(i.indices().get(0)), pos);
        } else if (e instanceof Expr.Star s) {
            return value(s.x());
        } else if (e instanceof Expr.CompositeLit c) {
            return new CompositeLitBuilder(fb).address(c, typeOf(c), true);
        }
        fb.unsupported(pos, "address of " + e.getClass().getSimpleName() + " expression");
        return Const.zero(TypeFacts.pointer(typeOf(e)));
    }

    /** The assignable location e denotes. Operands are evaluated now. */
    LValue lvalue(Expr e) {
        e = unparen(e);
        if (e instanceof Expr.Ident id && id.isBlank()) return new LValue.Blank(typeOf(e));
        if (e instanceof Expr.Ident id && fb.info.objectOf(id) instanceof Obj.Var v && fb.isRegister(v)) return new LValue.Register(v);
        if (e instanceof Expr.Index i && typeOf(i.x()).underlying() instanceof Type.Map m) {
            Value map = value(i.x());
            return new LValue.MapElem(map, valueAs(i.indices().get(0), m.key()), m.elem());
        }
        return new LValue.Address(address(e));
    }

    /**
     * As {@link #lvalue}, but an element of a slice or array, or a field through a pointer,
     * gets its address (and nil or bounds check) only when stored to ({@link LValue.Late}).
     */
    LValue lateLvalue(Expr e) {
        e = unparen(e);
        if (e instanceof Expr.Index i) {
            Type xt = typeOf(i.x()).underlying();
            Type elem = xt instanceof Type.Slice s ? s.elem()
                    : xt instanceof Type.Array a ? a.elem()
                    : xt instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array a ? a.elem() : null;
            if (elem != null) {
                Value base = xt instanceof Type.Array ? address(i.x()) : value(i.x());
                return new LValue.Late(base, Emit.toInt(fb, value(i.indices().get(0)), i.lbrack()), -1, elem);
            }
        }
        Selection sel = e instanceof Expr.Selector s ? fb.info.selections.get(s) : null;
        if (sel != null && sel.kind() == Selection.Kind.FIELD_VAL && sel.index().size() == 1
                && typeOf(((Expr.Selector) e).x()).underlying() instanceof Type.Pointer) {
            return new LValue.Late(value(((Expr.Selector) e).x()), null, sel.index().get(0), typeOf(e));
        }
        return lvalue(e);
    }

    // ------------------------------------------------------------------ index and slice

    private Value index(Expr.Index i) {
        Pos pos = i.lbrack();
        if (unparen(i.x()) instanceof Expr.Ident id && fb.info.instances.containsKey(id)) return ident(id);   // f[int, string]
        Type xt = typeOf(i.x()).underlying();
        Expr ix = i.indices().get(0);
        if (xt instanceof Type.Map m) return fb.emit(new Instruction.Lookup(m.elem(), value(i.x()), valueAs(ix, m.key()), false), pos);
        if (xt instanceof Basic b && b.isString()) {
            return fb.emit(new Instruction.Lookup(TypeFacts.UINT8, value(i.x()), Emit.toInt(fb, value(ix), pos), false), pos);
        }
        if (xt instanceof Type.Array a && !addressable(i.x())) {
            return fb.emit(new Instruction.Index(a.elem(), value(i.x()), Emit.toInt(fb, value(ix), pos)), pos);
        }
        if (xt instanceof Type.Array || xt instanceof Type.Slice || xt instanceof Type.Pointer) return Emit.load(fb, address(i), pos);
        fb.unsupported(pos, "index of " + Types.typeString(typeOf(i.x())));
        return Const.zero(typeOf(i));
    }

    private Value slice(Expr.Slice s) {
        Type xt = typeOf(s.x()).underlying();
        Value x = xt instanceof Type.Array ? address(s.x()) : value(s.x());
        Value lo = s.lo() == null ? null : Emit.toInt(fb, value(s.lo()), s.pos());
        Value hi = s.hi() == null ? null : Emit.toInt(fb, value(s.hi()), s.pos());
        Value max = s.max() == null ? null : Emit.toInt(fb, value(s.max()), s.pos());
        return fb.emit(new Instruction.Slice(typeOf(s), x, lo, hi, max), s.lbrack());
    }

    // ------------------------------------------------------------------ operators

    private Value unary(Expr.Unary u) {
        Type t = typeOf(u);
        Pos pos = u.pos();
        return switch (u.op()) {
            case AND -> {
                Value p = address(u.x());
                // spec: "if the evaluation of x would cause a run-time panic, then the evaluation of &x does too"
                if (unparen(u.x()) instanceof Expr.Star) Emit.load(fb, p, pos);
                yield p;
            }
            case ADD -> valueAs(u.x(), t);
            case SUB, XOR, NOT -> fb.emit(new Instruction.UnOp(t, u.op(), valueAs(u.x(), t), false), pos);
            case ARROW -> fb.emit(new Instruction.UnOp(t, Op.ARROW, value(u.x()), false), pos);
            default -> {
                fb.unsupported(pos, "unary operator " + u.op());
                yield Const.zero(t);
            }
        };
    }

    private Value binary(Expr.Binary b) {
        Type t = TypeFacts.defaultType(typeOf(b));
        if (b.op() == Op.LAND || b.op() == Op.LOR) return logical(b, t);
        Value x = value(b.x());
        Value y = value(b.y());
        if (b.op().isComparison()) return Emit.compare(fb, b.op(), x, y, t, b.opPos());
        return Emit.arith(fb, b.op(), x, y, t, b.opPos());
    }

    /** {@code x && y}, {@code x || y}: evaluate y only when needed, join with a phi. */
    private Value logical(Expr.Binary b, Type t) {
        boolean and = b.op() == Op.LAND;
        BasicBlock rhs = fb.newBlock(and ? "land.rhs" : "lor.rhs");
        BasicBlock done = fb.newBlock(and ? "land.done" : "lor.done");
        List<BasicBlock> from = new ArrayList<>();
        List<Value> vals = new ArrayList<>();
        Value x = orderedAs(b.x(), t);
        if (and) Emit.ifThenElse(fb, x, rhs, done, b.opPos()); else Emit.ifThenElse(fb, x, done, rhs, b.opPos());
        from.add(fb.current());
        vals.add(new Const(t, new llgo.frontend.constant.Value.Bool(!and)));
        fb.vars.seal(rhs);
        fb.setCurrent(rhs);
        Value y = orderedAs(b.y(), t);
        Emit.jump(fb, done, b.opPos());
        from.add(fb.current());
        vals.add(y);
        fb.vars.seal(done);
        fb.setCurrent(done);
        Instruction.Phi phi = done.addPhi(new Instruction.Phi(t, b.op().text));
        for (BasicBlock p : done.preds()) phi.addEdge(vals.get(from.indexOf(p)));
        return phi;
    }

    /** Branches to t when e is true, else to f; && || and ! become control flow. */
    void cond(Expr e, BasicBlock t, BasicBlock f) {
        e = unparen(e);
        if (e instanceof Expr.Binary b && (b.op() == Op.LAND || b.op() == Op.LOR)) {
            BasicBlock rhs = fb.newBlock(b.op() == Op.LAND ? "cond.true" : "cond.false");
            if (b.op() == Op.LAND) cond(b.x(), rhs, f); else cond(b.x(), t, rhs);
            fb.vars.seal(rhs);
            fb.setCurrent(rhs);
            cond(b.y(), t, f);
            return;
        }
        if (e instanceof Expr.Unary u && u.op() == Op.NOT && !(fb.info.types.get(e) != null && fb.info.types.get(e).isConstant())) {
            cond(u.x(), f, t);
            return;
        }
        Emit.ifThenElse(fb, orderedAs(e, TypeFacts.defaultType(typeOf(e))), t, f, e.pos());
    }

    /** The tuple (value, ok) of a comma-ok expression: map index, type assertion or receive. */
    Value commaOk(Expr e) {
        e = unparen(e);
        Pos pos = e.pos();
        if (e instanceof Expr.Index i && typeOf(i.x()).underlying() instanceof Type.Map m) {
            return fb.emit(new Instruction.Lookup(TypeFacts.tuple(List.of(m.elem(), TypeFacts.BOOL)), value(i.x()),
                    valueAs(i.indices().get(0), m.key()), true), pos);
        }
        if (e instanceof Expr.TypeAssert a) {
            Type t = typeOf(a.type());
            return fb.emit(new Instruction.TypeAssert(TypeFacts.tuple(List.of(t, TypeFacts.BOOL)), value(a.x()), t, true), pos);
        }
        if (e instanceof Expr.Unary u && u.op() == Op.ARROW) {
            Type elem = ((Type.Chan) typeOf(u.x()).underlying()).elem();
            return fb.emit(new Instruction.UnOp(TypeFacts.tuple(List.of(elem, TypeFacts.BOOL)), Op.ARROW, value(u.x()), true), pos);
        }
        fb.unsupported(pos, "comma-ok form of " + e.getClass().getSimpleName());
        return Const.zero(TypeFacts.tuple(List.of(typeOf(e), TypeFacts.BOOL)));
    }
}
