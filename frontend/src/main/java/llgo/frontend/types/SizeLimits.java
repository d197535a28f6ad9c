/*
 * The size limits gc enforces when it lays types out (cmd/compile/internal/types/size.go,
 * CalcSize), checked as gc checks them: only once the package type-checks without errors.
 * A channel's element type must be smaller than 64kB ("channel element type too large
 * (>64kB)"), and an array must fit in gc's address space of 2^50 bytes ("type [N]T larger
 * than address space"). gc sizes each type once, where it first meets it: at a declared
 * variable's or type's name, or at an expression (a call at its '('), in source order; so
 * each type is reported once, a defined type apart from its underlying type literal.
 * Nearly every package has no type over a limit, and ordering all its expressions by
 * position would cost more than checking it did: so a first pass over every type, in no
 * order and each type object once, looks for one over a limit, and only then are the
 * places sorted and visited in gc's order to report each at the right position.
 */
package llgo.frontend.types;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import llgo.frontend.syntax.Expr;
import llgo.frontend.syntax.Pos;

final class SizeLimits {
    /** gc's types.MaxWidth on 64-bit targets. */
    private static final long MAX_WIDTH = 1L << 50;
    /** The smallest channel element size gc rejects. */
    private static final long MAX_CHAN_ELEM = 1 << 16;

    private final Checker c;
    private final Set<Named> seenNamed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<String> seenLiterals = new HashSet<>();

    SizeLimits(Checker c) { this.c = c; }

    /** A place where gc sizes a type; {@code late} for a variable, sized after the expressions on its line. */
    private record Use(Pos pos, boolean late, Type type) {}

    void check() {
        if (!anyOverLimit()) return;
        List<Use> uses = new ArrayList<>();
        for (Map.Entry<Expr.Ident, Obj> e : c.info.defs.entrySet()) {
            Obj o = e.getValue();
            if (o instanceof Obj.TypeName && o.type() != null) uses.add(new Use(e.getKey().pos(), false, o.type()));
            // a variable's type is sized at its name unless an expression on the line (x := make(...)) has it first
            if (o instanceof Obj.Var v && !v.isField() && v.type() != null) uses.add(new Use(e.getKey().pos(), true, v.type()));
        }
        for (Map.Entry<Expr, TypeAndValue> e : c.info.types.entrySet()) {
            TypeAndValue tv = e.getValue();
            if (tv.type() == null || tv.isType() || tv.mode() == TypeAndValue.Mode.INVALID
                    || tv.mode() == TypeAndValue.Mode.BUILTIN) continue;
            Pos at = e.getKey() instanceof Expr.Call call && call.lparen() != null ? call.lparen() : e.getKey().pos();
            uses.add(new Use(at, false, tv.type()));
        }
        uses.sort(Comparator.comparing((Use u) -> u.pos().file()).thenComparingInt(u -> u.pos().line())
                .thenComparing(Use::late).thenComparingInt(u -> u.pos().col()));
        for (Use u : uses) visit(u.type(), u.pos());
    }

    /**
     * Whether a type of the package's objects or expressions is over a limit. The same
     * types are reached as by the ordered pass (which skips only types equal to ones it
     * has seen), or more (Checker.valueTypes may hold a type since replaced), so when the
     * answer is no that pass would report nothing. Each defined type,
     * and each literal type with more than one part (which a DAG of aliases may share
     * exponentially often), is visited once; when none is over a limit, every defined type
     * visited is marked so (Named.withinSizeLimits): all it reaches was visited too.
     */
    private boolean anyOverLimit() {
        Set<Type> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<Named> named = new ArrayList<>();
        for (Obj o : c.info.defs.values()) {
            if (o instanceof Obj.TypeName && overLimit(o.type(), seen, named)) return true;
            if (o instanceof Obj.Var v && !v.isField() && overLimit(v.type(), seen, named)) return true;
        }
        for (Type t : c.valueTypes) if (overLimit(t, seen, named)) return true;
        for (Named n : named) n.withinSizeLimits = true;
        return false;
    }

    private static boolean overLimit(Type t, Set<Type> seen, List<Named> named) {
        if (t == null || t instanceof Basic || t instanceof TypeParam) return false;
        if (t instanceof Named n) {
            if (n.withinSizeLimits || !n.typeParams().isEmpty() && !n.isInstance() || !seen.add(n)) return false;
            named.add(n);
        }
        Type u = t.underlying();
        if (u instanceof Type.Pointer p) return overLimit(p.elem(), seen, named);
        if (u instanceof Type.Slice s) return overLimit(s.elem(), seen, named);
        if (u instanceof Type.Array a) {
            long elem = Sizes.sizeof(a.elem());
            return overLimit(a.elem(), seen, named) || elem > 0 && a.len() > (MAX_WIDTH - 1) / elem;
        }
        if (u instanceof Type.Chan ch) return overLimit(ch.elem(), seen, named) || Sizes.sizeof(ch.elem()) >= MAX_CHAN_ELEM;
        if (u instanceof Type.Struct s) {
            if (s.fields().isEmpty() || u == t && !seen.add(u)) return false;
            for (Obj.Var f : s.fields()) if (overLimit(f.type(), seen, named)) return true;
        } else if (u instanceof Type.Map m) {
            if (u == t && !seen.add(u)) return false;
            return overLimit(m.key(), seen, named) || overLimit(m.elem(), seen, named);
        } else if (u instanceof Type.Signature sig) {
            if (sig.params().vars().isEmpty() && sig.results().vars().isEmpty() || !seen.add(u)) return false;
            for (Obj.Var p : sig.params().vars()) if (overLimit(p.type(), seen, named)) return true;
            for (Obj.Var r : sig.results().vars()) if (overLimit(r.type(), seen, named)) return true;
        }
        return false;
    }

    private void visit(Type t, Pos at) {
        if (t == null || t instanceof TypeParam) return;
        if (t instanceof Named n) {
            if (!n.typeParams().isEmpty() && !n.isInstance() || !seenNamed.add(n)) return;
        } else if (!seenLiterals.add(c.str(t))) {
            return;
        }
        Type u = t.underlying();
        if (u instanceof Type.Array a) {
            visit(a.elem(), at);
            long elem = Sizes.sizeof(a.elem());
            if (elem > 0 && a.len() > (MAX_WIDTH - 1) / elem) {
                c.errorf(at, "type [%d]%s larger than address space", a.len(), c.str(a.elem()));
            }
        } else if (u instanceof Type.Chan ch) {
            visit(ch.elem(), at);
            if (Sizes.sizeof(ch.elem()) >= MAX_CHAN_ELEM) c.error(at, "channel element type too large (>64kB)");
        } else if (u instanceof Type.Struct s) {
            for (Obj.Var f : s.fields()) visit(f.type(), at);
        } else if (u instanceof Type.Pointer p) {
            visit(p.elem(), at);
        } else if (u instanceof Type.Slice s) {
            visit(s.elem(), at);
        } else if (u instanceof Type.Map m) {
            visit(m.key(), at);
            visit(m.elem(), at);
        } else if (u instanceof Type.Signature sig) {
            for (Obj.Var p : sig.params().vars()) visit(p.type(), at);
            for (Obj.Var r : sig.results().vars()) visit(r.type(), at);
        }
    }
}
