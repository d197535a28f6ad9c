/*
 * Checking of declarations (go/types decl.go): package-level objects on demand in
 * dependency order with white/grey/black marking and cycle detection (Go spec:
 * "Declarations and scope", "Type definitions", "Constant declarations" with iota,
 * "Variable declarations"), method attachment to their receiver base types, recursive
 * type validity, and local const/var/type declarations inside function bodies.
 */
package llgo.frontend.types;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import llgo.frontend.constant.ConstOps;
import llgo.frontend.constant.Value;
import llgo.frontend.syntax.Decl;
import llgo.frontend.syntax.Expr;
import llgo.frontend.syntax.Field;
import llgo.frontend.syntax.Pos;
import llgo.frontend.syntax.Spec;
import llgo.frontend.syntax.Stmt;
import llgo.frontend.types.TypeAndValue.Mode;

final class DeclChecker {
    private enum Color { GREY, BLACK }

    private final Checker c;
    private final Map<Obj, Color> colors = new IdentityHashMap<>();
    private final List<Obj> path = new ArrayList<>();
    private final Set<Named> inProgress = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** Types defined as a type whose own definition is still being checked: T2 in {@code type T1 struct{ p *T2 }; type T2 T1}. */
    private final Map<Named, Named> waitingOn = new IdentityHashMap<>();
    private final Set<Named> reportedCycle = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    /** Positions of type declarations inside generic functions (see reportLocalTypesInGenericFunctions). */
    private final List<Pos> localTypesInGenericFunctions = new ArrayList<>();

    /** Greater than zero while the constraints of a type parameter list are checked. */
    private int inTypeParamList;

    /** Local alias declarations being checked: a use of one of them in its own definition is a cycle. */
    private final Set<Obj.TypeName> aliasesInProgress = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    DeclChecker(Checker c) { this.c = c; }

    /** Reports {@code type T = T} inside a function (package-level cycles are found by objDecl); true if o is such a use. */
    boolean aliasCycle(Obj o) {
        if (!(o instanceof Obj.TypeName t) || !aliasesInProgress.contains(t) || c.objMap.containsKey(t)) return false;
        cycleError(List.of(t));
        return true;
    }

    /** Checks every package-level object: type definitions first, then aliases, then the rest (as go/types). */
    void packageObjects() {
        List<Obj> all = new ArrayList<>(c.objMap.keySet());
        List<Obj> aliases = new ArrayList<>(), others = new ArrayList<>();
        for (Obj o : all) {
            if (o instanceof Obj.TypeName) {
                DeclInfo d = c.objMap.get(o);
                if (d.tdecl != null && d.tdecl.assign()) aliases.add(o); else objDecl(o);
            } else others.add(o);
        }
        for (Obj o : aliases) objDecl(o);
        for (Obj o : others) objDecl(o);
    }

    /** Type-checks the package-level object o if not done yet (go/types objDecl). */
    void objDecl(Obj o) {
        Color col = colors.get(o);
        if (col == Color.BLACK) return;
        DeclInfo d = c.objMap.get(o);
        if (d == null) return;
        if (col == null && o instanceof Obj.Var && o.type() != null) { colors.put(o, Color.BLACK); return; }
        if (col == Color.GREY) {
            int i = path.indexOf(o);
            List<Obj> cycle = i >= 0 ? path.subList(i, path.size()) : List.of(o);
            boolean valid = validCycle(cycle);
            if (o instanceof Obj.Const || o instanceof Obj.Var) {
                if (!valid || o.type() == null) o.setType(Basic.INVALID);
            } else if (o instanceof Obj.TypeName) {
                if (!valid) o.setType(Basic.INVALID);
            }
            return;
        }
        colors.put(o, Color.GREY);
        path.add(o);
        Checker.Env saved = c.env;
        int savedTypeParamList = inTypeParamList;
        inTypeParamList = 0;
        c.env = new Checker.Env(d, d.fileScope, null, null, null);
        if (o instanceof Obj.Const k) constDecl(k, d.vtype, d.init, d.inherited, d.iota);
        else if (o instanceof Obj.Var v) varDecl(v, d.lhs, d.vtype, d.init);
        else if (o instanceof Obj.TypeName t) typeDecl(t, d.tdecl);
        else if (o instanceof Obj.Func f) funcDecl(f, d);
        c.env = saved;
        inTypeParamList = savedTypeParamList;
        path.remove(path.size() - 1);
        colors.put(o, Color.BLACK);
    }

