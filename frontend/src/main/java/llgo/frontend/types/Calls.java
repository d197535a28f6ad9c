/*
 * Calls, conversions written as calls, and selectors (Go spec: "Calls", "Passing
 * arguments to ... parameters", "Selectors", "Method values", "Method expressions",
 * "Qualified identifiers"; go/types call.go): argument count and assignability with
 * variadic parameters and multi-value arguments, and field/method selection through
 * embedding with the resulting Selection recorded in info.selections.
 */
package llgo.frontend.types;

import java.util.ArrayList;
import java.util.List;

import llgo.frontend.syntax.Expr;
import llgo.frontend.types.TypeAndValue.Mode;

final class Calls {
    private final Checker c;

    Calls(Checker c) { this.c = c; }

    void call(Operand x, Expr.Call e) {
        List<Type> targs = List.of();
        List<Expr> targExprs = List.of();
        if (e.fun() instanceof Expr.Index ix) {
            // f[A](args): the explicit type arguments may be partial, the rest inferred from args
            c.exprs.exprOrType(x, ix.x(), true);
            if (x.mode == Mode.VALUE && x.type instanceof Type.Signature gs && !gs.typeParams().isEmpty()) {
                targs = c.indexing.funcInst(x, ix, gs, true);
                targExprs = ix.indices();
                if (targs == null) targs = List.of();
            } else {
                c.indexing.indexOperand(x, ix);
            }
            x.expr = ix;
            c.record(x);
        } else {
            c.exprs.exprOrType(x, e.fun(), true);
        }
        switch (x.mode) {
            case INVALID -> {
                for (Expr a : e.args()) c.exprs.use(a);
                x.expr = e;
                return;
            }
            case TYPEXPR -> {
                c.exprs.nonGeneric(x);
                if (x.invalid()) {
                    for (Expr a : e.args()) c.exprs.use(a);
                    x.expr = e;
                    return;
                }
                Type t = x.type;
                x.invalidate();
                int n = e.args().size();
                if (n == 0) c.errorf(e.pos(), "missing argument in conversion to %s", c.str(t));
                else if (n == 1) {
                    c.exprs.expr(x, e.args().get(0));
                    if (!x.invalid()) {
                        if (e.hasEllipsis()) {
                            c.errorf(e.args().get(0).pos(), "invalid use of ... in conversion to %s", c.str(t));
                            x.invalidate();
                        } else {
                            c.conversions.conversion(x, t);
                        }
                    }
                } else {
                    for (Expr a : e.args()) c.exprs.use(a);
                    c.errorf(e.args().get(n - 1).pos(), "too many arguments in conversion to %s", c.str(t));
                }
                x.expr = e;
                return;
            }
            case BUILTIN -> {
                if (!c.builtins.builtin(x, e, x.builtin)) x.invalidate();
                x.expr = e;
                return;
            }
            default -> { }
        }
        if (!(TypeSets.under(x.type) instanceof Type.Signature sig)) {
            c.errorf(x.expr.pos(), "invalid operation: cannot call non-function %s", c.str(x));
            for (Expr a : e.args()) c.exprs.use(a);
            x.invalidate();
            x.expr = e;
            return;
        }
        List<Operand> args = exprList(e.args(), false);
        if (!sig.typeParams().isEmpty()) {
            sig = inferCall(e, sig, targs, targExprs, args);
            if (sig == null) {
                x.invalidate();
                x.expr = e;
                return;
            }
        }
        arguments(e, sig, args);
        switch (sig.results().size()) {
            case 0 -> x.set(Mode.NOVALUE, Type.Tuple.EMPTY);
            case 1 -> x.set(Mode.VALUE, sig.results().type(0));
            default -> x.set(Mode.VALUE, sig.results());
        }
        x.expr = e;
    }

    /**
     * Infers the missing type arguments of a call of generic function sig from its
     * arguments and instantiates it (go/types arguments, infer); null after an error.
     */
    private Type.Signature inferCall(Expr.Call e, Type.Signature sig, List<Type> given, List<Expr> givenExprs, List<Operand> args) {
        for (Operand a : args) if (a.invalid()) return null;
        List<Type> params = expandedParams(e, sig, args.size());
        if (params == null) {
            arguments(e, sig, args);   // reports the count mismatch
            return null;
        }
        List<Type> targs = c.infer.infer(e.lparen(), sig.typeParams(), given, params, args);
        if (targs == null) return null;
        Type.Signature inst = c.instantiate.signature(sig, targs);
        if (!c.instantiate.verify(e.lparen(), sig.typeParams(), targs, givenExprs)) return null;
        c.instantiate.record(e.fun(), sig.typeParams(), targs, inst, givenExprs, e.lparen());
        c.recordTypeAndValue(e.fun(), Mode.VALUE, inst, null);
        return inst;
    }

