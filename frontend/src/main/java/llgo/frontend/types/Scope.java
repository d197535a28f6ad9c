package llgo.frontend.types;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A lexical scope (Go spec: "Declarations and scope"): universe → package → file →
 * function → block. Lookup walks outwards through parents.
 */
public final class Scope {
    private final Scope parent;
    private final String comment;
    private final Map<String, Obj> elems = new LinkedHashMap<>();
    private final List<Scope> children = new ArrayList<>();

    /** @param comment what the scope belongs to, for dumps ("package main", "func f", "block") */
    public Scope(Scope parent, String comment) {
        this.parent = parent;
        this.comment = comment;
        // like go/types, the universe does not list its children: it is shared by concurrent checks
        if (parent != null && parent != Universe.SCOPE) parent.children.add(this);
    }

    public Scope parent() { return parent; }
    public String comment() { return comment; }
    public List<Scope> children() { return Collections.unmodifiableList(children); }

    /** The object declared with this name in this scope only, or null. */
    public Obj lookup(String name) { return elems.get(name); }

    /** The innermost object with this name in this scope or an enclosing one, or null. */
    public Obj lookupParent(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Obj o = s.elems.get(name);
            if (o != null) return o;
        }
        return null;
    }

    /**
     * Declares obj here unless the name is blank.
     * @return the object already declared with that name (obj is then not inserted), or null
     */
    public Obj insert(Obj obj) {
        if (obj.name().equals("_")) return null;
        Obj old = elems.putIfAbsent(obj.name(), obj);
        if (old == null && obj.parent() == null) obj.setParent(this);
        return old;
    }

    /** Names declared here, in declaration order. */
    public List<String> names() { return List.copyOf(elems.keySet()); }
}