    private boolean validCycle(List<Obj> cycle) {
        int nval = 0, ndef = 0;
        for (Obj o : cycle) {
            if (o instanceof Obj.Const || o instanceof Obj.Var) nval++;
            else if (o instanceof Obj.TypeName t && inTypeParamList > 0 && t.type() instanceof Named n && !n.typeParams().isEmpty()) {
                // a cycle through a type parameter list is invalid (go/types validCycle tparCycle)
                cycleError(cycle);
                return false;
            } else if (o instanceof Obj.TypeName t) {
                DeclInfo d = c.objMap.get(t);
                if (d != null && d.tdecl != null && !d.tdecl.assign()) ndef++;
            }
        }
        if (nval == cycle.size()) return true;
        if (nval == 0 && ndef > 0) return true;
        cycleError(cycle);
        return false;
    }

    private void cycleError(List<Obj> cycle) {
        Obj first = cycle.get(0);
        for (Obj o : cycle) if (o.pos().compareTo(first.pos()) < 0) first = o;
        StringBuilder sb = new StringBuilder();
        int k = cycle.indexOf(first);
        for (int j = 0; j < cycle.size(); j++) {
            Obj o = cycle.get((k + j) % cycle.size());
            sb.append("\n\t").append(o.pos()).append(": ").append(o.name()).append(" refers to");
        }
        sb.append("\n\t").append(first.pos()).append(": ").append(first.name());
        if (first instanceof Obj.TypeName) c.errorf(first.pos(), "invalid recursive type %s%s", first.name(), sb);
        else c.errorf(first.pos(), "illegal cycle in declaration of %s%s", first.name(), sb);
    }

    /** go/types arity: reports missing or extra initialisers of a const or var spec. */
    void arityMatch(Spec.Value s, Spec.Value init, boolean isConst) {
        List<Expr> inits = init == null ? List.of() : init.values();
        int l = s.names().size(), r = inits.size();
        boolean inherited = init != s;
        if (!isConst && r == 0) {
            if (s.type() == null) c.error(s.pos(), "missing type or init expr");
            return;
        }
        if (l < r) {
            Expr n = inits.get(l);
            if (inherited) c.errorf(s.pos(), "extra init expr at %s", n.pos());
            else c.errorf(n.pos(), "extra init expr %s", c.str(n));
        } else if (l > r && (isConst || r != 1)) {
            Expr.Ident n = s.names().get(r);
            c.errorf(n.pos(), "missing init expr for %s", n.name());
        }
    }

    // ---- constants ----

    void constDecl(Obj.Const obj, Expr typ, Expr init, boolean inherited, int iota) {
        Checker.Env saved = c.env;
        c.env = new Checker.Env(saved.decl(), saved.scope(), ConstOps.makeInt(iota), saved.sig(),
                inherited ? obj.pos() : null);
        try {
            if (typ != null) {
                Type t = c.typexprs.typExpr(typ);
                if (!(t.underlying() instanceof Basic b) || !isConstType(b)) {
                    if (t != Basic.INVALID) c.errorf(typ.pos(), "invalid constant type %s", c.str(t));
                    obj.setType(Basic.INVALID);
                    obj.setValue(new Value.Unknown());
                    return;
                }
                obj.setType(t);
            }
            Operand x = new Operand();
            if (init != null) c.exprs.expr(x, init);
            initConst(obj, x);
        } finally {
            c.env = saved;
        }
    }

    static boolean isConstType(Basic b) {
        return b.isBoolean() || b.isNumeric() || b.isString();
    }

    private void initConst(Obj.Const lhs, Operand x) {
        if (x.invalid() || lhs.type() == Basic.INVALID) {
            if (lhs.type() == null) lhs.setType(Basic.INVALID);
            lhs.setValue(new Value.Unknown());
            return;
        }
        if (x.mode != Mode.CONSTANT) {
            c.errorf(x.expr.pos(), "%s is not constant", c.str(x));
            if (lhs.type() == null) lhs.setType(Basic.INVALID);
            lhs.setValue(new Value.Unknown());
            return;
        }
        if (lhs.type() == null) lhs.setType(x.type);
        c.assignability.assignment(x, lhs.type(), "constant declaration");
        if (x.invalid()) { lhs.setValue(new Value.Unknown()); return; }
        lhs.setValue(x.val);
    }

