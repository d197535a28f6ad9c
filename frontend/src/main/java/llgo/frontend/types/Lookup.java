/*
 * Field and method lookup through embedded fields (Go spec: "Selectors", "Method sets";
 * go/types lookup.go): a breadth-first search by embedding depth, where a name found
 * twice at the shallowest depth is ambiguous; methods of instances of generic types are
 * instantiated, and a type parameter has the methods of its constraint; and the
 * missing-method test behind interface satisfaction ("Interface types", "Type assertions").
 */
package llgo.frontend.types;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

final class Lookup {
    private final Checker c;

    Lookup(Checker c) { this.c = c; }

    /**
     * The result of a lookup: obj null means not found; then {@code ambiguous} tells a
     * name found twice at the same depth, and {@code needsPointer} a method with a pointer
     * receiver on a value that is not addressable.
     */
    record Result(Obj obj, List<Integer> index, boolean indirect, boolean ambiguous, boolean needsPointer) {
        static final Result NONE = new Result(null, List.of(), false, false, false);
    }

    private record Embedded(Type type, List<Integer> index, boolean indirect, boolean multiples) {}

    Result lookupFieldOrMethod(Type t, boolean addressable, Package pkg, String name) {
        if (name.equals("_")) return Result.NONE;
        Result r = lookup(t, addressable, pkg, name);
        if (r.obj() == null && !r.ambiguous() && !r.needsPointer() && t instanceof Named n && n.underlying() instanceof Type.Pointer p) {
            // spec: methods of *T are not in the method set of a defined pointer type, but fields are
            Result f = lookup(p, false, pkg, name);
            if (f.obj() instanceof Obj.Var) return new Result(f.obj(), f.index(), f.indirect(), false, false);
        }
        return r;
    }

    private Result lookup(Type t, boolean addressable, Package pkg, String name) {
        return lookup(t, addressable, pkg, name, false);
    }

