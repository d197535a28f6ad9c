/*
 * Printing of types and expressions inside error messages, as types2 does it
 * (typestring.go with the checker's qualifier: types of the package being checked are
 * unqualified, others are qualified by package name; syntax/printer.go's short form for
 * expressions: composite literal bodies and function bodies print as {…}).
 */
package llgo.frontend.types;

import java.util.List;

import llgo.frontend.syntax.Expr;
import llgo.frontend.syntax.Field;

final class TypeStrings {
    private final Package self;

    TypeStrings(Package self) { this.self = self; }

    String type(Type t) { return TypeWriter.write(TypeWriter.Style.MESSAGE, self, t); }

    /** {@code (params) results} of a signature, as printed after a method name. */
    String signature(Type.Signature sig) { return TypeWriter.signature(TypeWriter.Style.MESSAGE, self, sig); }

    // ---- expressions ----

    String expr(Expr e) {
        StringBuilder sb = new StringBuilder();
        writeExpr(sb, e);
        return sb.toString();
    }

    private void writeExpr(StringBuilder sb, Expr e) {
        if (e == null) return;
        if (e instanceof Expr.Bad) sb.append("_");
        else if (e instanceof Expr.Ident id) sb.append(id.name());
        else if (e instanceof Expr.BasicLit l) sb.append(l.value());
        else if (e instanceof Expr.CompositeLit c) { writeExpr(sb, c.type()); sb.append(c.elts().isEmpty() ? "{}" : "{…}"); }
        else if (e instanceof Expr.FuncLit f) { writeExpr(sb, f.type()); sb.append(" {…}"); }
        else if (e instanceof Expr.Paren p) { sb.append('('); writeExpr(sb, p.x()); sb.append(')'); }
        else if (e instanceof Expr.Selector s) { writeExpr(sb, s.x()); sb.append('.').append(s.sel().name()); }
        else if (e instanceof Expr.Index ix) { writeExpr(sb, ix.x()); sb.append('['); writeList(sb, ix.indices()); sb.append(']'); }
        else if (e instanceof Expr.Slice s) {
            writeExpr(sb, s.x());
            sb.append('[');
            writeExpr(sb, s.lo());
            sb.append(':');
            writeExpr(sb, s.hi());
            if (s.slice3()) { sb.append(':'); writeExpr(sb, s.max()); }
            sb.append(']');
        } else if (e instanceof Expr.TypeAssert a) {
            writeExpr(sb, a.x());
            sb.append(".(");
            if (a.type() == null) sb.append("type"); else writeExpr(sb, a.type());
            sb.append(')');
        } else if (e instanceof Expr.Call c) {
            writeExpr(sb, c.fun());
            sb.append('(');
            writeList(sb, c.args());
            if (c.hasEllipsis()) sb.append("...");
            sb.append(')');
        } else if (e instanceof Expr.Star s) { sb.append('*'); writeExpr(sb, s.x()); }
        else if (e instanceof Expr.Unary u) { sb.append(u.op().text); writeExpr(sb, u.x()); }
        else if (e instanceof Expr.Binary b) {
            writeExpr(sb, b.x());
            sb.append(' ').append(b.op().text).append(' ');
            writeExpr(sb, b.y());
        } else if (e instanceof Expr.KeyValue kv) { writeExpr(sb, kv.key()); sb.append(": "); writeExpr(sb, kv.value()); }
        else if (e instanceof Expr.ArrayType a) {
            sb.append('[');
            if (a.len() instanceof Expr.Ellipsis) sb.append("..."); else writeExpr(sb, a.len());
            sb.append(']');
            writeExpr(sb, a.elt());
        } else if (e instanceof Expr.StructType s) {
            sb.append("struct{");
            writeFields(sb, s.fields(), "; ");
            sb.append('}');
        } else if (e instanceof Expr.FuncType f) {
            sb.append("func(");
            writeFields(sb, f.params(), ", ");
            sb.append(')');
            if (!f.results().isEmpty()) {
                sb.append(' ');
                if (f.results().size() == 1 && f.results().get(0).names().isEmpty()) writeExpr(sb, f.results().get(0).type());
                else { sb.append('('); writeFields(sb, f.results(), ", "); sb.append(')'); }
            }
        } else if (e instanceof Expr.InterfaceType it) {
            sb.append("interface{");
            for (int i = 0; i < it.methods().size(); i++) {
                if (i > 0) sb.append("; ");
                Field f = it.methods().get(i);
                if (!f.names().isEmpty() && f.type() instanceof Expr.FuncType ft) {
                    sb.append(f.names().get(0).name());
                    String s = expr(ft);
                    sb.append(s.substring(4));
                } else writeExpr(sb, f.type());
            }
            sb.append('}');
        } else if (e instanceof Expr.MapType m) { sb.append("map["); writeExpr(sb, m.key()); sb.append(']'); writeExpr(sb, m.value()); }
        else if (e instanceof Expr.ChanType c) {
            sb.append(switch (c.dir()) { case BOTH -> "chan "; case SEND -> "chan<- "; case RECV -> "<-chan "; });
            writeExpr(sb, c.value());
        } else if (e instanceof Expr.Ellipsis el) { sb.append("..."); writeExpr(sb, el.elt()); }
    }

    private void writeList(StringBuilder sb, List<Expr> list) {
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) sb.append(", ");
            writeExpr(sb, list.get(i));
        }
    }

    private void writeFields(StringBuilder sb, List<Field> fields, String sep) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) sb.append(sep);
            Field f = fields.get(i);
            for (int j = 0; j < f.names().size(); j++) {
                if (j > 0) sb.append(", ");
                sb.append(f.names().get(j).name());
            }
            if (!f.names().isEmpty()) sb.append(' ');
            writeExpr(sb, f.type());
        }
    }
}
