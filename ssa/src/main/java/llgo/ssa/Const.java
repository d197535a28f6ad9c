package llgo.ssa;

import java.util.List;

import llgo.frontend.constant.Value;
import llgo.frontend.types.Type;
import llgo.frontend.types.Types;

/**
 * A constant operand: a typed Go constant, or the zero value of any type when
 * {@code value} is null ({@code nil} for pointers, slices, maps, channels, funcs and
 * interfaces; the zero struct or array).
 *
 * <p>Example printed forms: {@code 42:int}, {@code "hi":string}, {@code nil:*T}, {@code zero:main.Point}.
 */
public final class Const implements llgo.ssa.Value {
    private final Type type;
    private final Value value;

    public Const(Type type, Value value) {
        this.type = type;
        this.value = value;
    }

    public static Const zero(Type type) { return new Const(type, null); }

    /** The constant's exact value, or null for the zero value of a type without constants. */
    public Value value() { return value; }

    public boolean isZero() { return value == null; }

    @Override public Type type() { return type; }

    @Override public String name() {
        String v = value == null ? (isNilable(type) ? "nil" : "zero") : value.toString();
        return v + ":" + Types.typeString(type);
    }

    private static boolean isNilable(Type t) {
        Type u = t.underlying();
        return u instanceof Type.Pointer || u instanceof Type.Slice || u instanceof Type.Map || u instanceof Type.Chan
                || u instanceof Type.Signature || u instanceof llgo.frontend.types.Interface
                || (u instanceof llgo.frontend.types.Basic b && b.kind() == llgo.frontend.types.Basic.Kind.UNSAFE_POINTER);
    }

    @Override public List<Instruction> referrers() { return List.of(); }

    @Override public String toString() { return name(); }
}
