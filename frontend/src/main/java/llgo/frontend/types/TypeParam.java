package llgo.frontend.types;

/** A type parameter of a generic function or type (Go spec: "Type parameter declarations"). */
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

    /** The underlying type of a type parameter is its constraint interface. */
    @Override public Type underlying() { return constraint.underlying(); }

    @Override public String toString() { return obj.name(); }
}
