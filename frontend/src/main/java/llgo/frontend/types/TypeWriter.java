/*
 * Printing of types, after go/types' typestring.go. One writer serves two styles:
 * CANONICAL ({@link Types#typeString}): named types qualified by package path, basic types
 * by their canonical names (byte prints as uint8), complete interfaces by their full method
 * sets, parameter names left out and embedded fields named by an alias labelled, so that
 * identical types print identically and others differently; MESSAGE (error messages, as types2
 * prints them): types of the package being checked unqualified and others qualified by
 * package name, byte/rune/any as written, interfaces as declared.
 */
package llgo.frontend.types;

import java.util.List;

import llgo.frontend.constant.ConstOps;

final class TypeWriter {
    enum Style { CANONICAL, MESSAGE }

    private final Style style;
    private final Package self;
    private final StringBuilder sb = new StringBuilder();

    /** @param self with MESSAGE, the package whose types print unqualified; null otherwise */
    TypeWriter(Style style, Package self) {
        this.style = style;
        this.self = self;
    }

    static String write(Style style, Package self, Type t) {
        TypeWriter w = new TypeWriter(style, self);
        w.type(t);
        return w.sb.toString();
    }

    /** Writes {@code (params) results} of a signature, as after a method name. */
    static String signature(Style style, Package self, Type.Signature sig) {
        TypeWriter w = new TypeWriter(style, self);
        w.signature(sig);
        return w.sb.toString();
    }

    private void type(Type t) {
        if (t == null) sb.append("<nil>");
        else if (t instanceof Basic b) sb.append(style == Style.CANONICAL ? Basic.of(b.kind()).name() : b.name());
        else if (t instanceof Type.Pointer p) { sb.append('*'); type(p.elem()); }
        else if (t instanceof Type.Slice s) { sb.append("[]"); type(s.elem()); }
        else if (t instanceof Type.Array a) { sb.append('[').append(a.len()).append(']'); type(a.elem()); }
        else if (t instanceof Type.Map m) { sb.append("map["); type(m.key()); sb.append(']'); type(m.elem()); }
        else if (t instanceof Type.Chan c) {
            sb.append(switch (c.dir()) { case BOTH -> "chan "; case SEND -> "chan<- "; case RECV -> "<-chan "; });
            boolean paren = c.dir() == Type.ChanDir.BOTH && c.elem() instanceof Type.Chan e && e.dir() == Type.ChanDir.RECV;
            if (paren) sb.append('(');
            type(c.elem());
            if (paren) sb.append(')');
        } else if (t instanceof Type.Struct s) {
            sb.append("struct{");
            for (int i = 0; i < s.fields().size(); i++) {
                if (i > 0) sb.append("; ");
                Obj.Var f = s.fields().get(i);
                if (style == Style.CANONICAL) sb.append(Types.canonicalFieldLabel(f));
                else if (!f.embedded()) sb.append(f.name()).append(' ');
                type(f.type());
                if (!s.tags().get(i).isEmpty()) sb.append(' ').append(ConstOps.quoteGo(s.tags().get(i)));
            }
            sb.append('}');
        } else if (t instanceof Type.Tuple tu) {
            tuple(tu, false);
        } else if (t instanceof Type.Signature sig) {
            sb.append("func");
            signature(sig);
        } else if (t instanceof Interface it) {
            interfaceType(it);
        } else if (t instanceof Named n) {
            Obj.TypeName obj = n.obj();
            if (obj.pkg() != null) {
                if (style == Style.CANONICAL) sb.append(obj.pkg().path()).append('.');
                else if (obj.pkg() != self) sb.append(obj.pkg().name()).append('.');
            }
            sb.append(obj.name());
            if (n.isInstance()) typeList(n.typeArgs());
            else if (!n.typeParams().isEmpty()) typeParamList(n.typeParams());
        } else if (t instanceof TypeParam p) {
            sb.append(p.obj().name());
        } else if (t instanceof Type.Union u) {
            terms(u.terms());
        }
    }

    private void typeList(List<Type> ts) {
        sb.append('[');
        for (int i = 0; i < ts.size(); i++) {
            if (i > 0) sb.append(", ");
            type(ts.get(i));
        }
        sb.append(']');
    }

    private void terms(List<Type.Term> ts) {
        for (int i = 0; i < ts.size(); i++) {
            if (i > 0) sb.append(" | ");
            if (ts.get(i).tilde()) sb.append('~');
            type(ts.get(i).type());
        }
    }

    private void interfaceType(Interface it) {
        if (style == Style.MESSAGE && it == Universe.ANY) { sb.append("any"); return; }
        boolean full = style == Style.CANONICAL && it.isComplete();
        if (it.isImplicit() && it.embeddeds().size() == 1 && !full) { type(it.embeddeds().get(0)); return; }
        sb.append("interface{");
        boolean first = true;
        if (full && it.isComparable()) { sb.append("comparable"); first = false; }
        if (full && it.terms() != null) {
            if (!first) sb.append("; ");
            first = false;
            terms(it.terms());
        }
        for (Obj.Func m : full ? it.allMethods() : it.explicitMethods()) {
            if (!first) sb.append("; ");
            first = false;
            sb.append(m.name());
            signature(m.signature());
        }
        if (!full) {
            for (Type e : it.embeddeds()) {
                if (!first) sb.append("; ");
                first = false;
                type(e);
            }
        }
        sb.append('}');
    }

    /** {@code [K comparable, V any]}, as types2 prints the parameters of a generic type or function. */
    private void typeParamList(List<TypeParam> tparams) {
        sb.append('[');
        for (int i = 0; i < tparams.size(); i++) {
            if (i > 0) sb.append(", ");
            TypeParam p = tparams.get(i);
            sb.append(p.obj().name());
            if (i + 1 < tparams.size() && tparams.get(i + 1).constraint() == p.constraint()) continue;
            sb.append(' ');
            type(p.constraint());
        }
        sb.append(']');
    }

    private void signature(Type.Signature sig) {
        if (!sig.typeParams().isEmpty()) typeParamList(sig.typeParams());
        tuple(sig.params(), sig.variadic());
        int n = sig.results().size();
        if (n == 0) return;
        sb.append(' ');
        if (n == 1 && (style == Style.CANONICAL || sig.results().vars().get(0).name().isEmpty())) {
            type(sig.results().type(0));
            return;
        }
        tuple(sig.results(), false);
    }

    private void tuple(Type.Tuple t, boolean variadic) {
        sb.append('(');
        List<Obj.Var> vs = t.vars();
        for (int i = 0; i < vs.size(); i++) {
            if (i > 0) sb.append(", ");
            Obj.Var v = vs.get(i);
            // Parameter names are not part of a type's identity (Go spec "Type identity").
            if (style == Style.MESSAGE && !v.name().isEmpty()) sb.append(v.name()).append(' ');
            if (variadic && i == vs.size() - 1 && v.type() instanceof Type.Slice s) {
                sb.append("...");
                type(s.elem());
            } else {
                type(v.type());
            }
        }
        sb.append(')');
    }
}
