package llgo.frontend.types;

import java.util.List;

/**
 * Go types (Go spec: "Types"), shaped like go/types. Composite type literals are records;
 * {@link Named}, {@link Interface} and {@link TypeParam} are classes because they are
 * completed after creation (recursive types, method sets). {@link Union} only occurs as an
 * element of a constraint interface.
 *
 * <p>Java {@code equals} is NOT Go type identity: use {@link Types#identical}. For hashing
 * by identity use {@link Types#typeString} of the type, which is canonical.
 */
public sealed interface Type permits Basic, Type.Pointer, Type.Slice, Type.Array, Type.Map, Type.Chan,
        Type.Struct, Type.Tuple, Type.Signature, Type.Union, Interface, Named, TypeParam {

    /** The underlying type (Go spec: "Underlying types"): itself for every type but Named and TypeParam. */
    default Type underlying() { return this; }

    record Pointer(Type elem) implements Type {}

    record Slice(Type elem) implements Type {}

    /** {@code [len]elem}; len is -1 when it is not known because of an error. */
    record Array(long len, Type elem) implements Type {}

    record Map(Type key, Type elem) implements Type {}

    enum ChanDir { BOTH, SEND, RECV }

    record Chan(ChanDir dir, Type elem) implements Type {}

    /**
     * A struct; each field is a {@link Obj.Var} with {@code isField()} true; tags has one
     * entry per field ("" when absent).
     */
    record Struct(List<Obj.Var> fields, List<String> tags) implements Type {}

    /** An ordered list of variables: parameters, results, or the values of a multi-value expression. */
    record Tuple(List<Obj.Var> vars) implements Type {
        public static final Tuple EMPTY = new Tuple(List.of());
        public int size() { return vars.size(); }
        public Type type(int i) { return vars.get(i).type(); }
    }

    /**
     * A function or method signature. {@code recv} is null for functions; when variadic is
     * set, the last parameter's type is a Slice ({@code ...T} is {@code []T} inside).
     */
    record Signature(Obj.Var recv, List<TypeParam> typeParams, Tuple params, Tuple results, boolean variadic) implements Type {}

    /** A term of a union: {@code T} or {@code ~T} (Go spec: "General interfaces"). */
    record Term(boolean tilde, Type type) {}

    /** A union {@code t1 | t2 | ...} of terms, an element of a constraint interface (go/types Union). */
    record Union(List<Term> terms) implements Type {}
}