    // ---- variables ----

    void varDecl(Obj.Var obj, List<Obj.Var> lhs, Expr typ, Expr init) {
        if (typ != null) {
            Type t = c.typexprs.varType(typ);
            obj.setType(t);
            if (lhs != null) for (Obj.Var v : lhs) v.setType(t);
        }
        if (init == null) {
            if (typ == null) obj.setType(Basic.INVALID);
            return;
        }
        if (lhs == null || lhs.size() == 1) {
            Operand x = new Operand();
            c.exprs.expr(x, init);
            c.assignments.initVar(obj, x, "variable declaration");
            return;
        }
        c.assignments.initVars(lhs, List.of(init), null);
    }

    // ---- types ----

    void typeDecl(Obj.TypeName obj, Spec.Type tdecl) {
        boolean generic = tdecl.typeParams() != null && !tdecl.typeParams().isEmpty();
        if (generic && tdecl.assign()) c.error(tdecl.pos(), "generic type cannot be alias");
        if (tdecl.assign()) {
            obj.setType(Basic.INVALID);
            aliasesInProgress.add(obj);
            Type t = c.typexprs.typExpr(tdecl.type());
            aliasesInProgress.remove(obj);
            obj.setType(t);
            return;
        }
        Named named = new Named(obj, null);
        obj.setType(named);
        inProgress.add(named);
        Checker.Env saved = c.env;
        if (generic) {
            Scope s = new Scope(c.env.scope(), "type parameters of " + obj.name());
            List<TypeParam> tparams = declareTypeParamNames(s, tdecl.typeParams());
            named.typeParams().addAll(tparams);
            constrainTypeParams(s, tdecl.typeParams(), tparams);
            c.env = c.env.withScope(s);
        }
        Type rhs = c.typexprs.definedType(tdecl.type(), named);
        c.env = saved;
        inProgress.remove(named);
        if (rhs instanceof TypeParam) {
            c.error(tdecl.type().pos(), "cannot use a type parameter as RHS in type declaration");
            rhs = Basic.INVALID;
        }
        if (rhs instanceof Named rn && rn.isInstance()) {
            named.setUnderlying(rn.underlying());
        } else if (rhs instanceof Named rn) {
            Named target = rn;
            while (waitingOn.containsKey(target)) target = waitingOn.get(target);
            if (target == named) {
                c.errorf(obj.pos(), "invalid recursive type %s", obj.name());
                named.setUnderlying(Basic.INVALID);
            } else if (inProgress.contains(target)) {
                waitingOn.put(named, target);
            } else {
                named.setUnderlying(target.underlying());
            }
        } else {
            named.setUnderlying(rhs);
        }
        if (!waitingOn.containsKey(named)) resolveWaiters(named);
        validType(named, new ArrayList<>());
        attachMethods(obj, named);
    }

    /** Gives every type defined as (a chain of names leading to) n its underlying type, now that n has one. */
    private void resolveWaiters(Named n) {
        List<Named> ready = new ArrayList<>();
        for (Map.Entry<Named, Named> e : waitingOn.entrySet()) if (e.getValue() == n) ready.add(e.getKey());
        for (Named w : ready) {
            waitingOn.remove(w);
            w.setUnderlying(n.underlying());
            resolveWaiters(w);
        }
    }

    /**
     * Declares a type parameter list in scope s (go/types collectTypeParams): all names
     * first, so that constraints may refer to any of them, then each field's constraint.
     */
    List<TypeParam> declareTypeParams(Scope s, List<Field> tparams) {
        List<TypeParam> out = declareTypeParamNames(s, tparams);
        constrainTypeParams(s, tparams, out);
        return out;
    }

