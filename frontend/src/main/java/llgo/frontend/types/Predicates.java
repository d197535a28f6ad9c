/*
 * Type predicates (go/types predicates.go): typed/untyped, numeric classes, ordered,
 * comparable (Go spec: "Comparison operators"), types that have nil, default types of
 * untyped constants (Go spec: "Constants"), and the rank of untyped kinds.
 */
package llgo.frontend.types;

final class Predicates {
    private Predicates() {}

    static Basic basic(Type t) { return t != null && t.underlying() instanceof Basic b ? b : null; }

    static boolean isUntyped(Type t) { return t instanceof Basic b && b.isUntyped(); }
    static boolean isTyped(Type t) { return !isUntyped(t); }
    static boolean isBoolean(Type t) { return all(t, Basic::isBoolean); }
    static boolean isString(Type t) { return all(t, Basic::isString); }
    static boolean isInteger(Type t) { return all(t, Basic::isInteger); }
    static boolean isUnsigned(Type t) { return all(t, Basic::isUnsigned); }
    static boolean isFloat(Type t) { return all(t, Basic::isFloat); }
    static boolean isComplex(Type t) { return all(t, Basic::isComplex); }
    static boolean isNumeric(Type t) { return all(t, Basic::isNumeric); }
    static boolean isConstType(Type t) { Basic b = basic(t); return b != null && DeclChecker.isConstType(b); }
    static boolean isNumericOrString(Type t) { return all(t, b -> b.isNumeric() || b.isString()); }
    static boolean isOrdered(Type t) { return all(t, b -> b.isInteger() || b.isFloat() || b.isString()); }
    /** An interface type that is not a type parameter (go/types IsInterface). */
    static boolean isInterface(Type t) { return t != null && !(t instanceof TypeParam) && t.underlying() instanceof Interface; }
    static boolean isUnsafePointer(Type t) { Basic b = basic(t); return b != null && b.kind() == Basic.Kind.UNSAFE_POINTER; }

    /**
     * Whether pred holds for t's basic underlying type; for a type parameter, for every
     * type of its type set, which must be restricted by terms (go/types allBasic).
     */
    private static boolean all(Type t, java.util.function.Predicate<Basic> pred) {
        if (t instanceof TypeParam p) return TypeSets.allTerms(p, u -> all(u, pred));
        Basic b = basic(t);
        return b != null && pred.test(b);
    }

    static boolean hasName(Type t) { return t instanceof Basic || t instanceof Named || t instanceof TypeParam; }

    /** Go spec "Comparison operators": whether values of type t are comparable. */
    static boolean comparable(Type t) { return comparable(t, false, new java.util.HashSet<>()); }

    /**
     * Go spec "Satisfying a type constraint" (Go 1.19): strictly comparable types, which
     * excludes interfaces (their comparison may panic) other than type parameters whose
     * type sets are comparable.
     */
    static boolean strictlyComparable(Type t) { return comparable(t, true, new java.util.HashSet<>()); }

    /** @param seen the type parameters being examined, which a constraint may mention recursively */
    private static boolean comparable(Type t, boolean strict, java.util.Set<TypeParam> seen) {
        if (t instanceof TypeParam p) {
            if (!seen.add(p)) return true;
            return p.iface().isComparable() || TypeSets.allTerms(p, u -> comparable(u, true, seen));
        }
        Type u = t.underlying();
        if (u instanceof Basic b) return b.kind() != Basic.Kind.UNTYPED_NIL;
        if (u instanceof Type.Pointer || u instanceof Type.Chan) return true;
        if (u instanceof Interface i) {
            if (!strict) return true;
            return i.isComparable() || i.terms() != null && !i.terms().isEmpty()
                    && i.terms().stream().allMatch(term -> comparable(term.type(), true, seen));
        }
        if (u instanceof Type.Struct s) {
            for (Obj.Var f : s.fields()) if (!comparable(f.type(), strict, seen)) return false;
            return true;
        }
        if (u instanceof Type.Array a) return comparable(a.elem(), strict, seen);
        return false;
    }

