package llgo.frontend.types;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import llgo.frontend.syntax.Expr;
import llgo.frontend.syntax.Node;

/**
 * The checker's results, in side tables keyed by syntax-node identity (go/types.Info).
 * The syntax tree is never modified.
 */
public final class Info {
    /** Every expression (incl. type expressions and the parts of selectors and calls) that was checked. */
    public final Map<Expr, TypeAndValue> types;
    /** Identifiers that declare an object (nil for the package name and for {@code _} in some places). */
    public final Map<Expr.Ident, Obj> defs;
    /** Identifiers that denote an object. */
    public final Map<Expr.Ident, Obj> uses;
    /**
     * Objects declared without an identifier of their own: an import spec without a name
     * (the PkgName), each case clause of a type switch with a symbolic variable (the Var of
     * that clause), an anonymous parameter's Field.
     */
    public final Map<Node, Obj> implicits;
    /** Selector expressions other than qualified identifiers. */
    public final Map<Expr.Selector, Selection> selections;
    /** The scope each scope-opening node opens: File, Func decl's FuncType, FuncLit's FuncType, Block, If, For, Range, Switch, TypeSwitch, CaseClause, CommClause. */
    public final Map<Node, Scope> scopes;
    /**
     * For each identifier denoting a generic function or type that is instantiated
     * (explicitly or by inference), the type arguments and the instantiated type
     * (go/types Info.Instances). For a qualified identifier, the key is the selector's name.
     */
    public final Map<Expr.Ident, Instance> instances;
    /** Package-level variable initialisers in execution order (Go spec: "Package initialization"). */
    public final List<Initializer> initOrder;

    /** Empty tables, for the checker to fill. */
    public Info() {
        this(0);
    }

    /**
     * Empty tables sized for about this many lines of source, so that they do not grow
     * step by step while the checker fills them (per line of the standard library, counted
     * to its last declaration: 2.5 checked expressions, 1.4 uses, 0.3 definitions, 0.3
     * scopes and 0.2 selections).
     */
    public Info(int sourceLines) {
        this(new IdentityHashMap<>(Math.max(32, sourceLines * 3)), new IdentityHashMap<>(Math.max(32, sourceLines / 2)),
                new IdentityHashMap<>(Math.max(32, sourceLines * 2)), new IdentityHashMap<>(),
                new IdentityHashMap<>(Math.max(32, sourceLines / 4)), new IdentityHashMap<>(Math.max(32, sourceLines / 3)),
                new IdentityHashMap<>(), new ArrayList<>());
    }

    /**
     * Tables given by the caller: ssa reads a generic body through views of the checker's
     * tables that substitute type arguments for type parameters.
     */
    public Info(Map<Expr, TypeAndValue> types, Map<Expr.Ident, Obj> defs, Map<Expr.Ident, Obj> uses, Map<Node, Obj> implicits,
                Map<Expr.Selector, Selection> selections, Map<Node, Scope> scopes, Map<Expr.Ident, Instance> instances,
                List<Initializer> initOrder) {
        this.types = types;
        this.defs = defs;
        this.uses = uses;
        this.implicits = implicits;
        this.selections = selections;
        this.scopes = scopes;
        this.instances = instances;
        this.initOrder = initOrder;
    }

    /** The type arguments of an instantiation and the resulting Named or Signature (go/types Instance). */
    public record Instance(List<Type> typeArgs, Type type) {}

    /** {@code lhs = rhs}: one initialiser; lhs has several variables for a multi-value rhs. */
    public record Initializer(List<Obj.Var> lhs, Expr rhs) {}

    /** The type of e, or null if e was not checked. */
    public Type typeOf(Expr e) {
        TypeAndValue tv = types.get(e);
        if (tv != null) return tv.type();
        if (e instanceof Expr.Ident id) {
            Obj o = objectOf(id);
            if (o != null) return o.type();
        }
        return null;
    }

    /** The object an identifier declares or denotes, or null. */
    public Obj objectOf(Expr.Ident id) {
        Obj o = defs.get(id);
        return o != null ? o : uses.get(id);
    }
}
