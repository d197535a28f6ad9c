package llgo.frontend.types;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An interface type (Go spec: "Interface types"): explicitly declared methods plus embedded
 * types. {@link #allMethods} is the complete method set, sorted by name as gc sorts itab
 * entries,
 * computed by {@link #complete} once the embedded types are resolved. Method order is by
 * name, which is the order of itab method entries in gc (runtime/iface.go).
 */
public final class Interface implements Type {
    private final List<Obj.Func> methods;
    private final List<Type> embeddeds;
    private List<Obj.Func> allMethods;

    public Interface(List<Obj.Func> methods, List<Type> embeddeds) {
        this.methods = new ArrayList<>(methods);
        this.embeddeds = new ArrayList<>(embeddeds);
    }

    public static final Interface EMPTY = new Interface(List.of(), List.of());
    static { EMPTY.complete(List.of()); }

    public List<Obj.Func> explicitMethods() { return methods; }

    public List<Type> embeddeds() { return embeddeds; }

    /** @param all the full method set including embedded interfaces' methods, without duplicates */
    public void complete(List<Obj.Func> all) {
        List<Obj.Func> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparing(Obj::name));
        this.allMethods = List.copyOf(sorted);
    }

    public boolean isComplete() { return allMethods != null; }

    /** The method set, sorted by name. Precondition: {@link #complete} was called. */
    public List<Obj.Func> allMethods() {
        if (allMethods == null) throw new IllegalStateException("interface not completed");
        return allMethods;
    }

    /** True for an interface with no methods, such as {@code interface{}} and {@code any}. */
    public boolean isEmpty() { return allMethods().isEmpty(); }

    @Override public String toString() { return Types.typeString(this); }
}