    private List<TypeParam> declareTypeParamNames(Scope s, List<Field> tparams) {
        List<TypeParam> out = new ArrayList<>();
        int idx = 0;
        for (Field f : tparams) {
            for (Expr.Ident id : f.names()) {
                Obj.TypeName tn = new Obj.TypeName(id.pos(), c.pkg, id.name(), null);
                TypeParam tp = new TypeParam(tn, idx++, Interface.EMPTY);
                tn.setType(tp);
                out.add(tp);
                c.declare(s, id, tn);
            }
        }
        return out;
    }

    /** Sets the constraint of each declared type parameter from its field, in scope s. */
    private void constrainTypeParams(Scope s, List<Field> fields, List<TypeParam> tparams) {
        Checker.Env saved = c.env;
        c.env = c.env.withScope(s);
        inTypeParamList++;
        int i = 0;
        for (Field f : fields) {
            Type bound = c.typexprs.bound(f.type());
            for (int k = 0; k < f.names().size(); k++) tparams.get(i++).setConstraint(bound);
        }
        inTypeParamList--;
        c.env = saved;
    }

    /**
     * The receiver type {@code List[T]} or {@code *List[T]} of a method of a generic type
     * (go/types collectRecv): its type parameters are declared in scope s with the
     * constraints of the base type's parameters, and the type is the instance of the base
     * type with them. Null when the receiver is not of that form (typExpr then reports why).
     */
    private Type genericReceiverType(Scope s, Expr recvType) {
        Expr e = recvType;
        boolean ptr = false;
        while (e instanceof Expr.Paren || e instanceof Expr.Star) {
            if (e instanceof Expr.Star) ptr = true;
            e = e instanceof Expr.Paren p ? p.x() : ((Expr.Star) e).x();
        }
        if (!(e instanceof Expr.Index ix) || !(ix.x() instanceof Expr.Ident base)) return null;
        List<TypeParam> out = new ArrayList<>();
        for (int k = 0; k < ix.indices().size(); k++) {
            Expr arg = ix.indices().get(k);
            Expr.Ident id = arg instanceof Expr.Ident i ? i : null;
            if (id == null) c.errorf(arg.pos(), "receiver type parameter %s must be an identifier", c.str(arg));
            Obj.TypeName tn = new Obj.TypeName(arg.pos(), c.pkg, id != null ? id.name() : "_", null);
            TypeParam tp = new TypeParam(tn, k, Interface.EMPTY);
            tn.setType(tp);
            out.add(tp);
            if (id != null) c.declare(s, id, tn);
        }
        Obj o = c.pkg.scope().lookup(base.name());
        if (!(o instanceof Obj.TypeName)) return null;
        c.recordUse(base, o);
        objDecl(o);
        if (!(o.type() instanceof Named g) || g.isInstance() || g.typeParams().isEmpty()) return null;
        if (g.typeParams().size() != out.size()) {
            String got = out.size() == 1 ? "1 type parameter" : out.size() + " type parameters";
            c.errorf(ix.indices().get(0).pos(), "got %s, but receiver base type declares %d", got, g.typeParams().size());
            return Basic.INVALID;
        }
        List<Type> args = new ArrayList<>(out);
        Subst sub = Subst.of(g.typeParams(), args);
        for (int k = 0; k < out.size(); k++) {
            out.get(k).setConstraint(sub.type(g.typeParams().get(k).constraint()));
            c.mono.recordCanonical(out.get(k), g.typeParams().get(k));
            c.recordTypeAndValue(ix.indices().get(k), Mode.TYPEXPR, out.get(k), null);
        }
        Named inst = Named.instance(g, args);
        c.recordTypeAndValue(ix.x(), Mode.TYPEXPR, g, null);
        c.recordTypeAndValue(ix, Mode.TYPEXPR, inst, null);
        c.instantiate.record(ix.x(), args, inst);
        Type t = ptr ? new Type.Pointer(inst) : inst;
        c.recordTypeAndValue(recvType, Mode.TYPEXPR, t, null);
        return t;
    }

