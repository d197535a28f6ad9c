/*
 * Expressions (Go spec: "Expressions"; go/types expr.go): the entry points (expr,
 * exprOrType, multiExpr, rawExpr) and the dispatch over expression kinds, identifiers,
 * basic literals, function literals, indirections and type assertions. Operators,
 * constants, index/slice expressions and composite literals have their own files.
 * Untyped operands are tracked in Checker.untyped until their final type is known
 * (Constants.updateExprType), so that info.types ends up holding the final type of every
 * untyped expression, as go/types does.
 */
package llgo.frontend.types;

import java.util.ArrayList;
import java.util.List;

import llgo.frontend.constant.ConstOps;
import llgo.frontend.constant.Value;
import llgo.frontend.syntax.Expr;
import llgo.frontend.types.TypeAndValue.Mode;

final class Exprs {
    private final Checker c;

    Exprs(Checker c) { this.c = c; }

    // ---- entry points ----

    /** Checks e as a single-valued expression; x becomes INVALID after an error. */
    void expr(Operand x, Expr e) {
        rawExpr(x, e, null, false);
        exclude(x, true, true, true);
        singleValue(x);
    }

    /** Like expr, with hint as the type of an elided composite literal type. */
    void exprWithHint(Operand x, Expr e, Type hint) {
        rawExpr(x, e, hint, false);
        exclude(x, true, true, true);
        singleValue(x);
    }

    /** Checks e as an expression or a type (go/types exprOrType); a generic type or function must be instantiated. */
    void exprOrType(Operand x, Expr e) { exprOrType(x, e, false); }

    /** Like exprOrType; allowGeneric accepts an uninstantiated generic type or function (before [...] or a call). */
    void exprOrType(Operand x, Expr e, boolean allowGeneric) {
        rawExpr(x, e, null, allowGeneric);
        exclude(x, true, false, false);
        singleValue(x);
    }

    /** An expression that may be multi-valued (a call) or comma-ok; returns one operand per value. */
    List<Operand> multiExpr(Expr e, boolean allowCommaOk) {
        Operand x = new Operand();
        rawExpr(x, e, null, false);
        exclude(x, true, true, true);
        List<Operand> list = new ArrayList<>();
        if (x.type instanceof Type.Tuple t && x.mode != Mode.INVALID) {
            for (Obj.Var v : t.vars()) {
                Operand o = new Operand();
                o.set(Mode.VALUE, v.type());
                o.expr = e;
                list.add(o);
            }
            return list;
        }
        list.add(x);
        if (allowCommaOk && (x.mode == Mode.MAPINDEX || x.mode == Mode.COMMAOK)) {
            Operand ok = new Operand();
            ok.set(Mode.VALUE, Basic.of(Basic.Kind.UNTYPED_BOOL));
            ok.expr = e;
            list.add(ok);
        }
        return list;
    }

    /** go/types exclude: rejects novalue, builtin and type operands where a value is required. */
    void exclude(Operand x, boolean novalue, boolean builtin, boolean typexpr) {
        String msg = null;
        switch (x.mode) {
            case NOVALUE -> { if (novalue) msg = typexpr ? "%s used as value" : "%s used as value or type"; }
            case BUILTIN -> { if (builtin) msg = "%s must be called"; }
            case TYPEXPR -> { if (typexpr) msg = "%s is not an expression"; }
            default -> { }
        }
        if (msg != null) {
            c.errorf(x.expr.pos(), msg, c.str(x));
            x.invalidate();
        }
    }

    /** Reports a multi-valued operand used where one value is expected. */
    void singleValue(Operand x) {
        if (x.mode == Mode.VALUE && x.type instanceof Type.Tuple) {
            c.errorf(x.expr.pos(), "multiple-value %s in single-value context", c.str(x));
            x.invalidate();
        }
    }

    /** Checks e and records the result (go/types rawExpr). */
    void rawExpr(Operand x, Expr e, Type hint, boolean allowGeneric) {
        exprInternal(x, e, hint);
        x.expr = e;
        if (!allowGeneric) nonGeneric(x);
        c.record(x);
    }

    /** go/types nonGeneric: reports a generic type or function used without instantiation. */
    void nonGeneric(Operand x) {
        if (x.invalid()) return;
        String what = null;
        if (x.mode == Mode.TYPEXPR && x.type instanceof Named n && !n.isInstance() && !n.typeParams().isEmpty()) what = "type";
        else if (x.mode == Mode.VALUE && x.type instanceof Type.Signature sig && !sig.typeParams().isEmpty()) what = "function";
        if (what != null) {
            c.errorf(x.expr.pos(), "cannot use generic %s %s without instantiation", what, c.str(x.expr));
            x.invalidate();
        }
    }