    /** With {@code foldCase}, methods match by name regardless of case (types2's lookupMethod). */
    private Result lookup(Type t, boolean addressable, Package pkg, String name, boolean foldCase) {
        Type typ = t;
        boolean isPtr = false;
        if (t instanceof Type.Pointer p) { typ = p.elem(); isPtr = true; }
        if (isPtr && typ.underlying() instanceof Interface && !(typ instanceof TypeParam)) return Result.NONE;
        List<Embedded> current = List.of(new Embedded(typ, List.of(), isPtr, false));
        Set<Named> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>(4));
        while (!current.isEmpty()) {
            List<Embedded> next = new ArrayList<>();
            Obj found = null;
            List<Integer> foundIndex = null;
            boolean foundIndirect = false;
            int count = 0;
            for (Embedded e : current) {
                Type u = e.type();
                if (u instanceof Named n) {
                    if (!seen.add(n)) continue;
                    List<Obj.Func> ms = n.methods();
                    int mi = methodIndex(ms, pkg, name, foldCase);
                    if (mi >= 0) {
                        count += e.multiples() ? 2 : 1;
                        Obj.Func m = ms.get(mi);
                        if (n.isInstance() && m.type() == null) c.decls.objDecl(m);
                        found = n.instanceMethod(m);
                        foundIndex = concat(e.index(), mi);
                        foundIndirect = e.indirect();
                        continue;
                    }
                    u = n.underlying();
                } else if (u instanceof TypeParam tp) {
                    u = tp.iface();   // a type parameter has the methods of its constraint
                }
                if (u instanceof Type.Struct s) {
                    for (int i = 0; i < s.fields().size(); i++) {
                        Obj.Var f = s.fields().get(i);
                        if (sameId(f, pkg, name)) {
                            count += e.multiples() ? 2 : 1;
                            found = f;
                            foundIndex = concat(e.index(), i);
                            foundIndirect = e.indirect();
                            continue;
                        }
                        if (found == null && f.embedded()) {
                            Type ft = f.type();
                            boolean p = false;
                            if (ft instanceof Type.Pointer fp) { ft = fp.elem(); p = true; }
                            next.add(new Embedded(ft, concat(e.index(), i), e.indirect() || p, e.multiples()));
                        }
                    }
                } else if (u instanceof Interface it && it.isComplete()) {
                    int mi = methodIndex(it.allMethods(), pkg, name, foldCase);
                    if (mi >= 0) {
                        count += e.multiples() ? 2 : 1;
                        found = it.allMethods().get(mi);
                        foundIndex = concat(e.index(), mi);
                        foundIndirect = e.indirect();
                    }
                }
            }
            if (found != null) {
                if (count > 1) return new Result(null, foundIndex, false, true, false);
                if (found instanceof Obj.Func f) {
                    if (f.type() == null) c.decls.objDecl(f);
                    if (hasPtrRecv(f) && !foundIndirect && !addressable) return new Result(null, foundIndex, false, false, true);
                }
                return new Result(found, foundIndex, foundIndirect, false, false);
            }
            current = consolidate(next);
        }
        return Result.NONE;
    }

    static boolean hasPtrRecv(Obj.Func f) {
        Type.Signature sig = f.signature();
        return sig != null && sig.recv() != null && sig.recv().type() instanceof Type.Pointer;
    }

    private static int methodIndex(List<Obj.Func> methods, Package pkg, String name, boolean foldCase) {
        if (!foldCase) return indexOf(methods, pkg, name);
        for (int i = 0; i < methods.size(); i++) {
            Obj.Func m = methods.get(i);
            if (m.name().equalsIgnoreCase(name) && sameId(m, pkg, m.name())) return i;
        }
        return -1;
    }

    private static int indexOf(List<? extends Obj> objs, Package pkg, String name) {
        for (int i = 0; i < objs.size(); i++) if (sameId(objs.get(i), pkg, name)) return i;
        return -1;
    }

    static boolean sameId(Obj o, Package pkg, String name) {
        if (!o.name().equals(name)) return false;
        if (o.exported()) return true;
        return o.pkg() == pkg || o.pkg() == null || pkg == null;
    }

    private static List<Integer> concat(List<Integer> a, int i) {
        List<Integer> r = new ArrayList<>(a);
        r.add(i);
        return List.copyOf(r);
    }

    /** Merges entries for the same Named type at one depth, marking them as multiples. */
    private static List<Embedded> consolidate(List<Embedded> list) {
        if (list.size() <= 1) return list;
        List<Embedded> out = new ArrayList<>();
        Map<Type, Integer> at = new IdentityHashMap<>();
        for (Embedded e : list) {
            Integer i = e.type() instanceof Named ? at.get(e.type()) : null;
            if (i == null) {
                if (e.type() instanceof Named) at.put(e.type(), out.size());
                out.add(e);
            } else {
                Embedded old = out.get(i);
                out.set(i, new Embedded(old.type(), old.index(), old.indirect(), true));
            }
        }
        return out;
    }

    // ---- interface satisfaction ----

    /** A method of T missing in V, and V's method of that name if it has the wrong type. */
    record Missing(Obj.Func method, Obj.Func wrong) {}

    /**
     * go/types missingMethod: the first method of interface T that V lacks, or null when
     * V implements T. With {@code dynamic} false V may be an interface, whose methods then
     * must all be present.
     */
    Missing missingMethod(Type v, Interface t, boolean isStatic) {
        if (!t.isComplete() || t.allMethods().isEmpty()) return null;
        if (v.underlying() instanceof Interface vi) {
            if (!vi.isComplete()) return null;
            for (Obj.Func m : t.allMethods()) {
                int i = indexOf(vi.allMethods(), m.pkg(), m.name());
                if (i < 0) {
                    if (isStatic) return new Missing(m, null);
                    continue;
                }
                Obj.Func f = vi.allMethods().get(i);
                if (!Types.identical(f.type(), m.type())) return new Missing(m, f);
            }
            return null;
        }
        for (Obj.Func m : t.allMethods()) {
            Result r = lookupFieldOrMethod(v, false, m.pkg(), m.name());
            boolean found = r.obj() != null;
            Obj o = r.obj();
            if (!found) {
                // on *V, or on V with the name's case folded (for the reason's have/want)
                o = lookupFieldOrMethod(new Type.Pointer(v), false, m.pkg(), m.name()).obj();
                if (o == null && !m.name().equals("_")) o = lookup(v, false, m.pkg(), m.name(), true).obj();
            }
            if (!(o instanceof Obj.Func f)) return new Missing(m, null);
            if (!found || !Types.identical(f.type(), m.type())) return new Missing(m, f);
        }
        return null;
    }

    /** types2 missingMethodReason in gc's wording, e.g. {@code (missing M method)}. */
    String missingReason(Type v, Type t, Missing mm) {
        String mname = mm.method().name() + " method";
        if (mm.wrong() != null) {
            Obj.Func w = mm.wrong();
            String haveWant = "\n\t\thave " + funcString(w) + "\n\t\twant " + funcString(mm.method());
            if (!w.name().equals(mm.method().name())) return "(missing " + mname + ")" + haveWant;
            if (Types.identical(w.type(), mm.method().type())) return "(" + mname + " has pointer receiver)";
            return "(wrong type for " + mname + ")" + haveWant;
        }
        if (isInterfacePtr(v)) return "(" + interfacePtrError(v) + ")";
        if (isInterfacePtr(t)) return "(" + interfacePtrError(t) + ")";
        return "(missing " + mname + ")";
    }

    private static boolean isInterfacePtr(Type t) {
        return t.underlying() instanceof Type.Pointer p && p.elem().underlying() instanceof Interface;
    }

    private String interfacePtrError(Type t) {
        Type.Pointer p = (Type.Pointer) t.underlying();
        String what = p.elem() instanceof TypeParam ? "type parameter" : "interface";
        return "type " + c.str(t) + " is pointer to " + what + ", not " + what;
    }

    private String funcString(Obj.Func f) {
        StringBuilder sb = new StringBuilder(f.name());
        sb.append(c.ts.signature(f.signature()));
        return sb.toString();
    }
}
