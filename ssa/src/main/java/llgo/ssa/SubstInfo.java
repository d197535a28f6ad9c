package llgo.ssa;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import llgo.frontend.types.Info;
import llgo.frontend.types.MethodSet;
import llgo.frontend.types.Obj;
import llgo.frontend.types.Selection;
import llgo.frontend.types.Subst;
import llgo.frontend.types.Type;
import llgo.frontend.types.TypeAndValue;

/**
 * The checker's tables seen from one instance of a generic function (monomorphisation, see
 * ssa's package docs): every type the tables hold is passed through the instance's
 * {@link Subst}, so the builders read concrete types only and need not know they build an
 * instance. A variable of the generic body becomes one substituted variable per instance (the
 * same object on every lookup, so locals keep their identity); a selection whose receiver
 * type changes is resolved again on the concrete receiver ({@link MethodSet}): a method of a
 * type parameter's constraint becomes the concrete type's method (a static call) or stays an
 * interface method when the type argument is an interface; a method of a generic type's
 * instance becomes the method of the concrete instance.
 */
final class SubstInfo {
    private final Subst subst;
    private final Map<Obj.Var, Obj.Var> vars = new IdentityHashMap<>();

    private SubstInfo(Subst subst) { this.subst = subst; }

    /** The view of info under subst. */
    static Info of(Info info, Subst subst) {
        SubstInfo s = new SubstInfo(subst);
        return new Info(new View<>(info.types, s::typeAndValue), new View<>(info.defs, s::obj), new View<>(info.uses, s::obj),
                new View<>(info.implicits, s::obj), new View<>(info.selections, s::selection), info.scopes,
                new View<>(info.instances, s::instance), info.initOrder);
    }

    private TypeAndValue typeAndValue(TypeAndValue tv) {
        Type t = subst.type(tv.type());
        return t == tv.type() ? tv : new TypeAndValue(tv.mode(), t, tv.value());
    }

    private Obj obj(Obj o) { return o instanceof Obj.Var v ? var(v) : o; }

    private Obj.Var var(Obj.Var v) {
        return vars.computeIfAbsent(v, x -> {
            Type t = subst.type(x.type());
            return t == x.type() ? x : new Obj.Var(x.pos(), x.pkg(), x.name(), t, x.isField(), x.embedded());
        });
    }

    private Info.Instance instance(Info.Instance in) {
        return new Info.Instance(in.typeArgs().stream().map(subst::type).toList(), subst.type(in.type()));
    }

    private Selection selection(Selection sel) {
        Type recv = subst.type(sel.recv());
        if (recv == sel.recv()) return sel;
        if (sel.kind() == Selection.Kind.FIELD_VAL) {
            return new Selection(sel.kind(), recv, var((Obj.Var) sel.obj()), sel.index(), sel.indirect());
        }
        Obj.Func m = (Obj.Func) sel.obj();
        Selection found = MethodSet.lookup(recv, m);
        if (found == null && !(recv instanceof Type.Pointer)) {
            // a pointer method called on an addressable value: the path is the same, the receiver is taken by address
            Selection p = MethodSet.lookup(new Type.Pointer(recv), m);
            if (p != null) return new Selection(sel.kind(), recv, p.obj(), p.index(), sel.indirect());
        }
        if (found == null) return sel;
        return new Selection(sel.kind(), recv, found.obj(), found.index(), found.indirect());
    }

    /** A read-only view of a table that maps each value on lookup (the builders only look up). */
    private static final class View<K, V> extends AbstractMap<K, V> {
        private final Map<K, V> base;
        private final Function<V, V> map;

        View(Map<K, V> base, Function<V, V> map) {
            this.base = base;
            this.map = map;
        }

        @Override public V get(Object key) {
            V v = base.get(key);
            return v == null ? null : map.apply(v);
        }

        @Override public boolean containsKey(Object key) { return base.containsKey(key); }

        @Override public int size() { return base.size(); }

        @Override public Set<Entry<K, V>> entrySet() {
            return new AbstractSet<>() {
                @Override public Iterator<Entry<K, V>> iterator() {
                    Iterator<Entry<K, V>> it = base.entrySet().iterator();
                    return new Iterator<>() {
                        @Override public boolean hasNext() { return it.hasNext(); }
                        @Override public Entry<K, V> next() {
                            Entry<K, V> e = it.next();
                            return new SimpleImmutableEntry<>(e.getKey(), map.apply(e.getValue()));
                        }
                    };
                }

                @Override public int size() { return base.size(); }
            };
        }
    }
}
