package llgo.ssa;

import java.math.BigDecimal;
import java.util.List;

import llgo.frontend.constant.Value.Complex;
import llgo.frontend.constant.Value.Float;
import llgo.frontend.constant.Value.Int;
import llgo.frontend.syntax.Op;
import llgo.frontend.syntax.Pos;
import llgo.frontend.types.Basic;
import llgo.frontend.types.Type;
import llgo.frontend.types.Types;

/**
 * One helper per emitted instruction (after go/ssa's emit.go), appending to the current
 * block of a {@link FunctionBuilder}. Conversions follow go/ssa's emitConv: identical types
 * need nothing, an untyped nil becomes the target's zero value, a value entering an
 * interface is boxed ({@link Instruction.MakeInterface}) or re-typed between interfaces
 * ({@link Instruction.ChangeInterface}), identical underlying types (or pointers to them)
 * give a {@link Instruction.ChangeType}, and every other legal conversion (Go spec:
 * "Conversions") is a {@link Instruction.Convert}.
 */
final class Emit {
    private Emit() {}

    static Value load(FunctionBuilder fb, Value addr, Pos pos) {
        return fb.emit(new Instruction.UnOp(TypeFacts.deref(addr.type()), Op.MUL, addr, false), pos);
    }

    static void store(FunctionBuilder fb, Value addr, Value val, Pos pos) {
        fb.emit(new Instruction.Store(addr, conv(fb, val, TypeFacts.deref(addr.type()), pos)), pos);
    }

    static Instruction.Alloc alloc(FunctionBuilder fb, Type elem, boolean heap, String comment, Pos pos) {
        return fb.emit(new Instruction.Alloc(TypeFacts.pointer(elem), elem, heap, comment), pos);
    }

    static Value extract(FunctionBuilder fb, Value tuple, int i, Pos pos) {
        Type.Tuple t = (Type.Tuple) tuple.type();
        return fb.emit(new Instruction.Extract(t.type(i), tuple, i), pos);
    }

    static Value fieldAddr(FunctionBuilder fb, Value ptr, int index, Pos pos) {
        Type.Struct st = (Type.Struct) TypeFacts.deref(ptr.type()).underlying();
        return fb.emit(new Instruction.FieldAddr(TypeFacts.pointer(st.fields().get(index).type()), ptr, index), pos);
    }

    static Value field(FunctionBuilder fb, Value x, int index, Pos pos) {
        Type.Struct st = (Type.Struct) x.type().underlying();
        return fb.emit(new Instruction.Field(st.fields().get(index).type(), x, index), pos);
    }

    static Value indexAddr(FunctionBuilder fb, Value x, Value index, Pos pos) {
        Type u = x.type().underlying();
        Type elem = u instanceof Type.Slice s ? s.elem() : ((Type.Array) TypeFacts.deref(x.type()).underlying()).elem();
        return fb.emit(new Instruction.IndexAddr(TypeFacts.pointer(elem), x, toInt(fb, index, pos)), pos);
    }

    /** An index operand converted to an integer type if it is an untyped constant. */
    static Value toInt(FunctionBuilder fb, Value index, Pos pos) {
        return TypeFacts.isUntyped(index.type()) ? conv(fb, index, TypeFacts.INT, pos) : index;
    }

    static void jump(FunctionBuilder fb, BasicBlock target, Pos pos) {
        fb.emit(new Instruction.Jump(), pos).block().addEdge(target);
    }

    static void ifThenElse(FunctionBuilder fb, Value cond, BasicBlock then, BasicBlock els, Pos pos) {
        BasicBlock from = fb.emit(new Instruction.If(cond), pos).block();
        from.addEdge(then);
        from.addEdge(els);
    }

    /** A binary arithmetic, bitwise or shift operation of type t. */
    static Value arith(FunctionBuilder fb, Op op, Value x, Value y, Type t, Pos pos) {
        x = conv(fb, x, t, pos);
        if (op == Op.SHL || op == Op.SHR) {
            if (TypeFacts.isUntyped(y.type())) y = conv(fb, y, Basic.of(Basic.Kind.UINT), pos);
        } else {
            y = conv(fb, y, t, pos);
        }
        return fb.emit(new Instruction.BinOp(t, op, x, y), pos);
    }