    void exprInternal(Operand x, Expr e, Type hint) {
        x.mode = Mode.INVALID;
        x.type = Basic.INVALID;
        x.val = null;
        x.isNil = false;
        x.expr = e;
        if (e instanceof Expr.Bad) return;
        if (e instanceof Expr.Ident id) { ident(x, id); return; }
        if (e instanceof Expr.BasicLit lit) { basicLit(x, lit); return; }
        if (e instanceof Expr.FuncLit f) { funcLit(x, f); return; }
        if (e instanceof Expr.CompositeLit cl) { c.literals.compositeLit(x, cl, hint); return; }
        if (e instanceof Expr.Paren p) {
            rawExpr(x, p.x(), hint, false);
            x.expr = e;
            return;
        }
        if (e instanceof Expr.Selector s) { c.calls.selector(x, s); return; }
        if (e instanceof Expr.Index ix) { c.indexing.index(x, ix); return; }
        if (e instanceof Expr.Slice s) { c.indexing.slice(x, s); return; }
        if (e instanceof Expr.TypeAssert a) { typeAssert(x, a); return; }
        if (e instanceof Expr.Call call) { c.calls.call(x, call); return; }
        if (e instanceof Expr.Star s) { star(x, s); return; }
        if (e instanceof Expr.Unary u) { c.operators.unary(x, u); return; }
        if (e instanceof Expr.Binary b) { c.operators.binary(x, b, b.x(), b.y(), b.op(), b.opPos()); return; }
        if (e instanceof Expr.KeyValue) {
            c.error(e.pos(), "unexpected key:value expression");
            return;
        }
        Type t = c.typexprs.typeLiteral(e);
        if (t != null) {
            x.set(Mode.TYPEXPR, t);
            return;
        }
        c.errorf(e.pos(), "%s is not an expression", c.str(e));
    }

    // ---- identifiers and literals ----

    void ident(Operand x, Expr.Ident id) {
        if (id.isBlank()) {
            c.error(id.pos(), "cannot use _ as value or type");
            return;
        }
        Obj obj = c.env.scope().lookupParent(id.name());
        if (obj == null) {
            c.errorf(id.pos(), "undefined: %s", id.name());
            return;
        }
        c.recordUse(id, obj);
        if (obj instanceof Obj.PkgName pn) {
            c.errorf(id.pos(), "use of package %s not in selector", pn.name());
            return;
        }
        c.addDep(obj);
        // like go/types: a declaration is checked on use only if its type is unknown, or to find type cycles
        if (obj.type() == null || obj instanceof Obj.TypeName) c.decls.objDecl(obj);
        Type t = obj.type();
        if (obj instanceof Obj.Const k) {
            if (t == null || t == Basic.INVALID) return;
            if (k == Universe.IOTA) {
                if (c.env.iota() == null) {
                    c.error(id.pos(), "cannot use iota outside constant declaration");
                    return;
                }
                x.setConst(t, c.env.iota());
            } else {
                x.setConst(t, k.value() == null ? new Value.Unknown() : k.value());
            }
        } else if (obj instanceof Obj.TypeName) {
            if (c.decls.aliasCycle(obj)) return;
            if (t == null || t == Basic.INVALID) return;
            x.set(Mode.TYPEXPR, t);
        } else if (obj instanceof Obj.Var v) {
            if (v.pkg() == c.pkg) v.markUsed();
            if (t == null || t == Basic.INVALID) return;
            x.set(Mode.VARIABLE, t);
        } else if (obj instanceof Obj.Func) {
            if (t == null) return;
            x.set(Mode.VALUE, t);
        } else if (obj instanceof Obj.Builtin b) {
            x.set(Mode.BUILTIN, Basic.INVALID);
            x.builtin = b;
        } else if (obj instanceof Obj.Nil) {
            x.set(Mode.VALUE, Basic.of(Basic.Kind.UNTYPED_NIL));
            x.isNil = true;
        }
    }