    /** Reports a struct, array or interface type that contains itself (Go spec: "Struct types", "Array types", "Interface types"). */
    private void validType(Type t, List<Named> stack) {
        if (t instanceof Named n) {
            // an instance stands for its origin: expanding T[P] inside T[P] again is a cycle
            int i = stack.indexOf(n.origin());
            if (i >= 0) {
                List<Named> cyc = stack.subList(i, stack.size());
                Named first = cyc.get(0);
                for (Named m : cyc) if (m.obj().pos().compareTo(first.obj().pos()) < 0) first = m;
                boolean fresh = true;
                for (Named m : cyc) if (!reportedCycle.add(m)) fresh = false;
                if (fresh) {
                    StringBuilder sb = new StringBuilder();
                    int k = cyc.indexOf(first);
                    for (int j = 0; j < cyc.size(); j++) {
                        Named m = cyc.get((k + j) % cyc.size());
                        sb.append("\n\t").append(m.obj().pos()).append(": ").append(m.obj().name()).append(" refers to");
                    }
                    sb.append("\n\t").append(first.obj().pos()).append(": ").append(first.obj().name());
                    c.errorf(first.obj().pos(), "invalid recursive type %s%s", first.obj().name(), sb);
                }
                for (Named m : cyc) m.setUnderlying(Basic.INVALID);
                return;
            }
            if (n.obj().pkg() != c.pkg || reportedCycle.contains(n)) return;
            stack.add(n);
            // An instance is checked through its origin's declared type, its type parameters standing
            // for the instance's arguments (below): expanding instances instead would not terminate on
            // type A[P any] [1]A[*P], whose expansion makes ever new instances (go/types validtype.go).
            validType(n.isInstance() ? n.origin().underlying() : n.underlying(), stack);
            stack.remove(stack.size() - 1);
        } else if (t instanceof TypeParam tp) {
            // The argument a type parameter stands for must be valid in the type that instantiated it,
            // so it is checked with the stack below the instance.
            if (stack.isEmpty()) return;
            Named inst = stack.get(stack.size() - 1);
            int k = inst.typeParams().indexOf(tp);
            if (k >= 0 && k < inst.typeArgs().size()) {
                List<Named> outer = new ArrayList<>(stack.subList(0, stack.size() - 1));
                validType(inst.typeArgs().get(k), outer);
            }
        } else if (t instanceof Type.Array a) {
            validType(a.elem(), stack);
        } else if (t instanceof Type.Struct s) {
            for (Obj.Var f : s.fields()) validType(f.type(), stack);
        } else if (t instanceof Interface it) {
            for (Type e : it.embeddeds()) validType(e, stack); // an interface contains those it embeds
        }
    }

    private void attachMethods(Obj.TypeName obj, Named named) {
        if (c.pkg.scope().lookup(obj.name()) != obj) return;
        List<Obj.Func> ms = c.resolver.methodsByBase.get(obj.name());
        if (ms == null) return;
        for (Obj.Func m : ms) {
            Obj.Func alt = null;
            for (Obj.Func old : named.methods()) if (old.name().equals(m.name())) alt = old;
            if (alt != null) {
                c.errorf(m.pos(), "%s.%s redeclared in this block\n\t%s: other declaration of %s", obj.name(), m.name(), alt.pos(), m.name());
                continue;
            }
            if (named.underlying() instanceof Type.Struct st) {
                for (Obj.Var f : st.fields()) {
                    if (f.name().equals(m.name())) {
                        c.errorf(m.pos(), "field and method with the same name %s\n\t%s: other declaration of %s", m.name(), f.pos(), m.name());
                        break;
                    }
                }
            }
            named.addMethod(m);
        }
    }

    // ---- functions ----

    private void funcDecl(Obj.Func obj, DeclInfo d) {
        Decl.Func fd = d.fdecl;
        obj.setType(new Type.Signature(null, List.of(), Type.Tuple.EMPTY, Type.Tuple.EMPTY, false)); // guard against cycles
        Scope outer = c.env.scope();
        List<TypeParam> tparams = List.of();
        Type recvType = null;
        if (fd.recv() != null && Resolver.isGenericReceiver(fd.recv().type())) {
            outer = new Scope(outer, "receiver type parameters of " + obj.name());
            recvType = genericReceiverType(outer, fd.recv().type());
        }
        if (fd.type().typeParams() != null && !fd.type().typeParams().isEmpty() && fd.recv() == null) {
            outer = new Scope(outer, "type parameters of " + obj.name());
            tparams = declareTypeParams(outer, fd.type().typeParams());
        }
        Scope fscope = new Scope(outer, "func " + obj.name());
        Checker.Env saved = c.env;
        c.env = c.env.withScope(outer);
        Type.Signature sig0 = c.typexprs.signature(fscope, fd.recv(), recvType, fd.type());
        c.env = saved;
        Type.Signature sig = tparams.isEmpty() ? sig0
                : new Type.Signature(sig0.recv(), tparams, sig0.params(), sig0.results(), sig0.variadic());
        obj.setType(sig);
        c.recordScope(fd.type(), fscope);
        if (fd.body() != null) {
            Checker.Env env = new Checker.Env(d, fscope, null, sig, null);
            c.delayed.add(() -> c.stmts.funcBody(env, fd.name().name(), sig, fd.body()));
        }
    }

