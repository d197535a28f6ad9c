/*
 * The instantiation cycle check (go/types mono.go): generic code must be statically
 * instantiable. Each instantiation adds edges from the type parameters mentioned in a
 * type argument to the type parameter it instantiates, of weight 0 when the argument is
 * that type parameter itself and 1 when it is derived from it ({@code []T}); a cycle
 * through an edge of weight 1 means unbounded instantiation and is reported as gc does
 * ("instantiation cycle:" with one line per edge).
 */
package llgo.frontend.types;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import llgo.frontend.syntax.Pos;

final class Mono {
    private final Checker c;
    private final List<Edge> edges = new ArrayList<>();
    /** Receiver type parameters of methods stand for the type parameters of their receiver base type. */
    private final Map<TypeParam, TypeParam> canon = new IdentityHashMap<>();

    /** targ, written at pos, instantiates dst and mentions src. */
    private record Edge(TypeParam src, TypeParam dst, int weight, Pos pos, Type targ) {}

    Mono(Checker c) { this.c = c; }

    void recordCanonical(TypeParam recvParam, TypeParam typeParam) { canon.put(recvParam, typeParam); }

    /** Records the instantiation of tparams with targs; targPos gives each argument's position (or the last). */
    void recordInstance(List<TypeParam> tparams, List<Type> targs, List<Pos> targPos) {
        for (int i = 0; i < tparams.size() && i < targs.size(); i++) {
            Type targ = targs.get(i);
            Pos pos = targPos.isEmpty() ? Pos.NONE : targPos.get(Math.min(i, targPos.size() - 1));
            Set<TypeParam> mentioned = new LinkedHashSet<>();
            collect(targ, mentioned, 0);
            for (TypeParam src : mentioned) {
                int w = targ == src ? 0 : 1;
                edges.add(new Edge(canonical(src), canonical(tparams.get(i)), w, pos, targ));
            }
        }
    }

    private TypeParam canonical(TypeParam p) { return canon.getOrDefault(p, p); }

    /** Reports the first cycle through an edge of weight 1, if any. */
    void check() {
        for (Edge e : edges) {
            if (e.weight() == 0) continue;
            List<Edge> path = path(e.dst(), e.src());
            if (path == null) continue;
            StringBuilder sb = new StringBuilder("instantiation cycle:");
            List<Edge> cycle = new ArrayList<>(path);
            cycle.add(e);
            for (Edge x : cycle) {
                sb.append("\n\t").append(x.pos()).append(": ").append(x.dst().obj().name())
                        .append(" instantiated as ").append(c.str(x.targ()));
            }
            c.error(e.dst().obj().pos(), sb.toString());
            return;
        }
    }

    /** The edges of a path from a to b (empty when a == b), or null. */
    private List<Edge> path(TypeParam a, TypeParam b) {
        Map<TypeParam, Edge> via = new IdentityHashMap<>();
        ArrayDeque<TypeParam> queue = new ArrayDeque<>();
        queue.add(a);
        via.put(a, null);
        while (!queue.isEmpty()) {
            TypeParam v = queue.poll();
            if (v == b) {
                List<Edge> out = new ArrayList<>();
                for (Edge x = via.get(v); x != null; x = via.get(x.src())) out.add(0, x);
                return out;
            }
            for (Edge x : edges) {
                if (x.src() == v && !via.containsKey(x.dst())) {
                    via.put(x.dst(), x);
                    queue.add(x.dst());
                }
            }
        }
        return null;
    }

    private static void collect(Type t, Set<TypeParam> out, int depth) {
        if (t == null || depth > 32) return;
        if (t instanceof TypeParam p) out.add(p);
        else if (t instanceof Type.Pointer p) collect(p.elem(), out, depth + 1);
        else if (t instanceof Type.Slice s) collect(s.elem(), out, depth + 1);
        else if (t instanceof Type.Array a) collect(a.elem(), out, depth + 1);
        else if (t instanceof Type.Map m) { collect(m.key(), out, depth + 1); collect(m.elem(), out, depth + 1); }
        else if (t instanceof Type.Chan ch) collect(ch.elem(), out, depth + 1);
        else if (t instanceof Type.Struct s) { for (Obj.Var f : s.fields()) collect(f.type(), out, depth + 1); }
        else if (t instanceof Type.Tuple tu) { for (Obj.Var v : tu.vars()) collect(v.type(), out, depth + 1); }
        else if (t instanceof Type.Signature sig) { collect(sig.params(), out, depth + 1); collect(sig.results(), out, depth + 1); }
        else if (t instanceof Named n) { for (Type a : n.typeArgs()) collect(a, out, depth + 1); }
        else if (t instanceof Interface it) {
            for (Obj.Func m : it.explicitMethods()) collect(m.type(), out, depth + 1);
            for (Type e : it.embeddeds()) collect(e, out, depth + 1);
        } else if (t instanceof Type.Union u) {
            for (Type.Term term : u.terms()) collect(term.type(), out, depth + 1);
        }
    }
}