    /** The parameter types matching nargs arguments, a variadic parameter expanded; null if the count cannot match. */
    private static List<Type> expandedParams(Expr.Call call, Type.Signature sig, int nargs) {
        List<Type> params = new ArrayList<>();
        for (Obj.Var v : sig.params().vars()) params.add(v.type());
        int npars = params.size();
        if (sig.variadic() && !call.hasEllipsis()) {
            if (nargs < npars - 1) return null;
            Type elem = ((Type.Slice) params.get(npars - 1)).elem();
            params = new ArrayList<>(params.subList(0, npars - 1));
            while (params.size() < nargs) params.add(elem);
        }
        return params.size() == nargs ? params : null;
    }

    /** Evaluates a list of expressions; a single call may yield several operands (go/types exprList). */
    List<Operand> exprList(List<Expr> list, boolean allowCommaOk) {
        if (list.size() == 1) return c.exprs.multiExpr(list.get(0), allowCommaOk);
        List<Operand> out = new ArrayList<>();
        for (Expr e : list) {
            Operand x = new Operand();
            c.exprs.expr(x, e);
            out.add(x);
        }
        return out;
    }

    private void arguments(Expr.Call call, Type.Signature sig, List<Operand> args) {
        for (Operand a : args) if (a.invalid()) return;
        int nargs = args.size();
        int npars = sig.params().size();
        List<Type> params = new ArrayList<>();
        for (Obj.Var v : sig.params().vars()) params.add(v.type());
        if (sig.variadic()) {
            if (call.hasEllipsis()) {
                if (call.args().size() == 1 && nargs > 1) {
                    c.errorf(call.args().get(0).pos(), "cannot use ... with %d-valued %s", nargs, c.str(call.args().get(0)));
                    return;
                }
            } else if (nargs >= npars - 1) {
                Type elem = ((Type.Slice) params.get(npars - 1)).elem();
                params = new ArrayList<>(params.subList(0, npars - 1));
                while (params.size() < nargs) params.add(elem);
                npars = nargs;
            } else {
                npars--;
            }
        } else if (call.hasEllipsis()) {
            c.errorf(call.pos(), "cannot use ... in call to non-variadic %s", c.str(call.fun()));
            return;
        }
        if (nargs != npars) {
            String q = "not enough";
            llgo.frontend.syntax.Pos at = call.pos();
            if (nargs > npars) {
                at = args.get(npars).expr.pos();
                q = "too many";
            } else if (nargs > 0) {
                at = args.get(nargs - 1).expr.pos();
            }
            List<Type> have = new ArrayList<>();
            for (Operand a : args) have.add(a.type);
            List<Type> want = new ArrayList<>();
            for (Obj.Var v : sig.params().vars()) want.add(v.type());
            c.errorf(at, "%s arguments in call to %s\n\thave %s\n\twant %s", q, c.str(call.fun()),
                    typesSummary(have, false), typesSummary(want, sig.variadic()));
            return;
        }
        String context = "argument to " + c.str(call.fun());
        for (int i = 0; i < nargs; i++) c.assignability.assignment(args.get(i), params.get(i), context);
    }

