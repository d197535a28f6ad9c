/*
 * Type expressions (go/types typexpr.go, signature.go, struct.go, interface.go, union.go):
 * named types, qualified identifiers, instantiated generic types {@code List[int]},
 * pointer, array (constant length), slice, map (comparable key), channel, function
 * signatures (parameters, variadic, receiver with its type parameters), struct types
 * (embedded fields, tags), interface types (methods, embedded interfaces, unions and
 * {@code ~T} terms) and type parameter constraints. Go spec section "Types", "Type
 * parameter declarations", "General interfaces".
 */
package llgo.frontend.types;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import llgo.frontend.constant.ConstOps;
import llgo.frontend.constant.Value;
import llgo.frontend.syntax.Expr;
import llgo.frontend.syntax.Field;
import llgo.frontend.syntax.Pos;
import llgo.frontend.types.TypeAndValue.Mode;

final class TypeExprs {
    private final Checker c;

    TypeExprs(Checker c) { this.c = c; }

    /** The type denoted by e; reports an error and returns Basic.INVALID if e is not a type. */
    Type typExpr(Expr e) {
        Type t = typInternal(e);
        c.recordTypeAndValue(e, t == Basic.INVALID ? Mode.INVALID : Mode.TYPEXPR, t, null);
        return t;
    }

    /** go/types typInternal: only names, pointers, parentheses and type literals denote types. */
    private Type typInternal(Expr e) {
        if (e instanceof Expr.Ident || e instanceof Expr.Selector) {
            Operand x = new Operand();
            c.exprs.exprOrType(x, e, true);
            if (x.mode == Mode.TYPEXPR && x.type instanceof Named g && !g.isInstance() && !g.typeParams().isEmpty()) {
                c.errorf(e.pos(), "cannot use generic type %s without instantiation", c.str(x.type));
                return Basic.INVALID;
            }
            switch (x.mode) {
                case INVALID: return Basic.INVALID;
                case NOVALUE: c.errorf(e.pos(), "%s used as type", c.str(x)); return Basic.INVALID;
                case TYPEXPR: return x.type;
                default: c.errorf(e.pos(), "%s is not a type", c.str(x)); return Basic.INVALID;
            }
        }
        if (e instanceof Expr.Paren p) return typExpr(p.x());
        if (e instanceof Expr.Star s) {
            Type elem = varType(s.x());
            return elem == Basic.INVALID ? Basic.INVALID : new Type.Pointer(elem);
        }
        if (e instanceof Expr.Index ix) return instantiatedType(ix);
        Type t = typeLiteral(e);
        if (t != null) return t;
        if (!(e instanceof Expr.Bad)) c.errorf(e.pos(), "%s is not a type", c.str(e));
        return Basic.INVALID;
    }

    /** The type of the right-hand side of a type definition of {@code def}. */
    Type definedType(Expr e, Named def) { return typExpr(e); }

    /**
     * The type denoted by e, which must not be a constraint interface: the type of a
     * variable, parameter, field or element (go/types varType, validVarType).
     */
    Type varType(Expr e) {
        Type t = typExpr(e);
        if (t instanceof TypeParam || t == Basic.INVALID) return t;
        c.delayed.add(() -> {
            if (t.underlying() instanceof Interface it && it.isComplete() && !it.isMethodSet()) {
                if (it.isComparable()) {
                    c.errorf(e.pos(), "cannot use type %s outside a type constraint: interface is (or embeds) comparable", c.str(t));
                } else {
                    c.errorf(e.pos(), "cannot use type %s outside a type constraint: interface contains type constraints", c.str(t));
                }
            }
        });
        return t;
    }

    // ---- generics ----

    /** {@code G[A, B]}: the instance of generic type G (go/types instantiatedType). */
    private Type instantiatedType(Expr.Index ix) {
        Operand x = new Operand();
        c.exprs.exprOrType(x, ix.x(), true);
        return instance(x, ix);
    }