    /** A comparison; the operands are first brought to a common type (an interface side boxes the other). */
    static Value compare(FunctionBuilder fb, Op op, Value x, Value y, Type result, Pos pos) {
        Type xt = x.type(), yt = y.type();
        if (isUntypedNil(x)) x = Const.zero(yt);
        else if (isUntypedNil(y)) y = Const.zero(xt);
        else if (TypeFacts.isInterface(xt) && !TypeFacts.isInterface(yt)) y = conv(fb, y, xt, pos);
        else if (TypeFacts.isInterface(yt) && !TypeFacts.isInterface(xt)) x = conv(fb, x, yt, pos);
        else if (TypeFacts.isInterface(xt) && TypeFacts.isInterface(yt) && !Types.identical(xt, yt)) {
            // The interface with more methods is assignable to the other one.
            if (methodCount(xt) >= methodCount(yt)) x = conv(fb, x, yt, pos); else y = conv(fb, y, xt, pos);
        } else if (!Types.identical(xt, yt)) {
            if (x instanceof Const) x = conv(fb, x, yt, pos); else y = conv(fb, y, xt, pos);
        }
        return fb.emit(new Instruction.BinOp(TypeFacts.defaultType(result), op, x, y), pos);
    }

    private static int methodCount(Type iface) {
        return ((llgo.frontend.types.Interface) iface.underlying()).allMethods().size();
    }

    static boolean isUntypedNil(Value v) {
        return v instanceof Const c && c.type() instanceof Basic b && b.kind() == Basic.Kind.UNTYPED_NIL;
    }

    /** v converted (or assigned) to type t, per go/ssa's rules summarised in the file header. */
    static Value conv(FunctionBuilder fb, Value v, Type t, Pos pos) {
        Type vt = v.type();
        if (Types.identical(vt, t)) return v;
        if (isUntypedNil(v)) return Const.zero(t);
        Type ut = t.underlying(), uv = vt.underlying();
        if (TypeFacts.isInterface(t)) {
            if (TypeFacts.isInterface(vt)) return fb.emit(new Instruction.ChangeInterface(t, v), pos);
            if (TypeFacts.isUntyped(vt)) v = conv(fb, v, TypeFacts.defaultType(vt), pos);
            return fb.emit(new Instruction.MakeInterface(t, v), pos);
        }
        // An untyped constant takes its context's type; a typed one may only change its name.
        // Any other conversion of a constant operand (rune → string, float → int, ...) is a real Convert.
        if (v instanceof Const c && c.value() != null && ut instanceof Basic
                && (TypeFacts.isUntyped(vt) || Types.identical(uv, ut))) {
            return constant(c, t);
        }
        if (Types.identical(uv, ut)) return fb.emit(new Instruction.ChangeType(t, v), pos);
        if (uv instanceof Type.Pointer p && ut instanceof Type.Pointer q
                && Types.identical(p.elem().underlying(), q.elem().underlying())) {
            return fb.emit(new Instruction.ChangeType(t, v), pos);
        }
        if (uv instanceof Type.Chan p && ut instanceof Type.Chan q && Types.identical(p.elem(), q.elem())) {
            return fb.emit(new Instruction.ChangeType(t, v), pos);   // a bidirectional channel given a direction
        }
        if (uv instanceof Basic || ut instanceof Basic || uv instanceof Type.Slice || ut instanceof Type.Pointer) {
            return fb.emit(new Instruction.Convert(t, v), pos);
        }
        fb.unsupported(pos, "conversion from " + Types.typeString(vt) + " to " + Types.typeString(t));
        return Const.zero(t);
    }

    /**
     * A constant re-typed, its value in the representation of the target's kind: an integer
     * becomes a float for float types, an integer or float a complex for complex types.
     */
    static Const constant(Const c, Type t) {
        llgo.frontend.constant.Value val = c.value();
        if (t.underlying() instanceof Basic b) {
            if (b.isFloat() && val instanceof Int i) val = new Float(new BigDecimal(i.value()));
            if (b.isComplex() && val instanceof Int i) val = new Complex(new BigDecimal(i.value()), BigDecimal.ZERO);
            if (b.isComplex() && val instanceof Float f) val = new Complex(f.value(), BigDecimal.ZERO);
        }
        return new Const(t, val);
    }

    static Value call(FunctionBuilder fb, Value callee, List<Value> args, Type.Signature sig, Pos pos) {
        return fb.emit(new Instruction.Call(TypeFacts.resultType(sig), callee, null, args, sig), pos);
    }
}
