/*
 * Type unification (go/types unify.go): decides whether two types can be made identical
 * by binding the type parameters of one generic function, recording the bindings. Like
 * go/types it is inexact where assignability allows: a defined type unifies with a type
 * literal through its underlying type, and channel directions may differ.
 */
package llgo.frontend.types;

import java.util.List;

final class Unifier {
    private final List<TypeParam> tparams;
    /** The binding of each type parameter (null: not inferred yet). */
    final Type[] targs;
    private int depth;

    Unifier(List<TypeParam> tparams, Type[] targs) {
        this.tparams = tparams;
        this.targs = targs;
    }

    /** The index of t among the type parameters being inferred, or -1. */
    int index(Type t) {
        if (t instanceof TypeParam p) for (int i = 0; i < tparams.size(); i++) if (tparams.get(i) == p) return i;
        return -1;
    }

    boolean unify(Type x, Type y) { return unify(x, y, false); }

    /** @param exact whether the types must unify to identical types (no inexact Named/literal matching) */
    boolean unify(Type x, Type y, boolean exact) {
        if (x == y) return true;
        if (x == null || y == null) return false;
        if (++depth > 64) { depth--; return false; }
        try {
            return nify(x, y, exact);
        } finally {
            depth--;
        }
    }

    private boolean nify(Type x, Type y, boolean exact) {
        int i = index(x), j = index(y);
        if (i >= 0 && j >= 0) {
            if (targs[i] == null && targs[j] == null) return true;
            if (targs[i] == null) { targs[i] = targs[j]; return true; }
            if (targs[j] == null) { targs[j] = targs[i]; return true; }
            return unify(targs[i], targs[j], exact);
        }
        if (i >= 0) return bind(i, y, exact);
        if (j >= 0) return bind(j, x, exact);
        if (!exact) {
            // an outer type parameter unifies through its core type with a type literal (go/types unify.go)
            if (x instanceof TypeParam && !Predicates.hasName(y) && TypeSets.coreType(x) != null) return unify(TypeSets.coreType(x), y, exact);
            if (y instanceof TypeParam && !Predicates.hasName(x) && TypeSets.coreType(y) != null) return unify(x, TypeSets.coreType(y), exact);
            if (x instanceof Named nx && !(y instanceof Named) && !(y instanceof TypeParam) && !(y instanceof Basic)) x = nx.underlying();
            else if (y instanceof Named ny && !(x instanceof Named) && !(x instanceof TypeParam) && !(x instanceof Basic)) y = ny.underlying();
        }
        if (x instanceof Basic a) return y instanceof Basic b && a.kind() == b.kind();
        if (x instanceof Type.Pointer a) return y instanceof Type.Pointer b && unify(a.elem(), b.elem(), exact);
        if (x instanceof Type.Slice a) return y instanceof Type.Slice b && unify(a.elem(), b.elem(), exact);
        if (x instanceof Type.Array a) return y instanceof Type.Array b && (a.len() < 0 || b.len() < 0 || a.len() == b.len()) && unify(a.elem(), b.elem(), exact);
        if (x instanceof Type.Map a) return y instanceof Type.Map b && unify(a.key(), b.key(), exact) && unify(a.elem(), b.elem(), exact);
        if (x instanceof Type.Chan a) return y instanceof Type.Chan b && (!exact || a.dir() == b.dir()) && unify(a.elem(), b.elem(), exact);
        if (x instanceof Type.Struct a) {
            if (!(y instanceof Type.Struct b) || a.fields().size() != b.fields().size()) return false;
            for (int k = 0; k < a.fields().size(); k++) {
                Obj.Var f = a.fields().get(k), g = b.fields().get(k);
                if (f.embedded() != g.embedded() || !a.tags().get(k).equals(b.tags().get(k)) || !Types.sameId(f, g)
                        || !unify(f.type(), g.type(), exact)) return false;
            }
            return true;
        }
        if (x instanceof Type.Tuple a) {
            if (!(y instanceof Type.Tuple b) || a.size() != b.size()) return false;
            for (int k = 0; k < a.size(); k++) if (!unify(a.type(k), b.type(k), exact)) return false;
            return true;
        }
        if (x instanceof Type.Signature a) {
            return y instanceof Type.Signature b && a.variadic() == b.variadic() && a.typeParams().isEmpty() && b.typeParams().isEmpty()
                    && unify(a.params(), b.params(), exact) && unify(a.results(), b.results(), exact);
        }
        if (x instanceof Named a) {
            if (!(y instanceof Named b)) return false;
            if (a.isInstance() && b.isInstance() && a.origin() == b.origin()) {
                for (int k = 0; k < a.typeArgs().size(); k++) if (!unify(a.typeArgs().get(k), b.typeArgs().get(k), exact)) return false;
                return true;
            }
            return a == b;
        }
        return Types.identical(x, y);
    }

    private boolean bind(int i, Type t, boolean exact) {
        if (targs[i] == null) {
            targs[i] = t;
            return true;
        }
        return unify(targs[i], t, exact);
    }
}
