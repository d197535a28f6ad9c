package llgo.ssa;

import java.util.List;

import llgo.frontend.types.Basic;
import llgo.frontend.types.Interface;
import llgo.frontend.types.Obj;
import llgo.frontend.types.Type;
import llgo.frontend.types.Types;

/**
 * Small questions about Go types that the builder asks (Go spec: "Types", "Constants":
 * default types of untyped constants). Pure functions; no state.
 */
final class TypeFacts {
    private TypeFacts() {}

    static final Basic INT = Basic.of(Basic.Kind.INT);
    static final Basic BOOL = Basic.of(Basic.Kind.BOOL);
    static final Basic STRING = Basic.of(Basic.Kind.STRING);
    static final Basic INT32 = Basic.of(Basic.Kind.INT32);
    static final Basic UINT8 = Basic.of(Basic.Kind.UINT8);

    static boolean isInterface(Type t) { return t != null && t.underlying() instanceof Interface; }

    static boolean isUntyped(Type t) { return t instanceof Basic b && b.isUntyped(); }

    static boolean isString(Type t) { return t != null && t.underlying() instanceof Basic b && b.isString(); }

    /** Go spec "Constants": the default type of an untyped constant; other types unchanged (the checker's rule). */
    static Type defaultType(Type t) { return Types.defaultType(t); }

    static Type.Pointer pointer(Type elem) { return new Type.Pointer(elem); }

    /** The element type of a pointer type. Precondition: t's underlying type is a pointer. */
    static Type deref(Type t) { return ((Type.Pointer) t.underlying()).elem(); }

    /** A tuple of unnamed variables of these types. */
    static Type.Tuple tuple(List<Type> types) {
        return new Type.Tuple(types.stream().map(t -> Obj.Var.param(llgo.frontend.syntax.Pos.NONE, null, "", t)).toList());
    }

    /** The type a call's value has: no results → the empty tuple; one → that type; several → the tuple. */
    static Type resultType(Type.Signature sig) {
        Type.Tuple r = sig.results();
        return r.size() == 1 ? r.type(0) : r;
    }

    /** A signature without receiver for builtins and bound-method wrappers. */
    static Type.Signature signature(List<Type> params, Type result, boolean variadic) {
        Type.Tuple res = result instanceof Type.Tuple t ? t : tuple(List.of(result));
        return new Type.Signature(null, List.of(), tuple(params), res, variadic);
    }

    /** Locals of these types are kept in memory, since their parts are assigned through addresses. */
    static boolean isAggregate(Type t) {
        Type u = t.underlying();
        return u instanceof Type.Struct || u instanceof Type.Array;
    }
}
