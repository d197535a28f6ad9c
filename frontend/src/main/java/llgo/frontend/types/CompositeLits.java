/*
 * Composite literals (Go spec: "Composite literals"; go/types literals.go): struct
 * literals (keyed and positional), array and slice literals with indices, [...]T arrays,
 * map literals with duplicate constant keys, and elided element types.
 */
package llgo.frontend.types;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import llgo.frontend.constant.ConstOps;
import llgo.frontend.constant.Value;
import llgo.frontend.syntax.Expr;
import llgo.frontend.types.TypeAndValue.Mode;

final class CompositeLits {
    private final Checker c;

    CompositeLits(Checker c) { this.c = c; }

    // ---- composite literals ----

    void compositeLit(Operand x, Expr.CompositeLit e, Type hint) {
        Type typ, base;
        if (e.type() != null) {
            if (e.type() instanceof Expr.ArrayType at && at.len() instanceof Expr.Ellipsis) {
                Type elem = c.typexprs.typExpr(at.elt());
                long n = indexedElts(e.elts(), elem, -1);
                typ = new Type.Array(n, elem);
                c.recordTypeAndValue(e.type(), Mode.TYPEXPR, typ, null);
                x.set(Mode.VALUE, typ);
                return;
            }
            typ = c.typexprs.typExpr(e.type());
            base = typ;
        } else if (hint != null) {
            typ = hint;
            base = TypeSets.under(typ) instanceof Type.Pointer p ? p.elem() : typ;
        } else {
            c.error(e.pos(), "missing type in composite literal");
            useElts(e.elts());
            return;
        }
        Type u = TypeSets.under(base);
        if (u instanceof Type.Struct st) {
            structLit(e, st, base, typ);
        } else if (u instanceof Type.Array a) {
            indexedElts(e.elts(), a.elem(), a.len());
        } else if (u instanceof Type.Slice s) {
            indexedElts(e.elts(), s.elem(), -1);
        } else if (u instanceof Type.Map m) {
            mapLit(e, m);
        } else {
            useElts(e.elts());
            if (u != Basic.INVALID) c.errorf(e.pos(), "invalid composite literal type %s", c.str(typ));
            return;
        }
        x.set(Mode.VALUE, typ);
    }

    void structLit(Expr.CompositeLit e, Type.Struct st, Type base, Type typ) {
        if (e.elts().isEmpty()) return;
        List<Obj.Var> fields = st.fields();
        Operand x = new Operand();
        if (e.elts().get(0) instanceof Expr.KeyValue) {
            boolean[] visited = new boolean[fields.size()];
            for (Expr el : e.elts()) {
                if (!(el instanceof Expr.KeyValue kv)) {
                    c.error(el.pos(), "mixture of field:value and value elements in struct literal");
                    continue;
                }
                Expr.Ident key = kv.key() instanceof Expr.Ident id ? id : null;
                int i = -1;
                if (key != null && !key.isBlank()) {
                    for (int j = 0; j < fields.size(); j++) if (Lookup.sameId(fields.get(j), c.pkg, key.name())) { i = j; break; }
                }
                c.exprs.expr(x, kv.value());
                if (key == null) {
                    c.errorf(kv.pos(), "invalid field name %s in struct literal", c.str(kv.key()));
                    continue;
                }
                if (i < 0) {
                    c.errorf(kv.key().pos(), "unknown field '%s' in struct literal of type %s", key.name(), c.str(base));
                    continue;
                }
                c.recordUse(key, fields.get(i));
                c.assignability.assignment(x, fields.get(i).type(), "struct literal");
                if (visited[i]) {
                    c.errorf(kv.pos(), "duplicate field name %s in struct literal", key.name());
                    continue;
                }
                visited[i] = true;
            }
        } else {
            for (int i = 0; i < e.elts().size(); i++) {
                Expr el = e.elts().get(i);
                if (el instanceof Expr.KeyValue kv) {
                    c.error(kv.pos(), "mixture of field:value and value elements in struct literal");
                    continue;
                }
                c.exprs.expr(x, el);
                if (i >= fields.size()) {
                    c.errorf(x.expr.pos(), "too many values in %s{…}", c.str(base));
                    break;
                }
                Obj.Var f = fields.get(i);
                if (!f.exported() && f.pkg() != c.pkg) {
                    c.errorf(x.expr.pos(), "implicit assignment to unexported field %s in %s literal", f.name(), c.str(typ));
                    continue;
                }
                c.assignability.assignment(x, f.type(), "struct literal");
            }
            if (e.elts().size() < fields.size()) c.errorf(e.rbrace(), "too few values in %s{…}", c.str(base));
        }
    }

    /** go/types indexedElts: checks array or slice elements; returns the literal's length. */
    long indexedElts(List<Expr> elts, Type elem, long length) {
        Set<Long> visited = new HashSet<>();
        long index = 0, max = 0;
        for (Expr e : elts) {
            boolean validIndex = false;
            Expr eval = e;
            if (e instanceof Expr.KeyValue kv) {
                Operand k = new Operand();
                c.exprs.expr(k, kv.key());
                if (c.indexing.isValidIndex(k, "index", false)) {
                    if (k.mode == Mode.CONSTANT && !(k.val instanceof Value.Unknown)) {
                        long i = ConstOps.toBigInteger(k.val).longValue();
                        if (length >= 0 && i >= length) {
                            c.errorf(k.expr.pos(), "invalid argument: index %s out of bounds [0:%d]", ConstOps.format(k.val), length);
                        } else {
                            index = i;
                            validIndex = true;
                        }
                    } else {
                        c.errorf(e.pos(), "index %s must be integer constant", c.str(kv.key()));
                    }
                }
                eval = kv.value();
            } else if (length >= 0 && index >= length) {
                c.errorf(e.pos(), "index %d is out of bounds (>= %d)", index, length);
            } else {
                validIndex = true;
            }
            if (validIndex && !visited.add(index)) c.errorf(e.pos(), "duplicate index %d in array or slice literal", index);
            index++;
            if (index > max) max = index;
            Operand x = new Operand();
            c.exprs.exprWithHint(x, eval, elem);
            c.assignability.assignment(x, elem, "array or slice literal");
        }
        return max;
    }

    void mapLit(Expr.CompositeLit e, Type.Map m) {
        // the types of the constant keys seen, by ConstOps.key of their values
        Map<Object, List<Type>> seen = new HashMap<>();
        Operand x = new Operand();
        for (Expr el : e.elts()) {
            if (!(el instanceof Expr.KeyValue kv)) {
                c.error(el.pos(), "missing key in map literal");
                continue;
            }
            c.exprs.exprWithHint(x, kv.key(), m.key());
            c.assignability.assignment(x, m.key(), "map literal");
            if (x.mode == Mode.CONSTANT && !(x.val instanceof Value.Unknown)) {
                List<Type> types = seen.computeIfAbsent(ConstOps.key(x.val), k -> new ArrayList<>(1));
                boolean dup = false;
                for (Type t : types) {
                    if (!Predicates.isInterface(m.key()) || Types.identical(t, x.type)) {
                        dup = true;
                        break;
                    }
                }
                if (dup) {
                    c.errorf(x.expr.pos(), "duplicate key %s in map literal", ConstOps.format(x.val));
                    continue;
                }
                types.add(x.type);
            }
            c.exprs.exprWithHint(x, kv.value(), m.elem());
            c.assignability.assignment(x, m.elem(), "map literal");
        }
    }

    void useElts(List<Expr> elts) {
        for (Expr e : elts) c.exprs.use(e instanceof Expr.KeyValue kv ? kv.value() : e);
    }
}
