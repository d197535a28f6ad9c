package llgo.frontend.types;

/**
 * A type parameter of a generic function or type (Go spec: "Type parameter declarations";
 * go/types typeparam.go). Its constraint is an interface type, possibly named, or an
 * implicit interface for {@code [T ~int]}; its underlying type is that interface. It is
 * identical only to itself.
 */
public final class TypeParam implements Type {
    private final Obj.TypeName obj;
    private final int index;
    private Type constraint;

    public TypeParam(Obj.TypeName obj, int index, Type constraint) {
        this.obj = obj;
        this.index = index;
        this.constraint = constraint;
    }

    public Obj.TypeName obj() { return obj; }
    public int index() { return index; }
    public Type constraint() { return constraint; }
    public void setConstraint(Type c) { this.constraint = c; }

    /** The constraint's interface; the empty interface while the constraint is not resolved or invalid. */
    public Interface iface() {
        return constraint != null && constraint.underlying() instanceof Interface i && i.isComplete() ? i : Interface.EMPTY;
    }

    /** The underlying type of a type parameter is its constraint interface. */
    @Override public Type underlying() { return iface(); }

    @Override public String toString() { return obj.name(); }
}