    // ---- local declarations ----

    /**
     * Reports the local type declarations of generic functions: a limit of gc 1.19, whose
     * noder reports them once type checking found no error.
     */
    void reportLocalTypesInGenericFunctions() {
        for (Pos p : localTypesInGenericFunctions) c.error(p, "type declarations inside generic functions are not currently supported");
    }

    /** Whether the body being checked belongs to a generic function or to a method of a generic type. */
    private boolean inGenericFunction() {
        DeclInfo d = c.env.decl();
        if (d == null || d.fdecl == null) return false;
        Decl.Func fd = d.fdecl;
        return fd.type().typeParams() != null && !fd.type().typeParams().isEmpty()
                || fd.recv() != null && Resolver.isGenericReceiver(fd.recv().type());
    }

    /** A const, var or type declaration inside a function body (go/types declStmt). */
    void declStmt(Stmt.DeclStmt s) {
        Decl.Gen g = s.decl();
        Spec.Value last = null;
        for (Spec spec : g.specs()) {
            switch (g.keyword()) {
                case CONST -> {
                    Spec.Value vs = (Spec.Value) spec;
                    boolean inherited = vs.type() == null && vs.values().isEmpty();
                    if (!inherited) last = vs;
                    List<Obj.Const> objs = new ArrayList<>();
                    for (int i = 0; i < vs.names().size(); i++) {
                        Expr.Ident id = vs.names().get(i);
                        Obj.Const k = new Obj.Const(id.pos(), c.pkg, id.name(), null, null);
                        objs.add(k);
                        Expr init = last != null && i < last.values().size() ? last.values().get(i) : null;
                        constDecl(k, last != null ? last.type() : null, init, inherited, vs.iota());
                    }
                    arityMatch(vs, last, true);
                    for (int i = 0; i < objs.size(); i++) c.declare(c.env.scope(), vs.names().get(i), objs.get(i));
                }
                case VAR -> {
                    Spec.Value vs = (Spec.Value) spec;
                    List<Obj.Var> lhs = new ArrayList<>();
                    for (Expr.Ident id : vs.names()) lhs.add(new Obj.Var(id.pos(), c.pkg, id.name(), null, false, false));
                    if (vs.values().size() == 1 && lhs.size() > 1) {
                        varDecl(lhs.get(0), lhs, vs.type(), vs.values().get(0));
                    } else {
                        for (int i = 0; i < lhs.size(); i++) {
                            varDecl(lhs.get(i), null, vs.type(), i < vs.values().size() ? vs.values().get(i) : null);
                        }
                    }
                    arityMatch(vs, vs, false);
                    for (Obj.Var v : lhs) if (v.type() == null) v.setType(Basic.INVALID);
                    for (int i = 0; i < lhs.size(); i++) {
                        if (c.declare(c.env.scope(), vs.names().get(i), lhs.get(i))) c.stmts.declaredVar(lhs.get(i));
                    }
                }
                case TYPE -> {
                    Spec.Type ts = (Spec.Type) spec;
                    if (ts.name() == null) continue;
                    if (spec == g.specs().get(0) && inGenericFunction()) localTypesInGenericFunctions.add(s.pos());
                    Obj.TypeName obj = new Obj.TypeName(ts.name().pos(), c.pkg, ts.name().name(), null);
                    c.declare(c.env.scope(), ts.name(), obj);
                    typeDecl(obj, ts);
                }
                case IMPORT -> { }
            }
        }
    }

}
