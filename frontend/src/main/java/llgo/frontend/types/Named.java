package llgo.frontend.types;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * A defined type {@code type T U} (Go spec: "Type definitions"), or an instance
 * {@code List[int]} of a generic one (go/types named.go, "Instantiations"). A declared
 * type's underlying type is set once its declaration is resolved (it may refer to T
 * itself); methods are added as their declarations are collected. An instance knows its
 * origin and type arguments; its underlying type and methods are the origin's with the
 * type parameters substituted, expanded lazily because the origin may still be incomplete
 * when the instance is created. Instances are made only by {@link #instance}, which keeps
 * one per origin and list of identical type arguments, so identical instances are the
 * same object.
 */
public final class Named implements Type {
    private final Obj.TypeName obj;
    private Type underlying;
    private final List<Obj.Func> methods = new ArrayList<>();
    private final List<TypeParam> typeParams = new ArrayList<>();
    private final Named origin;
    private final List<Type> typeArgs;
    /** On an origin: its instances. */
    private final List<Named> instances = new ArrayList<>();
    /** On an instance: whether its underlying type is being expanded. */
    private boolean expanding;
    /**
     * Set when SizeLimits found no type over gc's size limits among the types this one
     * reaches: a fact of the complete type, so checks of later packages skip it. Written
     * and read by several threads: one that misses the write only does the work again.
     */
    boolean withinSizeLimits;
    /** On an instance: the origin's methods instantiated so far. */
    private final java.util.Map<Obj.Func, Obj.Func> instMethods = new IdentityHashMap<>();

    /** @param underlying may be null until {@link #setUnderlying} is called */
    public Named(Obj.TypeName obj, Type underlying) {
        this.obj = obj;
        this.underlying = underlying;
        this.origin = this;
        this.typeArgs = List.of();
    }

    private Named(Named origin, List<Type> typeArgs) {
        this.obj = origin.obj;
        this.origin = origin;
        this.typeArgs = List.copyOf(typeArgs);
    }

    /**
     * The instance of generic type origin with the given type arguments, one per type
     * parameter; the same object for identical arguments.
     */
    public static Named instance(Named origin, List<Type> typeArgs) {
        origin = origin.origin;
        synchronized (origin.instances) {
            for (Named n : origin.instances) {
                if (Types.identicalLists(n.typeArgs, typeArgs)) return n;
            }
            Named n = new Named(origin, typeArgs);
            origin.instances.add(n);
            return n;
        }
    }

    public Obj.TypeName obj() { return obj; }

    /** The instances of this generic type (of its origin) made so far, a snapshot. */
    public List<Named> instances() {
        synchronized (origin.instances) { return List.copyOf(origin.instances); }
    }

    /** The generic type this is an instance of; this for a type that is not an instance. */
    public Named origin() { return origin; }

    /** The type arguments of an instance; empty otherwise. */
    public List<Type> typeArgs() { return typeArgs; }

    public boolean isInstance() { return origin != this; }

    /** Whether the underlying type is known: false while the type's declaration is being checked. */
    boolean resolved() { return origin.underlying != null; }

    /** The underlying type; never a Named. Basic.INVALID if resolution failed or the origin is not resolved yet. */
    @Override public Type underlying() {
        if (isInstance() && origin.underlying == Basic.INVALID) return Basic.INVALID;   // e.g. an invalid recursive type
        if (underlying == null && isInstance()) {
            Type ou = origin.underlying;
            if (ou == null) return Basic.INVALID;
            synchronized (this) {
                // an instance met again while its own expansion is under way is invalid (a cycle)
                if (expanding) return Basic.INVALID;
                if (underlying == null) {
                    expanding = true;
                    try {
                        underlying = Subst.of(origin.typeParams, typeArgs).type(ou);
                    } finally {
                        expanding = false;
                    }
                }
            }
        }
        return underlying == null ? Basic.INVALID : underlying;
    }

    /** @param u the resolved underlying type; must not be a Named */
    public void setUnderlying(Type u) {
        assert !(u instanceof Named) : "underlying of a Named is never a Named";
        this.underlying = u;
    }

    /**
     * Methods declared with this type as receiver base, in source order. For an instance,
     * the origin's methods (use {@link #instanceMethod} for their instantiated signatures).
     */
    public List<Obj.Func> methods() { return origin == this ? methods : origin.methods; }

    public void addMethod(Obj.Func m) { methods.add(m); }

    /**
     * The method m of the origin with this instance's type arguments substituted into its
     * receiver, parameters and results; m itself when this is not an instance.
     * Precondition: m's signature is resolved.
     */
    public Obj.Func instanceMethod(Obj.Func m) {
        if (!isInstance() || m.signature() == null || m.signature().recv() == null) return m;
        synchronized (instMethods) {
            Obj.Func f = instMethods.get(m);
            if (f != null) return f;
            Type rt = m.signature().recv().type();
            if (rt instanceof Type.Pointer p) rt = p.elem();
            List<TypeParam> recvParams = new ArrayList<>();
            if (rt instanceof Named rn) for (Type t : rn.typeArgs) if (t instanceof TypeParam tp) recvParams.add(tp);
            Type.Signature sig = recvParams.size() == typeArgs.size()
                    ? (Type.Signature) Subst.of(recvParams, typeArgs).type(m.signature()) : m.signature();
            f = new Obj.Func(m.pos(), m.pkg(), m.name(), sig, m);
            instMethods.put(m, f);
            return f;
        }
    }

    /** The type parameters of a generic type (of the origin, for an instance). */
    public List<TypeParam> typeParams() { return origin == this ? typeParams : origin.typeParams; }

    @Override public String toString() { return Types.typeString(this); }
}