    /** Types whose zero value is nil (Go spec: "The zero value"), plus unsafe.Pointer. */
    static boolean hasNil(Type t) {
        if (t instanceof TypeParam p) return TypeSets.allTerms(p, Predicates::hasNil);
        Type u = t.underlying();
        if (u instanceof Basic b) return b.kind() == Basic.Kind.UNSAFE_POINTER;
        return u instanceof Type.Pointer || u instanceof Type.Slice || u instanceof Type.Map || u instanceof Type.Chan
                || u instanceof Type.Signature || u instanceof Interface;
    }

    /** Go spec "Constants": the default type of an untyped constant; other types unchanged. */
    static Type defaultType(Type t) {
        if (t instanceof Basic b) {
            return switch (b.kind()) {
                case UNTYPED_BOOL -> Basic.of(Basic.Kind.BOOL);
                case UNTYPED_INT -> Basic.of(Basic.Kind.INT);
                case UNTYPED_RUNE -> Basic.of(Basic.Kind.INT32);
                case UNTYPED_FLOAT -> Basic.of(Basic.Kind.FLOAT64);
                case UNTYPED_COMPLEX -> Basic.of(Basic.Kind.COMPLEX128);
                case UNTYPED_STRING -> Basic.of(Basic.Kind.STRING);
                default -> t;
            };
        }
        return t;
    }

    /** The larger of two untyped numeric kinds (int < rune < float < complex), or null if not both numeric. */
    static Basic maxType(Basic x, Basic y) {
        if (x.isNumeric() && y.isNumeric()) return x.kind().ordinal() >= y.kind().ordinal() ? x : y;
        return x.kind() == y.kind() ? x : null;
    }

    /** Type identity ignoring struct tags at every depth (Go spec: "Conversions"; go/types IdenticalIgnoreTags). */
    static boolean identicalIgnoreTags(Type x, Type y) {
        if (x == y) return true;
        if (x instanceof Type.Struct a && y instanceof Type.Struct b) {
            if (a.fields().size() != b.fields().size()) return false;
            for (int i = 0; i < a.fields().size(); i++) {
                Obj.Var f = a.fields().get(i), g = b.fields().get(i);
                if (f.embedded() != g.embedded() || !Types.sameId(f, g) || !identicalIgnoreTags(f.type(), g.type())) return false;
            }
            return true;
        }
        if (x instanceof Type.Pointer a && y instanceof Type.Pointer b) return identicalIgnoreTags(a.elem(), b.elem());
        if (x instanceof Type.Slice a && y instanceof Type.Slice b) return identicalIgnoreTags(a.elem(), b.elem());
        if (x instanceof Type.Array a && y instanceof Type.Array b) return a.len() == b.len() && identicalIgnoreTags(a.elem(), b.elem());
        if (x instanceof Type.Map a && y instanceof Type.Map b) return identicalIgnoreTags(a.key(), b.key()) && identicalIgnoreTags(a.elem(), b.elem());
        if (x instanceof Type.Chan a && y instanceof Type.Chan b) return a.dir() == b.dir() && identicalIgnoreTags(a.elem(), b.elem());
        if (x instanceof Type.Tuple a && y instanceof Type.Tuple b) {
            if (a.size() != b.size()) return false;
            for (int i = 0; i < a.size(); i++) if (!identicalIgnoreTags(a.type(i), b.type(i))) return false;
            return true;
        }
        if (x instanceof Type.Signature a && y instanceof Type.Signature b) {
            return a.variadic() == b.variadic() && identicalIgnoreTags(a.params(), b.params()) && identicalIgnoreTags(a.results(), b.results());
        }
        return Types.identical(x, y);
    }

    /** gc's name for the kind of a type in "operator not defined" messages (types2 kindString). */
    static String kindString(Type t, TypeStrings ts) {
        Type u = t.underlying();
        if (u instanceof Type.Array) return "array";
        if (u instanceof Type.Slice) return "slice";
        if (u instanceof Type.Struct) return "struct";
        if (u instanceof Type.Pointer) return "pointer";
        if (u instanceof Type.Signature) return "func";
        if (u instanceof Interface && !(t instanceof TypeParam)) return "interface";
        if (u instanceof Type.Map) return "map";
        if (u instanceof Type.Chan) return "chan";
        return ts.type(t);
    }
}
