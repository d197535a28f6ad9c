/*
 * Type substitution (go/types subst.go): replaces type parameters by types throughout a
 * type, rebuilding only the parts that change. Instances of generic types are rebuilt
 * through Named.instance, whose expansion is lazy, so recursive generic types terminate.
 * Used to expand instances, instantiate generic signatures and methods, and to apply
 * inferred type arguments; ssa applies it to every type of a generic body it monomorphises.
 */
package llgo.frontend.types;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

public final class Subst {
    private final java.util.Map<TypeParam, Type> map;

    private Subst(java.util.Map<TypeParam, Type> map) { this.map = map; }

    /** The substitution tparams[i] → targs[i] (extra entries on either side are ignored). */
    public static Subst of(List<TypeParam> tparams, List<Type> targs) {
        java.util.Map<TypeParam, Type> m = new IdentityHashMap<>();
        for (int i = 0; i < Math.min(tparams.size(), targs.size()); i++) {
            if (targs.get(i) != null) m.put(tparams.get(i), targs.get(i));
        }
        return new Subst(m);
    }

    public Type type(Type t) {
        if (map.isEmpty() || t == null) return t;
        if (t instanceof TypeParam p) return map.getOrDefault(p, p);
        if (t instanceof Basic) return t;
        if (t instanceof Type.Pointer p) { Type e = type(p.elem()); return e == p.elem() ? t : new Type.Pointer(e); }
        if (t instanceof Type.Slice s) { Type e = type(s.elem()); return e == s.elem() ? t : new Type.Slice(e); }
        if (t instanceof Type.Array a) { Type e = type(a.elem()); return e == a.elem() ? t : new Type.Array(a.len(), e); }
        if (t instanceof Type.Map m) {
            Type k = type(m.key()), v = type(m.elem());
            return k == m.key() && v == m.elem() ? t : new Type.Map(k, v);
        }
        if (t instanceof Type.Chan ch) { Type e = type(ch.elem()); return e == ch.elem() ? t : new Type.Chan(ch.dir(), e); }
        if (t instanceof Type.Struct s) {
            List<Obj.Var> fs = vars(s.fields());
            return fs == s.fields() ? t : new Type.Struct(fs, s.tags());
        }
        if (t instanceof Type.Tuple tu) {
            List<Obj.Var> vs = vars(tu.vars());
            return vs == tu.vars() ? t : new Type.Tuple(vs);
        }
        if (t instanceof Type.Signature sig) return signature(sig);
        if (t instanceof Type.Union u) {
            List<Type.Term> ts = new ArrayList<>();
            boolean changed = false;
            for (Type.Term term : u.terms()) {
                Type x = type(term.type());
                changed |= x != term.type();
                ts.add(new Type.Term(term.tilde(), x));
            }
            return changed ? new Type.Union(ts) : t;
        }
        if (t instanceof Interface it) return iface(it);
        if (t instanceof Named n) {
            if (!n.isInstance()) return n;
            List<Type> args = new ArrayList<>();
            boolean changed = false;
            for (Type a : n.typeArgs()) {
                Type x = type(a);
                changed |= x != a;
                args.add(x);
            }
            return changed ? Named.instance(n.origin(), args) : n;
        }
        return t;
    }

    /** The signature with the mapped type parameters removed from its type parameter list. */
    public Type.Signature signature(Type.Signature sig) {
        Obj.Var recv = sig.recv() == null ? null : var(sig.recv());
        Type.Tuple params = (Type.Tuple) type(sig.params());
        Type.Tuple results = (Type.Tuple) type(sig.results());
        List<TypeParam> tps = new ArrayList<>();
        for (TypeParam p : sig.typeParams()) if (!map.containsKey(p)) tps.add(p);
        if (recv == sig.recv() && params == sig.params() && results == sig.results() && tps.size() == sig.typeParams().size()) return sig;
        return new Type.Signature(recv, tps.size() == sig.typeParams().size() ? sig.typeParams() : List.copyOf(tps),
                params, results, sig.variadic());
    }

    private Interface iface(Interface it) {
        boolean changed = false;
        List<Obj.Func> ms = new ArrayList<>();
        for (Obj.Func m : it.explicitMethods()) {
            Type.Signature s = m.signature();
            Type.Signature ns = new Type.Signature(s.recv(), s.typeParams(), (Type.Tuple) type(s.params()), (Type.Tuple) type(s.results()), s.variadic());
            if (ns.params() == s.params() && ns.results() == s.results()) ms.add(m);
            else { ms.add(new Obj.Func(m.pos(), m.pkg(), m.name(), ns)); changed = true; }
        }
        List<Type> es = new ArrayList<>();
        for (Type e : it.embeddeds()) {
            Type x = type(e);
            changed |= x != e;
            es.add(x);
        }
        if (!changed) return it;
        Interface n = new Interface(ms, es);
        if (it.isImplicit()) n.markImplicit();
        TypeSets.complete(n);
        return n;
    }

    private List<Obj.Var> vars(List<Obj.Var> vs) {
        List<Obj.Var> out = null;
        for (int i = 0; i < vs.size(); i++) {
            Obj.Var v = var(vs.get(i));
            if (v != vs.get(i) && out == null) out = new ArrayList<>(vs.subList(0, i));
            if (out != null) out.add(v);
        }
        return out == null ? vs : out;
    }

    private Obj.Var var(Obj.Var v) {
        Type t = type(v.type());
        return t == v.type() ? v : new Obj.Var(v.pos(), v.pkg(), v.name(), t, v.isField(), v.embedded());
    }
}
