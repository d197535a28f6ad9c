package llgo.frontend.types;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An interface type (Go spec: "Interface types", "General interfaces"): explicitly declared
 * methods plus embedded elements (interfaces, unions, other types). {@link #complete} fixes
 * its type set (go/types typeset.go) once the embedded elements are resolved: the method
 * set, sorted by name as gc sorts itab entries (runtime/iface.go), the type terms (null:
 * all types) and whether the set is restricted to comparable types. An interface with
 * terms or comparable is a constraint and cannot be the type of a value. An implicit
 * interface is the {@code interface{~int}} written as {@code [T ~int]}.
 */
public final class Interface implements Type {
    private final List<Obj.Func> methods;
    private final List<Type> embeddeds;
    private volatile List<Obj.Func> allMethods;
    private List<Type.Term> terms;
    private boolean comparable;
    private boolean implicit;
    /** The type set is computed on first use: an embedded element was still being declared. */
    private boolean lazy;

    public Interface(List<Obj.Func> methods, List<Type> embeddeds) {
        this.methods = new ArrayList<>(methods);
        this.embeddeds = new ArrayList<>(embeddeds);
    }

    public static final Interface EMPTY = new Interface(List.of(), List.of());
    static { EMPTY.complete(List.of()); }

    public List<Obj.Func> explicitMethods() { return methods; }

    public List<Type> embeddeds() { return embeddeds; }

    /** @param all the full method set including embedded interfaces' methods, without duplicates */
    public void complete(List<Obj.Func> all) { complete(all, null, false); }

    /**
     * @param all        the full method set, without duplicates
     * @param terms      the normalised type terms of the type set, or null for all types
     * @param comparable whether the type set is restricted to comparable types
     */
    public void complete(List<Obj.Func> all, List<Type.Term> terms, boolean comparable) {
        List<Obj.Func> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparing(Obj::name));
        this.terms = terms == null ? null : List.copyOf(terms);
        this.comparable = comparable;
        this.allMethods = List.copyOf(sorted);   // last: it publishes the type set
    }

    /** Whether the type set is known (computing it now if it was left for first use and can be). */
    public boolean isComplete() { return ensureComplete(); }

    void completeLater() { lazy = true; }

    private boolean ensureComplete() { return allMethods != null || completeNow(); }

    private synchronized boolean completeNow() {
        if (allMethods == null && lazy) {
            lazy = false;   // also guards against an (invalid, reported) embedding cycle
            if (!TypeSets.tryComplete(this)) lazy = true;
        }
        return allMethods != null;
    }

    /** The method set, sorted by name. Precondition: {@link #isComplete}. */
    public List<Obj.Func> allMethods() {
        if (!ensureComplete()) throw new IllegalStateException("interface not completed");
        return allMethods;
    }

    /** True for an interface with no methods, such as {@code interface{}} and {@code any} (terms aside). */
    public boolean isEmpty() { return allMethods().isEmpty(); }

    /** The type terms of the type set, or null when it is not restricted by terms. */
    public List<Type.Term> terms() { ensureComplete(); return terms; }

    /** Whether the type set holds only comparable types ({@code comparable} is embedded). */
    public boolean isComparable() { ensureComplete(); return comparable; }

    /** An ordinary interface: only methods, usable as the type of a value. */
    public boolean isMethodSet() { ensureComplete(); return terms == null && !comparable; }

    /** The type set holds every type: no methods, no terms, not comparable. */
    public boolean isAll() { return isMethodSet() && allMethods().isEmpty(); }

    public boolean isImplicit() { return implicit; }

    void markImplicit() { implicit = true; }

    @Override public String toString() { return Types.typeString(this); }
}