    /** The instance of the generic type x (already evaluated from ix.x()) with ix's type arguments. */
    Type instance(Operand x, Expr.Index ix) {
        if (x.invalid()) {
            for (Expr i : ix.indices()) c.exprs.use(i);
            return Basic.INVALID;
        }
        if (x.mode != Mode.TYPEXPR) {
            c.errorf(ix.x().pos(), "%s is not a type", c.str(x));
            return Basic.INVALID;
        }
        if (!(x.type instanceof Named g) || g.isInstance() || g.typeParams().isEmpty()) {
            c.errorf(ix.x().pos(), "%s is not a generic type", c.str(x.type));
            return Basic.INVALID;
        }
        List<Type> targs = new ArrayList<>();
        for (Expr i : ix.indices()) targs.add(varType(i));
        if (targs.contains(Basic.INVALID)) return Basic.INVALID;
        if (targs.size() != g.typeParams().size()) {
            c.errorf(ix.x().pos(), "got %d arguments but %d type parameters", targs.size(), g.typeParams().size());
            return Basic.INVALID;
        }
        Named inst = Named.instance(g, targs);
        c.instantiate.record(ix.x(), g.typeParams(), targs, inst, ix.indices(), ix.x().pos());
        // the origin's constraints may not be resolved yet (go/types check.later)
        c.delayed.add(() -> c.instantiate.verify(ix.x().pos(), g.typeParams(), targs, ix.indices()));
        return inst;
    }

    /**
     * The constraint of a type parameter (go/types bound): an interface, or an implicit
     * {@code interface{E}} for any other element E such as {@code ~int} or {@code int | string}.
     */
    Type bound(Expr e) {
        Type t;
        if (isUnionElement(e)) {
            t = union(e);
        } else {
            t = typExpr(e);
            if (t == Basic.INVALID) return Interface.EMPTY;
            if (t instanceof TypeParam) {
                c.error(e.pos(), "cannot use a type parameter as constraint");
                return Interface.EMPTY;
            }
            if (t.underlying() instanceof Interface) return t;
        }
        Interface it = new Interface(List.of(), List.of(t));
        it.markImplicit();
        TypeSets.complete(it);
        c.recordTypeAndValue(e, Mode.TYPEXPR, it, null);
        return it;
    }

    private static boolean isUnionElement(Expr e) {
        return e instanceof Expr.Unary u && u.op() == llgo.frontend.syntax.Op.TILDE
                || e instanceof Expr.Binary b && b.op() == llgo.frontend.syntax.Op.OR;
    }

    /** A union {@code t1 | ~t2 | ...} or a single {@code ~t} term (go/types parseUnion). */
    private Type union(Expr e) {
        List<Expr> list = new ArrayList<>();
        flattenUnion(e, list);
        List<Type.Term> terms = new ArrayList<>();
        for (Expr te : list) {
            boolean tilde = te instanceof Expr.Unary u && u.op() == llgo.frontend.syntax.Op.TILDE;
            Expr x = tilde ? ((Expr.Unary) te).x() : te;
            Type t = typExpr(x);
            if (t == Basic.INVALID) continue;
            if (t instanceof TypeParam) {
                c.error(x.pos(), tilde ? "type in term " + c.str(te) + " cannot be a type parameter" : "term cannot be a type parameter");
                continue;
            }
            Type.Term term = new Type.Term(tilde, t);
            terms.add(term);
            Type u = t.underlying();
            if (tilde && u instanceof Interface) {
                c.errorf(te.pos(), "invalid use of ~ (%s is an interface)", c.str(t));
                continue;
            }
            if (tilde && !Types.identical(t, u)) {
                c.errorf(te.pos(), "invalid use of ~ (underlying type of %s is %s)", c.str(t), c.str(u));
                continue;
            }
            if (u instanceof Interface ui && ui.isComplete() && list.size() > 1) {
                if (t == Universe.COMPARABLE) c.error(te.pos(), "cannot use comparable in union");
                else if (!ui.allMethods().isEmpty()) c.errorf(te.pos(), "cannot use %s in union (%s contains methods)", c.str(t), c.str(t));
                else if (ui.isComparable()) c.errorf(te.pos(), "cannot use %s in union (%s embeds comparable)", c.str(t), c.str(t));
                continue;
            }
            for (int j = 0; j < terms.size() - 1; j++) {
                Type.Term o = terms.get(j);
                if (!(o.type().underlying() instanceof Interface) && !(u instanceof Interface)
                        && (o.tilde() || tilde ? Types.identical(o.type().underlying(), u) : Types.identical(o.type(), t))) {
                    c.errorf(te.pos(), "overlapping terms %s and %s", termString(term), termString(o));
                    break;
                }
            }
        }
        Type result = terms.size() == 1 && !terms.get(0).tilde() ? terms.get(0).type() : new Type.Union(terms);
        return result;
    }