    /** types2 typesSummary: a parenthesised type list as gc prints it in have/want lines. */
    String typesSummary(List<Type> list, boolean variadic) {
        List<String> res = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Type t = list.get(i);
            String s;
            if (t == null || t == Basic.INVALID) s = "<T>";
            else if (Predicates.isUntyped(t)) s = Predicates.isNumeric(t) ? "number" : ((Basic) t).name().replace("untyped ", "");
            else if (variadic && i == list.size() - 1 && t instanceof Type.Slice sl) s = "..." + c.str(sl.elem());
            else s = c.str(t);
            res.add(s);
        }
        return "(" + String.join(", ", res) + ")";
    }

    // ---- selectors ----

    void selector(Operand x, Expr.Selector e) {
        String sel = e.sel().name();
        if (e.x() instanceof Expr.Ident id) {
            Obj o = c.env.scope().lookupParent(id.name());
            if (o instanceof Obj.PkgName pn) {
                c.recordUse(id, pn);
                c.usedImports.add(pn);
                Package pkg = pn.imported();
                Obj exp = pkg.scope().lookup(sel);
                // gc imports a package from its export data, which holds the exported objects
                // (and only those unexported ones they need): an unexported name is undefined there
                if (exp == null || !exp.exported()) {
                    c.errorf(e.sel().pos(), "undefined: %s.%s", pkg.name(), sel);
                    x.invalidate();
                    x.expr = e;
                    return;
                }
                c.info.uses.put(e.sel(), exp); // not recordUse: a qualified use is no use of a dot-import
                if (exp instanceof Obj.Const k) x.setConst(k.type(), k.value());
                else if (exp instanceof Obj.TypeName) x.set(Mode.TYPEXPR, exp.type());
                else if (exp instanceof Obj.Var) x.set(Mode.VARIABLE, exp.type());
                else if (exp instanceof Obj.Func) x.set(Mode.VALUE, exp.type());
                else if (exp instanceof Obj.Builtin b) { x.set(Mode.BUILTIN, Basic.INVALID); x.builtin = b; }
                x.expr = e;
                return;
            }
        }
        c.exprs.exprOrType(x, e.x());
        if (x.mode == Mode.BUILTIN) {
            c.errorf(e.pos(), "invalid use of %s in selector expression", c.str(x));
            x.invalidate();
        }
        if (x.invalid()) { x.expr = e; return; }
        if (x.mode == Mode.NOVALUE) {
            c.errorf(x.expr.pos(), "%s used as value", c.str(x));
            x.invalidate();
            x.expr = e;
            return;
        }
        Lookup.Result r = c.lookup.lookupFieldOrMethod(x.type, x.mode == Mode.VARIABLE, c.pkg, sel);
        if (r.obj() == null) {
            if (x.type.underlying() != Basic.INVALID) {
                if (r.ambiguous()) {
                    c.errorf(e.sel().pos(), "ambiguous selector %s.%s", c.str(x.expr), sel);
                } else if (r.needsPointer()) {
                    c.errorf(e.sel().pos(), "cannot call pointer method %s on %s", sel, c.str(x.type));
                } else {
                    String why;
                    if (x.type.underlying() instanceof Type.Pointer p && p.elem().underlying() instanceof Interface) {
                        why = "type " + c.str(x.type) + " is pointer to interface, not interface";
                    } else {
                        why = "type " + c.str(x.type) + " has no field or method " + sel;
                        if (!sel.isEmpty()) {
                            char ch = sel.charAt(0);
                            String other = (Character.isUpperCase(ch) ? Character.toLowerCase(ch) : Character.toUpperCase(ch)) + sel.substring(1);
                            if (c.lookup.lookupFieldOrMethod(x.type, x.mode == Mode.VARIABLE, c.pkg, other).obj() != null) {
                                why += ", but does have " + other;
                            }
                        }
                    }
                    c.errorf(e.sel().pos(), "%s.%s undefined (%s)", c.str(x.expr), sel, why);
                }
            }
            x.invalidate();
            x.expr = e;
            return;
        }
        Obj obj = r.obj();
        c.recordUse(e.sel(), obj);
        if (x.mode == Mode.TYPEXPR) {
            if (!(obj instanceof Obj.Func m)) {
                c.errorf(e.sel().pos(), "%s.%s undefined (type %s has no method %s)", c.str(x.expr), sel, c.str(x.type), sel);
                x.invalidate();
                x.expr = e;
                return;
            }
            c.info.selections.put(e, new Selection(Selection.Kind.METHOD_EXPR, x.type, m, r.index(), r.indirect()));
            Type.Signature sig = m.signature();
            if (sig == null) {
                c.error(e.pos(), "illegal cycle in method declaration");
                x.invalidate();
                x.expr = e;
                return;
            }
            List<Obj.Var> params = new ArrayList<>();
            String name = "";
            if (!sig.params().vars().isEmpty() && !sig.params().vars().get(0).name().isEmpty()) {
                name = sig.recv() == null || sig.recv().name().isEmpty() ? "_" : sig.recv().name();
            }
            params.add(Obj.Var.param(sig.recv() != null ? sig.recv().pos() : e.pos(), c.pkg, name, x.type));
            params.addAll(sig.params().vars());
            x.set(Mode.VALUE, new Type.Signature(null, List.of(), new Type.Tuple(params), sig.results(), sig.variadic()));
            c.addDep(m);
        } else if (obj instanceof Obj.Var f) {
            c.info.selections.put(e, new Selection(Selection.Kind.FIELD_VAL, x.type, f, r.index(), r.indirect()));
            x.set(x.mode == Mode.VARIABLE || r.indirect() ? Mode.VARIABLE : Mode.VALUE, f.type());
        } else if (obj instanceof Obj.Func m) {
            c.info.selections.put(e, new Selection(Selection.Kind.METHOD_VAL, x.type, m, r.index(), r.indirect()));
            Type.Signature sig = m.signature();
            if (sig == null) { x.invalidate(); x.expr = e; return; }
            x.set(Mode.VALUE, new Type.Signature(null, List.of(), sig.params(), sig.results(), sig.variadic()));
            c.addDep(m);
        }
        x.expr = e;
    }
}
