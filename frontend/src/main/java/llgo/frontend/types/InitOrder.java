/*
 * Package initialisation order (Go spec: "Package initialization"; go/types
 * initorder.go). The dependency graph has a node per package-level constant, variable
 * and function, with an edge to every such object its declaration refers to; function
 * nodes are then removed by connecting their predecessors to their successors. Nodes
 * are taken in order of fewest remaining dependencies, then declaration order; a
 * node taken while it still has dependencies lies on an initialisation loop. The
 * initialisers of variables are emitted in the order their nodes are taken.
 */
package llgo.frontend.types;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

final class InitOrder {
    private final Checker c;

    private static final class Node {
        final Obj obj;
        final int order;
        final Set<Node> succ = new LinkedHashSet<>();
        final Set<Node> pred = new LinkedHashSet<>();
        int ndeps;

        Node(Obj obj, int order) { this.obj = obj; this.order = order; }
    }

    InitOrder(Checker c) { this.c = c; }

    private static boolean isDependency(Obj o) { return o instanceof Obj.Const || o instanceof Obj.Var || o instanceof Obj.Func; }

    /** The order nodes are taken in: fewest remaining dependencies, then declaration order. */
    private static final Comparator<Node> TAKE_ORDER = Comparator.<Node>comparingInt(n -> n.ndeps).thenComparingInt(n -> n.order);

    void compute() {
        List<Node> nodes = dependencyGraph();
        Set<DeclInfo> emitted = Collections.newSetFromMap(new IdentityHashMap<>());
        TreeSet<Node> queue = new TreeSet<>(TAKE_ORDER);
        queue.addAll(nodes);
        while (!queue.isEmpty()) {
            Node n = queue.pollFirst();
            if (n.ndeps > 0) {
                List<Obj> cycle = findPath(n.obj, n.obj, Collections.newSetFromMap(new IdentityHashMap<>()));
                if (cycle == null) continue;
                reportCycle(cycle);
            }
            for (Node p : n.pred) {
                // re-file a waiting predecessor under its new count
                boolean waiting = queue.remove(p);
                p.ndeps--;
                if (waiting) queue.add(p);
            }
            if (!(n.obj instanceof Obj.Var v)) continue;
            DeclInfo d = c.objMap.get(v);
            if (d == null || d.init == null || !emitted.add(d)) continue;
            c.info.initOrder.add(new Info.Initializer(d.lhs != null ? d.lhs : List.of(v), d.init));
        }
    }

    private List<Node> dependencyGraph() {
        Map<Obj, Node> byObj = new IdentityHashMap<>();
        List<Node> all = new ArrayList<>();
        for (Obj o : c.objMap.keySet()) {
            if (!isDependency(o)) continue;
            Node n = new Node(o, all.size());
            byObj.put(o, n);
            all.add(n);
        }
        for (Node n : all) {
            for (Obj d : c.objMap.get(n.obj).depOrder) {
                Node m = byObj.get(d);
                if (m == null) continue;
                n.succ.add(m);
                m.pred.add(n);
            }
        }
        // Function nodes are removed cheapest first (fewest predecessor-successor pairs, as
        // go/types does): the edges each removal adds are inherited by every later one. The
        // graph left, and so the order, does not depend on the order of removal.
        List<Node> out = new ArrayList<>();
        List<Node> funcs = new ArrayList<>();
        for (Node n : all) {
            if (n.obj instanceof Obj.Func) funcs.add(n);
            else out.add(n);
        }
        funcs.sort(Comparator.comparingLong(n -> (long) n.pred.size() * n.succ.size()));
        for (Node n : funcs) {
            for (Node p : n.pred) {
                if (p == n) continue;
                for (Node s : n.succ) {
                    if (s == n) continue;
                    p.succ.add(s);
                    s.pred.add(p);
                }
                p.succ.remove(n);
            }
            for (Node s : n.succ) s.pred.remove(n);
        }
        for (Node n : out) n.ndeps = n.succ.size();
        return out;
    }

    /** A path of dependencies from `from` to `to`, last step first (go/types findPath); null if none. */
    private List<Obj> findPath(Obj from, Obj to, Set<Obj> seen) {
        if (!seen.add(from)) return null;
        DeclInfo d = c.objMap.get(from);
        if (d == null) return null;
        for (Obj dep : d.depOrder) {
            if (dep == to) {
                List<Obj> p = new ArrayList<>();
                p.add(dep);
                return p;
            }
            List<Obj> p = findPath(dep, to, seen);
            if (p != null) {
                p.add(dep);
                return p;
            }
        }
        return null;
    }

    private void reportCycle(List<Obj> cycle) {
        Obj obj = cycle.get(0);
        StringBuilder sb = new StringBuilder();
        Obj o = obj;
        for (int i = cycle.size() - 1; i >= 0; i--) {
            sb.append("\n\t").append(o.pos()).append(": ").append(o.name()).append(" refers to");
            o = cycle.get(i);
        }
        sb.append("\n\t").append(o.pos()).append(": ").append(o.name());
        c.errorf(obj.pos(), "initialization loop for %s%s", obj.name(), sb);
    }
}
