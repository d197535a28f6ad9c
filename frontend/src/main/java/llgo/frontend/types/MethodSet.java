/*
 * Method sets (Go spec: "Method sets", "Selectors"; go/types methodset.go NewMethodSet).
 * The method set of an interface type is its methods. For any other type T, or *T, the
 * methods are searched breadth first through embedded fields by depth: a named type's own
 * methods, then those promoted from embedded struct fields, embedded pointers and embedded
 * interfaces. A method with a pointer receiver is in the set only when reached through a
 * pointer (*T itself or an embedded *E); a method of an embedded interface always is. At
 * each depth a name found twice (or reached through the same embedded type twice) is
 * ambiguous and leaves the set, and a field of that name at the same or a shallower depth
 * hides it. The checker has its own lookup for one name (Lookup); ssa and codegen take
 * whole method sets from here.
 */
package llgo.frontend.types;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

public final class MethodSet {
    private MethodSet() {}

    /** A type reached through embedded fields: the field index path and whether a pointer was followed. */
    private record Embedded(Type type, List<Integer> index, boolean indirect, boolean multiples) {}

    /**
     * The method set of t, as METHOD_VAL selections with receiver t: index is the path of
     * embedded field indices followed by the method's index in its named type's methods
     * (or in the embedded interface's method list), indirect whether a pointer was followed
     * on the way (always true for an interface's methods, as go/types has it). Sorted by name as interfaces and itabs sort methods, then by package path.
     * Precondition: the package that declares t has been type-checked.
     */
    public static List<Selection> of(Type t) {
        boolean isPtr = t instanceof Type.Pointer;
        Type base = isPtr ? ((Type.Pointer) t).elem() : t;
        if (isPtr && base.underlying() instanceof Interface) return List.of();

        Map<String, Selection> found = new HashMap<>(); // null: a collision or a hidden method
        Set<Named> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<Embedded> current = List.of(new Embedded(base, List.of(), isPtr, false));
        while (!current.isEmpty()) {
            Map<String, Selection> methods = new LinkedHashMap<>();
            Set<String> fields = new HashSet<>();
            List<Embedded> next = new ArrayList<>();
            for (Embedded e : current) {
                Type typ = e.type();
                if (typ instanceof Named n) {
                    if (!seen.add(n)) continue;
                    add(methods, n.methods().stream().map(n::instanceMethod).toList(), e.index(), e.indirect(), e.multiples());
                    typ = n.underlying();
                }
                if (typ instanceof Type.Struct s) {
                    for (int i = 0; i < s.fields().size(); i++) {
                        Obj.Var f = s.fields().get(i);
                        fields.add(id(f));
                        if (!f.embedded()) continue;
                        boolean ptr = f.type() instanceof Type.Pointer;
                        Type ft = ptr ? ((Type.Pointer) f.type()).elem() : f.type();
                        next.add(new Embedded(ft, concat(e.index(), i), e.indirect() || ptr, e.multiples()));
                    }
                } else if (typ instanceof Interface it && it.isComplete()) {
                    add(methods, it.allMethods(), e.index(), true, e.multiples());
                }
            }
            for (Map.Entry<String, Selection> m : methods.entrySet()) {
                if (!found.containsKey(m.getKey())) found.put(m.getKey(), fields.contains(m.getKey()) ? null : m.getValue());
            }
            for (String f : fields) found.putIfAbsent(f, null);
            current = consolidate(next);
        }
        List<Selection> list = new ArrayList<>();
        for (Selection s : found.values()) {
            if (s != null) list.add(new Selection(s.kind(), t, s.obj(), s.index(), s.indirect()));
        }
        list.sort(Comparator.comparing((Selection s) -> s.obj().name()).thenComparing(s -> id(s.obj())));
        return list;
    }

    /** The method of t's method set that has m's name and package, or null. */
    public static Selection lookup(Type t, Obj.Func m) {
        for (Selection s : of(t)) if (Types.sameId(s.obj(), m)) return s;
        return null;
    }

    /** Adds methods found at one depth; a second one of a name, or any through a multiply embedded type, collides. */
    private static void add(Map<String, Selection> set, List<Obj.Func> methods, List<Integer> index, boolean indirect,
                            boolean multiples) {
        for (int i = 0; i < methods.size(); i++) {
            Obj.Func f = methods.get(i);
            String key = id(f);
            if (!multiples && !set.containsKey(key) && (indirect || !Lookup.hasPtrRecv(f))) {
                set.put(key, new Selection(Selection.Kind.METHOD_VAL, null, f, concat(index, i), indirect));
            } else {
                set.put(key, null);
            }
        }
    }

    /** A name's identity: an unexported name is qualified by its package path. */
    private static String id(Obj o) {
        return o.exported() || o.pkg() == null ? o.name() : o.pkg().path() + "." + o.name();
    }

    private static List<Integer> concat(List<Integer> a, int i) {
        List<Integer> r = new ArrayList<>(a);
        r.add(i);
        return List.copyOf(r);
    }

    /** Merges the entries for one named type reached more than once at a depth, marking them as multiples. */
    private static List<Embedded> consolidate(List<Embedded> list) {
        List<Embedded> out = new ArrayList<>();
        Map<Named, Integer> at = new IdentityHashMap<>();
        for (Embedded e : list) {
            Integer i = e.type() instanceof Named n ? at.get(n) : null;
            if (i == null) {
                if (e.type() instanceof Named n) at.put(n, out.size());
                out.add(e);
            } else {
                Embedded old = out.get(i);
                out.set(i, new Embedded(old.type(), old.index(), old.indirect(), true));
            }
        }
        return out;
    }
}
