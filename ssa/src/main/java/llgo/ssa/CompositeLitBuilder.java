package llgo.ssa;

import java.math.BigInteger;
import java.util.List;

import llgo.frontend.constant.Value.Int;
import llgo.frontend.syntax.Expr;
import llgo.frontend.syntax.Pos;
import llgo.frontend.types.Obj;
import llgo.frontend.types.Type;
import llgo.frontend.types.TypeAndValue;

/**
 * Composite literals (Go spec: "Composite literals"): structs and arrays are built in a
 * fresh Alloc field by field (the Alloc is zeroed, so omitted elements need nothing);
 * slices in a heap array that is then sliced; maps by MakeMap and one MapUpdate per
 * entry. Elements with elided types are literals typed by the checker; an elided
 * {@code &T} element is built as an address.
 */
final class CompositeLitBuilder {
    private final FunctionBuilder fb;

    CompositeLitBuilder(FunctionBuilder fb) { this.fb = fb; }

    Value value(Expr.CompositeLit c) { return valueOf(c, fb.expr.typeOf(c)); }

    private Value valueOf(Expr.CompositeLit c, Type t) {
        Pos pos = c.pos();
        Type u = t.underlying();
        if (u instanceof Type.Pointer p) return address(c, p.elem(), true);
        if (u instanceof Type.Struct || u instanceof Type.Array) return Emit.load(fb, address(c, t, false), pos);
        if (u instanceof Type.Slice s) {
            Type.Array arr = new Type.Array(arrayLength(c), s.elem());
            Value a = Emit.alloc(fb, arr, true, "slicelit", pos);
            fillArray(a, c, s.elem());
            return fb.emit(new Instruction.Slice(t, a, null, null, null), pos);
        }
        if (u instanceof Type.Map m) {
            Value map = fb.emit(new Instruction.MakeMap(t, new Const(TypeFacts.INT, new Int(BigInteger.valueOf(c.elts().size())))), pos);
            for (Expr e : c.elts()) {
                if (e instanceof Expr.KeyValue kv) {
                    fb.order.hoistAll(List.of(kv.key(), kv.value()));   // each entry is ordered as m[k] = v (EvalOrder)
                    Value k = element(kv.key(), m.key());
                    Value v = element(kv.value(), m.elem());
                    fb.emit(new Instruction.MapUpdate(map, k, v), kv.pos());
                }
            }
            return map;
        }
        fb.unsupported(pos, "composite literal of type " + t);
        return Const.zero(t);
    }

    /**
     * A fresh variable of type t (heap when its address escapes, as for {@code &T{}})
     * holding the literal's value; returns its address.
     */
    Value address(Expr.CompositeLit c, Type t, boolean heap) {
        Pos pos = c.pos();
        Type u = t.underlying();
        if (u instanceof Type.Pointer p) { t = p.elem(); u = t.underlying(); }
        Value a = Emit.alloc(fb, t, heap, "complit", pos);
        if (u instanceof Type.Struct st) {
            for (int i = 0; i < c.elts().size(); i++) {
                Expr e = c.elts().get(i);
                int field = i;
                if (e instanceof Expr.KeyValue kv) {
                    field = fieldIndex(st, ((Expr.Ident) kv.key()).name());
                    e = kv.value();
                }
                Value v = element(e, st.fields().get(field).type());
                Emit.store(fb, Emit.fieldAddr(fb, a, field, e.pos()), v, e.pos());
            }
        } else if (u instanceof Type.Array arr) {
            fillArray(a, c, arr.elem());
        } else {
            Emit.store(fb, a, valueOf(c, t), pos);
        }
        return a;
    }

    private void fillArray(Value addr, Expr.CompositeLit c, Type elem) {
        long idx = 0;
        for (Expr e : c.elts()) {
            if (e instanceof Expr.KeyValue kv) {
                idx = constIndex(kv.key());
                e = kv.value();
            }
            Value v = element(e, elem);
            Value at = Emit.indexAddr(fb, addr, new Const(TypeFacts.INT, new Int(BigInteger.valueOf(idx))), e.pos());
            Emit.store(fb, at, v, e.pos());
            idx++;
        }
    }

    private Value element(Expr e, Type t) {
        return Emit.conv(fb, fb.expr.value(e), t, e.pos());
    }

    private long arrayLength(Expr.CompositeLit c) {
        long idx = 0, max = 0;
        for (Expr e : c.elts()) {
            if (e instanceof Expr.KeyValue kv) idx = constIndex(kv.key());
            idx++;
            max = Math.max(max, idx);
        }
        return max;
    }

    private long constIndex(Expr key) {
        TypeAndValue tv = fb.info.types.get(key);
        if (tv != null && tv.value() instanceof Int i) return i.value().longValue();
        fb.unsupported(key.pos(), "non-constant index in composite literal");
        return 0;
    }

    private static int fieldIndex(Type.Struct st, String name) {
        List<Obj.Var> fs = st.fields();
        for (int i = 0; i < fs.size(); i++) if (fs.get(i).name().equals(name)) return i;
        return 0;
    }
}