    private String termString(Type.Term t) { return (t.tilde() ? "~" : "") + c.str(t.type()); }

    private static void flattenUnion(Expr e, List<Expr> out) {
        if (e instanceof Expr.Binary b && b.op() == llgo.frontend.syntax.Op.OR) {
            flattenUnion(b.x(), out);
            flattenUnion(b.y(), out);
        } else {
            out.add(e instanceof Expr.Paren p ? p.x() : e);
        }
    }

    /**
     * The type denoted by a type literal e (array, struct, pointer handled by Exprs, func,
     * interface, map, chan), or null if e is not a type literal. Records nothing.
     */
    Type typeLiteral(Expr e) {
        if (e instanceof Expr.ArrayType a) {
            if (a.len() == null) return new Type.Slice(varType(a.elt()));
            if (a.len() instanceof Expr.Ellipsis) {
                c.error(a.len().pos(), "invalid use of [...] array (outside a composite literal)");
                typExpr(a.elt());
                return Basic.INVALID;
            }
            long n = arrayLength(a.len());
            Type elem = varType(a.elt());
            return n < 0 ? Basic.INVALID : new Type.Array(n, elem);
        }
        if (e instanceof Expr.Ellipsis el) {
            c.error(e.pos(), "invalid use of '...'");
            if (el.elt() != null) typExpr(el.elt());
            return Basic.INVALID;
        }
        if (e instanceof Expr.StructType s) return structType(s);
        if (e instanceof Expr.FuncType f) {
            if (f.typeParams() != null && !f.typeParams().isEmpty()) c.error(f.pos(), "function type must have no type parameters");
            Scope s = new Scope(c.env.scope(), "function type");
            return signature(s, null, f);
        }
        if (e instanceof Expr.InterfaceType it) return interfaceType(it);
        if (e instanceof Expr.MapType m) {
            Type k = varType(m.key());
            Type v = varType(m.value());
            if (k != Basic.INVALID) {
                Expr keyExpr = m.key();
                c.delayed.add(() -> {
                    if (!Predicates.comparable(k)) {
                        c.errorf(keyExpr.pos(), "invalid map key type %s", c.str(k));
                    }
                });
            }
            return new Type.Map(k, v);
        }
        if (e instanceof Expr.ChanType ch) {
            Type.ChanDir d = switch (ch.dir()) { case BOTH -> Type.ChanDir.BOTH; case SEND -> Type.ChanDir.SEND; case RECV -> Type.ChanDir.RECV; };
            return new Type.Chan(d, varType(ch.value()));
        }
        return null;
    }

    /** go/types arrayLength: the constant, non-negative length of an array type, or -1 after an error. */
    long arrayLength(Expr e) {
        Operand x = new Operand();
        c.exprs.expr(x, e);
        if (x.mode != Mode.CONSTANT) {
            if (!x.invalid()) c.errorf(e.pos(), "array length %s must be constant", c.str(x));
            return -1;
        }
        if (x.isUntyped() || (x.type.underlying() instanceof Basic b && b.isInteger())) {
            java.math.BigInteger v = ConstOps.toBigInteger(x.val);
            if (v != null) {
                if (v.bitLength() < 63) {
                    if (v.signum() >= 0) {
                        if (x.isUntyped()) c.consts.convertUntyped(x, Basic.of(Basic.Kind.INT));
                        return v.longValue();
                    }
                    c.errorf(e.pos(), "invalid array length %s", c.str(x));
                    return -1;
                }
            }
        }
        c.errorf(e.pos(), "array length %s must be integer", c.str(x));
        return -1;
    }

    // ---- signatures ----

    /**
     * The signature of a function, method or function literal. Parameters, results and the
     * receiver are declared in {@code scope}.
     */
    Type.Signature signature(Scope scope, Field recvField, Expr.FuncType ft) { return signature(scope, recvField, null, ft); }

