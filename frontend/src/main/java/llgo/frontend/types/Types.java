package llgo.frontend.types;

import java.util.List;

/**
 * Type identity and the canonical printed form of types (Go spec: "Type identity";
 * go/types typestring.go). {@link #typeString} qualifies named types by package path, so
 * two types are identical exactly when their strings are equal, except for distinct
 * local types that share a name; callers that hash types use it with that caveat.
 */
public final class Types {
    private Types() {}

    /** Go spec "Type identity". */
    public static boolean identical(Type x, Type y) {
        if (x == y) return true;
        if (x == null || y == null) return false;
        if (x instanceof Basic a) return y instanceof Basic b && a.kind() == b.kind();
        if (x instanceof Type.Pointer a) return y instanceof Type.Pointer b && identical(a.elem(), b.elem());
        if (x instanceof Type.Slice a) return y instanceof Type.Slice b && identical(a.elem(), b.elem());
        if (x instanceof Type.Array a) return y instanceof Type.Array b && a.len() == b.len() && identical(a.elem(), b.elem());
        if (x instanceof Type.Map a) return y instanceof Type.Map b && identical(a.key(), b.key()) && identical(a.elem(), b.elem());
        if (x instanceof Type.Chan a) return y instanceof Type.Chan b && a.dir() == b.dir() && identical(a.elem(), b.elem());
        if (x instanceof Type.Struct a) return y instanceof Type.Struct b && identicalStructs(a, b);
        if (x instanceof Type.Tuple a) return y instanceof Type.Tuple b && identicalVars(a.vars(), b.vars());
        if (x instanceof Type.Signature a) return y instanceof Type.Signature b && a.variadic() == b.variadic()
                && a.typeParams().size() == b.typeParams().size()
                && identical(a.params(), b.params()) && identical(a.results(), b.results());
        if (x instanceof Interface a) return y instanceof Interface b && identicalInterfaces(a, b);
        return false;   // Named and TypeParam are identical only to themselves
    }

    private static boolean identicalVars(List<Obj.Var> a, List<Obj.Var> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (!identical(a.get(i).type(), b.get(i).type())) return false;
        return true;
    }

    private static boolean identicalStructs(Type.Struct a, Type.Struct b) {
        if (a.fields().size() != b.fields().size()) return false;
        for (int i = 0; i < a.fields().size(); i++) {
            Obj.Var f = a.fields().get(i), g = b.fields().get(i);
            if (f.embedded() != g.embedded() || !a.tags().get(i).equals(b.tags().get(i))
                    || !sameId(f, g) || !identical(f.type(), g.type())) return false;
        }
        return true;
    }

    private static boolean identicalInterfaces(Interface a, Interface b) {
        List<Obj.Func> ma = a.allMethods(), mb = b.allMethods();
        if (ma.size() != mb.size()) return false;
        for (int i = 0; i < ma.size(); i++) {
            if (!sameId(ma.get(i), mb.get(i)) || !identical(ma.get(i).type(), mb.get(i).type())) return false;
        }
        return true;
    }

    /** Same name, and for unexported names the same package (Go spec: "Uniqueness of identifiers"). */
    public static boolean sameId(Obj a, Obj b) {
        if (!a.name().equals(b.name())) return false;
        if (a.exported()) return true;
        return a.pkg() == b.pkg() || (a.pkg() != null && b.pkg() != null && a.pkg().path().equals(b.pkg().path()));
    }

