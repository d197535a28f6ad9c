package llgo.frontend.types;

import java.util.ArrayList;
import java.util.List;

/**
 * A defined type {@code type T U} (Go spec: "Type definitions"). Its underlying type is set
 * once the declaration is resolved (it may refer to T itself); methods are added as their
 * declarations are collected. Identity is object identity.
 */
public final class Named implements Type {
    private final Obj.TypeName obj;
    private Type underlying;
    private final List<Obj.Func> methods = new ArrayList<>();
    private final List<TypeParam> typeParams = new ArrayList<>();

    /** @param underlying may be null until {@link #setUnderlying} is called */
    public Named(Obj.TypeName obj, Type underlying) {
        this.obj = obj;
        this.underlying = underlying;
    }

    public Obj.TypeName obj() { return obj; }

    /** The underlying type; never a Named. Basic.INVALID if resolution failed. */
    @Override public Type underlying() { return underlying == null ? Basic.INVALID : underlying; }

    /** @param u the resolved underlying type; must not be a Named */
    public void setUnderlying(Type u) {
        assert !(u instanceof Named) : "underlying of a Named is never a Named";
        this.underlying = u;
    }

    /** Methods declared with this type as receiver base, in source order. */
    public List<Obj.Func> methods() { return methods; }

    public void addMethod(Obj.Func m) { methods.add(m); }

    public List<TypeParam> typeParams() { return typeParams; }

    @Override public String toString() { return Types.typeString(this); }
}
