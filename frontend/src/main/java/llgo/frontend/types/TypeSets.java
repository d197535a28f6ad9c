/*
 * Type sets of interfaces (Go spec: "General interfaces", "Core types"; go/types
 * typeset.go, typeterm.go, under.go): the method set, the type terms and the comparable
 * restriction of an interface computed from its methods and embedded elements; term
 * intersection and union; membership of a type; the core type of a type; and predicates
 * that hold for every type in a type parameter's type set.
 */
package llgo.frontend.types;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

final class TypeSets {
    private TypeSets() {}

    /**
     * Completes it from its explicit methods and embedded elements, or, when one of those is
     * still being declared ({@code type I1 interface{ m() I2 }; type I2 interface{ I1 }}),
     * on first use (go/types computes type sets lazily for the same reason).
     */
    static void complete(Interface it) {
        if (!tryComplete(it)) it.completeLater();
    }

    /** Completes it unless an embedded element is not resolved yet; returns whether it did. */
    static boolean tryComplete(Interface it) {
        List<Obj.Func> all = new ArrayList<>(it.explicitMethods());
        Set<String> names = new HashSet<>();
        for (Obj.Func m : all) names.add(m.name());
        List<Type.Term> terms = null;
        boolean comparable = false;
        for (Type e : it.embeddeds()) {
            List<Type.Term> et;
            if (e instanceof Named n && !n.resolved()) return false;
            if (e.underlying() instanceof Interface ei && !(e instanceof TypeParam)) {
                if (!ei.isComplete()) return false;
                for (Obj.Func m : ei.allMethods()) if (names.add(m.name())) all.add(m);
                comparable |= ei.isComparable();
                et = ei.terms();
            } else if (e instanceof Type.Union u) {
                et = unionTerms(u);
            } else {
                if (e == Basic.INVALID) continue;
                et = List.of(new Type.Term(false, e));
            }
            terms = intersect(terms, et);
        }
        it.complete(all, terms, comparable);
        return true;
    }

    /** The terms of a union; an interface term contributes its own terms (null: all types). */
    static List<Type.Term> unionTerms(Type.Union u) {
        List<Type.Term> out = new ArrayList<>();
        for (Type.Term t : u.terms()) {
            if (t.type() == Basic.INVALID) continue;
            if (!t.tilde() && t.type().underlying() instanceof Interface ti && !(t.type() instanceof TypeParam)) {
                if (!ti.isComplete() || ti.terms() == null) return null;
                for (Type.Term x : ti.terms()) addTerm(out, x);
            } else if (!t.tilde() || Types.identical(t.type(), t.type().underlying())) {
                addTerm(out, t);   // an invalid ~T (reported) has no types
            }
        }
        return out;
    }

    private static void addTerm(List<Type.Term> out, Type.Term t) {
        for (int i = 0; i < out.size(); i++) {
            Type.Term o = out.get(i);
            if (subsumes(o, t)) return;
            if (subsumes(t, o)) { out.set(i, t); return; }
        }
        out.add(t);
    }

    /** Whether every type of term b is in term a. */
    private static boolean subsumes(Type.Term a, Type.Term b) {
        if (a.tilde()) return Types.identical(a.type().underlying(), b.type().underlying());
        return !b.tilde() && Types.identical(a.type(), b.type());
    }

    /** The intersection of two term lists; null stands for all types. */
    static List<Type.Term> intersect(List<Type.Term> a, List<Type.Term> b) {
        if (a == null) return b;
        if (b == null) return a;
        List<Type.Term> out = new ArrayList<>();
        for (Type.Term x : a) {
            for (Type.Term y : b) {
                Type.Term z = subsumes(x, y) ? y : subsumes(y, x) ? x : null;
                if (z != null) addTerm(out, z);
            }
        }
        return out;
    }

    /** Whether type t is in the set of the given terms (null: all types). */
    static boolean includes(List<Type.Term> terms, Type t) {
        if (terms == null) return true;
        for (Type.Term term : terms) if (includes(term, t)) return true;
        return false;
    }

    static boolean includes(Type.Term term, Type t) {
        return term.tilde() ? Types.identical(term.type().underlying(), t.underlying()) : Types.identical(term.type(), t);
    }

    /**
     * Go spec "Core types": the underlying type of t when t is not a type parameter; for a
     * type parameter, the single underlying type of all the types of its type set, or null.
     */
    static Type coreType(Type t) {
        if (!(t instanceof TypeParam p)) return t.underlying();
        List<Type.Term> terms = p.iface().terms();
        if (terms == null || terms.isEmpty()) return null;
        Type core = null;
        for (Type.Term term : terms) {
            Type u = term.type().underlying();
            if (core == null) core = u;
            else if (!Types.identical(core, u)) {
                if (core instanceof Type.Chan a && u instanceof Type.Chan b && Types.identical(a.elem(), b.elem())) {
                    if (a.dir() == Type.ChanDir.BOTH) core = b;
                    else if (b.dir() != Type.ChanDir.BOTH && b.dir() != a.dir()) return null;
                } else {
                    return null;
                }
            }
        }
        return core;
    }

    /**
     * A type parameter whose type set holds only strings and byte slices, with at least one
     * string: append([]byte, s...) accepts it (go/types coreString).
     */
    static boolean isByteString(Type t) {
        if (!(t instanceof TypeParam p) || !allTerms(p, u -> isStringOrBytes(u.underlying()))) return false;
        for (Type.Term term : terms(p)) if (term.type().underlying() instanceof Basic) return true;
        return false;
    }

    private static boolean isStringOrBytes(Type u) {
        return u instanceof Basic b && b.isString()
                || u instanceof Type.Slice s && s.elem().underlying() instanceof Basic e && e.kind() == Basic.Kind.UINT8;
    }

    /** The core type of t if it has one, else its underlying type (for error messages). */
    static Type under(Type t) {
        Type core = coreType(t);
        return core != null ? core : t.underlying();
    }

    /** For a type parameter: whether every type of its (term-restricted) type set satisfies pred. */
    static boolean allTerms(TypeParam p, Predicate<Type> pred) {
        List<Type.Term> terms = p.iface().terms();
        if (terms == null || terms.isEmpty()) return false;
        for (Type.Term t : terms) if (!pred.test(t.type())) return false;
        return true;
    }

    /** The terms of a type parameter's type set, or null when they are not restricted. */
    static List<Type.Term> terms(TypeParam p) { return p.iface().terms(); }
}