    void basicLit(Operand x, Expr.BasicLit lit) {
        if (lit.bad()) return; // the lexer reported the malformed literal; x stays invalid
        Value v;
        Basic.Kind k;
        switch (lit.kind()) {
            case INT -> { v = ConstOps.parseNumber(lit.value()); k = Basic.Kind.UNTYPED_INT; }
            case FLOAT -> { v = ConstOps.parseNumber(lit.value()); k = Basic.Kind.UNTYPED_FLOAT; }
            case IMAG -> { v = ConstOps.parseNumber(lit.value()); k = Basic.Kind.UNTYPED_COMPLEX; }
            case CHAR -> { v = ConstOps.parseQuoted(lit.value(), true); k = Basic.Kind.UNTYPED_RUNE; }
            default -> { v = ConstOps.parseQuoted(lit.value(), false); k = Basic.Kind.UNTYPED_STRING; }
        }
        if (v instanceof Value.Unknown) {
            // the parser reported the malformed literal
            return;
        }
        if (v instanceof Value.Int i && i.value().bitLength() > ConstOps.MAX_INT_BITS) {
            c.errorf(lit.pos(), "constant overflow");
        }
        x.setConst(Basic.of(k), v);
    }

    void funcLit(Operand x, Expr.FuncLit f) {
        if (f.type().typeParams() != null && !f.type().typeParams().isEmpty()) c.error(f.pos(), "function type must have no type parameters");
        Scope s = new Scope(c.env.scope(), "function literal");
        Type.Signature sig = c.typexprs.signature(s, null, f.type());
        c.recordScope(f.type(), s);
        c.recordTypeAndValue(f.type(), Mode.TYPEXPR, sig, null);
        if (f.body() != null) {
            Checker.Env env = new Checker.Env(c.env.decl(), s, c.env.iota(), sig, null);
            c.stmts.funcBody(env, "<function literal>", sig, f.body());
        }
        x.set(Mode.VALUE, sig);
    }

    // ---- unary and binary operators ----

    void star(Operand x, Expr.Star s) {
        exprOrType(x, s.x());
        switch (x.mode) {
            case INVALID: return;
            case TYPEXPR: x.set(Mode.TYPEXPR, new Type.Pointer(x.type)); return;
            default:
                if (x.isNil) {
                    c.errorf(x.expr.pos(), "invalid operation: cannot indirect %s", c.str(x));
                    x.invalidate();
                    return;
                }
                if (!(TypeSets.under(x.type) instanceof Type.Pointer p)) {
                    c.errorf(x.expr.pos(), "invalid operation: cannot indirect %s", c.str(x));
                    x.invalidate();
                    return;
                }
                x.set(Mode.VARIABLE, p.elem());
        }
    }

    void typeAssert(Operand x, Expr.TypeAssert e) {
        expr(x, e.x());
        if (x.invalid()) return;
        if (e.type() == null) {
            c.error(e.pos(), "use of .(type) outside type switch");
            x.invalidate();
            return;
        }
        if (x.type instanceof TypeParam) {
            c.errorf(x.expr.pos(), "invalid operation: cannot use type assertion on type parameter value %s", c.str(x));
            x.invalidate();
            return;
        }
        if (!(x.type.underlying() instanceof Interface xi)) {
            c.errorf(x.expr.pos(), "invalid operation: %s is not an interface", c.str(x));
            x.invalidate();
            return;
        }
        Type t = c.typexprs.typExpr(e.type());
        if (t == Basic.INVALID) { x.invalidate(); return; }
        typeAssertion(e, x, xi, t, false);
        x.set(Mode.COMMAOK, t);
    }

    /** Reports an impossible assertion of interface x to type t (go/types typeAssertion). */
    void typeAssertion(Expr e, Operand x, Interface xi, Type t, boolean typeSwitch) {
        if (t.underlying() instanceof Interface) return;
        Lookup.Missing m = c.lookup.missingMethod(t, xi, false);
        if (m == null) return;
        String cause = c.lookup.missingReason(t, x.type, m);
        if (typeSwitch) {
            c.errorf(e.pos(), "impossible type switch case: %s\n\t%s cannot have dynamic type %s %s", c.str(e), c.str(x), c.str(t), cause);
        } else {
            c.errorf(e.pos(), "impossible type assertion: %s\n\t%s does not implement %s %s", c.str(e), c.str(t), c.str(x.type), cause);
        }
    }

    /** Evaluates e for its side effects on the tables only (after an error), go/types use. */
    void use(Expr e) {
        if (e == null || e instanceof Expr.Ident id && id.isBlank()) return;
        Operand x = new Operand();
        rawExpr(x, e, null, false);
    }
}