    /** The type as go/types prints it, named types qualified by package path: {@code map[string][]main.T}. */
    public static String typeString(Type t) {
        StringBuilder sb = new StringBuilder();
        write(sb, t);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Type t) {
        if (t == null) sb.append("<nil>");
        else if (t instanceof Basic b) sb.append(Basic.of(b.kind()).name());   // canonical: byte prints as uint8
        else if (t instanceof Type.Pointer p) { sb.append('*'); write(sb, p.elem()); }
        else if (t instanceof Type.Slice s) { sb.append("[]"); write(sb, s.elem()); }
        else if (t instanceof Type.Array a) { sb.append('[').append(a.len()).append(']'); write(sb, a.elem()); }
        else if (t instanceof Type.Map m) { sb.append("map["); write(sb, m.key()); sb.append(']'); write(sb, m.elem()); }
        else if (t instanceof Type.Chan c) {
            sb.append(switch (c.dir()) { case BOTH -> "chan "; case SEND -> "chan<- "; case RECV -> "<-chan "; });
            boolean paren = c.dir() == Type.ChanDir.BOTH && c.elem() instanceof Type.Chan e && e.dir() == Type.ChanDir.RECV;
            if (paren) sb.append('(');
            write(sb, c.elem());
            if (paren) sb.append(')');
        } else if (t instanceof Type.Struct s) {
            sb.append("struct{");
            for (int i = 0; i < s.fields().size(); i++) {
                if (i > 0) sb.append("; ");
                Obj.Var f = s.fields().get(i);
                if (!f.embedded()) sb.append(f.name()).append(' ');
                write(sb, f.type());
                if (!s.tags().get(i).isEmpty()) sb.append(' ').append(quote(s.tags().get(i)));
            }
            sb.append('}');
        } else if (t instanceof Type.Tuple tu) {
            writeTuple(sb, tu, false);
        } else if (t instanceof Type.Signature sig) {
            sb.append("func");
            writeSignature(sb, sig);
        } else if (t instanceof Interface it) {
            sb.append("interface{");
            List<Obj.Func> ms = it.isComplete() ? it.allMethods() : it.explicitMethods();
            for (int i = 0; i < ms.size(); i++) {
                if (i > 0) sb.append("; ");
                sb.append(ms.get(i).name());
                writeSignature(sb, ms.get(i).signature());
            }
            if (!it.isComplete()) {
                for (Type e : it.embeddeds()) { if (sb.charAt(sb.length() - 1) != '{') sb.append("; "); write(sb, e); }
            }
            sb.append('}');
        } else if (t instanceof Named n) {
            Obj.TypeName obj = n.obj();
            if (obj.pkg() != null) sb.append(obj.pkg().path()).append('.');
            sb.append(obj.name());
        } else if (t instanceof TypeParam p) {
            sb.append(p.obj().name());
        }
    }

    /** Writes {@code (params) results} as go/types does. */
    private static void writeSignature(StringBuilder sb, Type.Signature sig) {
        writeTuple(sb, sig.params(), sig.variadic());
        int n = sig.results().size();
        if (n == 0) return;
        sb.append(' ');
        if (n == 1 && sig.results().vars().get(0).name().isEmpty()) {
            write(sb, sig.results().type(0));
            return;
        }
        writeTuple(sb, sig.results(), false);
    }

    private static void writeTuple(StringBuilder sb, Type.Tuple t, boolean variadic) {
        sb.append('(');
        List<Obj.Var> vs = t.vars();
        for (int i = 0; i < vs.size(); i++) {
            if (i > 0) sb.append(", ");
            Obj.Var v = vs.get(i);
            if (!v.name().isEmpty()) sb.append(v.name()).append(' ');
            if (variadic && i == vs.size() - 1 && v.type() instanceof Type.Slice s) {
                sb.append("...");
                write(sb, s.elem());
            } else {
                write(sb, v.type());
            }
        }
        sb.append(')');
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** The symbol name gc gives a function: {@code path.F}, {@code path.T.M}, {@code path.(*T).M}. */
    public static String funcFullName(Obj.Func f) {
        String pkg = f.pkg() == null ? "" : f.pkg().path() + ".";
        Obj.Var recv = f.signature().recv();
        if (recv == null) return pkg + f.name();
        Type rt = recv.type();
        boolean ptr = rt instanceof Type.Pointer;
        if (rt instanceof Type.Pointer p) rt = p.elem();
        String base = rt instanceof Named n ? n.obj().name() : typeString(rt);
        return ptr ? pkg + "(*" + base + ")." + f.name() : pkg + base + "." + f.name();
    }
}