    /** @param recvType the receiver's type when already resolved (a method of a generic type), else null */
    Type.Signature signature(Scope scope, Field recvField, Type recvType, Expr.FuncType ft) {
        Obj.Var recv = null;
        if (recvField != null) recv = receiver(scope, recvField, recvType);
        boolean[] variadic = { false };
        List<Obj.Var> params = collectParams(scope, ft.params(), true, variadic);
        List<Obj.Var> results = collectParams(scope, ft.results(), false, null);
        return new Type.Signature(recv, List.of(), new Type.Tuple(params), new Type.Tuple(results), variadic[0]);
    }

    private List<Obj.Var> collectParams(Scope scope, List<Field> fields, boolean variadicOk, boolean[] variadic) {
        List<Obj.Var> vars = new ArrayList<>();
        if (fields == null) return vars;
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            Expr te = f.type();
            Type t;
            if (te instanceof Expr.Ellipsis el) {
                Type elem = el.elt() == null ? Basic.INVALID : varType(el.elt());
                if (variadicOk && i == fields.size() - 1 && f.names().size() <= 1) {
                    variadic[0] = true;
                    t = new Type.Slice(elem);
                } else {
                    c.error(te.pos(), "can only use ... with final parameter in list");
                    t = elem;
                }
                c.recordTypeAndValue(te, Mode.TYPEXPR, t, null);
            } else {
                t = varType(te);
            }
            if (f.names().isEmpty()) {
                Obj.Var v = Obj.Var.param(f.pos(), c.pkg, "", t);
                c.recordImplicit(f, v);
                vars.add(v);
            } else {
                for (Expr.Ident id : f.names()) {
                    Obj.Var v = Obj.Var.param(id.pos(), c.pkg, id.name(), t);
                    c.declare(scope, id, v);
                    vars.add(v);
                }
            }
        }
        return vars;
    }

    private Obj.Var receiver(Scope scope, Field f, Type recvType) {
        Type t = recvType != null ? recvType : typExpr(f.type());
        Expr.Ident name = f.names().isEmpty() ? null : f.names().get(0);
        if (f.names().size() > 1) c.error(f.names().get(1).pos(), "method has multiple receivers");
        Obj.Var v = Obj.Var.param(name != null ? name.pos() : f.pos(), c.pkg, name != null ? name.name() : "", t);
        if (name != null) c.declare(scope, name, v); else c.recordImplicit(f, v);
        if (t == Basic.INVALID) return v;
        // types2 (Go 1.19) validates the receiver base type, reporting at the receiver
        Type base = t instanceof Type.Pointer p ? p.elem() : t;
        String error = null;
        if (base instanceof Named n) {
            if (n.obj().pkg() != c.pkg) {
                error = "cannot define new methods on non-local type " + c.str(base);
            } else if (n.underlying() instanceof Basic b && b.kind() == Basic.Kind.UNSAFE_POINTER) {
                error = "invalid receiver type " + c.str(base) + " (unsafe.Pointer)";
            } else if (n.underlying() instanceof Type.Pointer || n.underlying() instanceof Interface) {
                error = "invalid receiver type " + c.str(base) + " (pointer or interface type)";
            }
        } else if (base instanceof Basic b && b != Basic.INVALID) {
            error = "cannot define new methods on non-local type " + c.str(base);
        } else if (base != Basic.INVALID) {
            error = "invalid receiver type " + c.str(t);
        }
        if (error != null) {
            c.error(v.pos(), error);
            v.setType(Basic.INVALID);
        }
        return v;
    }

    // ---- structs ----

    private Type structType(Expr.StructType st) {
        List<Obj.Var> fields = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        Map<String, Obj.Var> seen = new HashMap<>();
        for (Field f : st.fields()) {
            Type t = varType(f.type());
            String tag = "";
            if (f.tag() != null && ConstOps.parseQuoted(f.tag().value(), false) instanceof Value.Str s) tag = s.utf8();
            if (f.names().isEmpty()) {
                Expr te = f.type();
                while (te instanceof Expr.Paren p) te = p.x();
                if (te instanceof Expr.Star s) te = s.x();
                if (te instanceof Expr.Index ix) te = ix.x();
                String name = te instanceof Expr.Ident id ? id.name() : te instanceof Expr.Selector sel ? sel.sel().name() : "_";
                Obj.Var v = new Obj.Var(f.type().pos(), c.pkg, name, t, true, true);
                Expr.Ident nameId = te instanceof Expr.Ident id ? id : te instanceof Expr.Selector sel ? sel.sel() : null;
                addField(fields, tags, seen, v, tag, nameId);
                Type base = t instanceof Type.Pointer p ? p.elem() : t;
                boolean isPtr = t instanceof Type.Pointer;
                llgo.frontend.syntax.Pos pos = f.type().pos();
                // checked once the embedded type is complete (go/types struct.go)
                c.delayed.add(() -> {
                    Type u = base.underlying();
                    if (u instanceof Basic b && b.kind() == Basic.Kind.UNSAFE_POINTER) {
                        c.error(pos, "embedded field type cannot be unsafe.Pointer");
                    } else if (u instanceof Type.Pointer) {
                        c.error(pos, "embedded field type cannot be a pointer");
                    } else if (u instanceof Interface && isPtr) {
                        c.error(pos, "embedded field type cannot be a pointer to an interface");
                    }
                });
            } else {
                for (Expr.Ident id : f.names()) {
                    addField(fields, tags, seen, new Obj.Var(id.pos(), c.pkg, id.name(), t, true, false), tag, id);
                }
            }
        }
        return new Type.Struct(fields, tags);
    }

    private void addField(List<Obj.Var> fields, List<String> tags, Map<String, Obj.Var> seen, Obj.Var v, String tag, Expr.Ident id) {
        if (!v.name().equals("_")) {
            Obj.Var old = seen.putIfAbsent(v.name(), v);
            if (old != null) {
                c.errorf(v.pos(), "%s redeclared\n\t%s: other declaration of %s", v.name(), old.pos(), v.name());
                return;
            }
        }
        if (id != null) c.recordDef(id, v);
        fields.add(v);
        tags.add(tag);
    }

    // ---- interfaces ----

    private void duplicateMethod(Pos at, String name, Pos other) {
        c.errorf(at, "duplicate method %s\n\t%s: other declaration of %s", name, other, name);
    }

    private Type interfaceType(Expr.InterfaceType it) {
        List<Obj.Func> methods = new ArrayList<>();
        List<Type> embeddeds = new ArrayList<>();
        Interface iface = new Interface(List.of(), List.of());
        // as types2's type set computation: the explicit methods first, then the embedded
        // ones, each at its method specification or embedding position
        Map<String, Obj.Func> seen = new HashMap<>();
        Map<String, Pos> seenAt = new HashMap<>();
        for (Field f : it.methods()) {
            if (f.names().isEmpty() || !(f.type() instanceof Expr.FuncType ft)) continue;
            Expr.Ident name = f.names().get(0);
            Scope s = new Scope(c.env.scope(), "method " + name.name());
            Type.Signature sig0 = signature(s, null, ft);
            Obj.Var recv = Obj.Var.param(name.pos(), c.pkg, "", iface);
            Type.Signature sig = new Type.Signature(recv, List.of(), sig0.params(), sig0.results(), sig0.variadic());
            Obj.Func m = new Obj.Func(name.pos(), c.pkg, name.name(), sig);
            c.recordDef(name, m);
            if (name.isBlank()) { c.error(name.pos(), "methods must have a unique non-blank name"); continue; }
            if (seen.putIfAbsent(m.name(), m) != null) {
                duplicateMethod(name.pos(), m.name(), seenAt.get(m.name()));
                continue;
            }
            seenAt.put(m.name(), name.pos());
            methods.add(m);
        }
        for (Field f : it.methods()) {
            if (!f.names().isEmpty() && f.type() instanceof Expr.FuncType) continue;
            Expr te = f.type();
            Type t = isUnionElement(te) ? union(te) : typExpr(te);
            if (t == Basic.INVALID) continue;
            if (t instanceof TypeParam) {
                c.error(te.pos(), "term cannot be a type parameter");
                continue;
            }
            embeddeds.add(t);
            if (!(t.underlying() instanceof Interface ei) || !ei.isComplete()) continue;
            for (Obj.Func m : ei.allMethods()) {
                Obj.Func old = seen.putIfAbsent(m.name(), m);
                if (old == null) seenAt.put(m.name(), te.pos());
                else if (!Types.identical(old.type(), m.type())) duplicateMethod(te.pos(), m.name(), seenAt.get(m.name()));
            }
        }
        iface.explicitMethods().addAll(methods);
        iface.embeddeds().addAll(embeddeds);
        TypeSets.complete(iface);
        return iface;
    }
}
