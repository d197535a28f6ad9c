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
    public static boolean identical(Type x, Type y) { return identical(x, y, null); }

    /**
     * The pairs of interfaces whose comparison is under way (go/types ifacePair): met again,
     * as in {@code type I1 interface{ F() interface{ I1 } }}, a pair is taken as identical.
     */
    private record Pairs(Interface a, Interface b, Pairs outer) {
        boolean has(Interface x, Interface y) {
            for (Pairs p = this; p != null; p = p.outer) if ((p.a == x && p.b == y) || (p.a == y && p.b == x)) return true;
            return false;
        }
    }

    private static boolean identical(Type x, Type y, Pairs p) {
        if (x == y) return true;
        if (x == null || y == null) return false;
        if (x instanceof Basic a) return y instanceof Basic b && a.kind() == b.kind();
        if (x instanceof Type.Pointer a) return y instanceof Type.Pointer b && identical(a.elem(), b.elem(), p);
        if (x instanceof Type.Slice a) return y instanceof Type.Slice b && identical(a.elem(), b.elem(), p);
        if (x instanceof Type.Array a) return y instanceof Type.Array b && a.len() == b.len() && identical(a.elem(), b.elem(), p);
        if (x instanceof Type.Map a) return y instanceof Type.Map b && identical(a.key(), b.key(), p) && identical(a.elem(), b.elem(), p);
        if (x instanceof Type.Chan a) return y instanceof Type.Chan b && a.dir() == b.dir() && identical(a.elem(), b.elem(), p);
        if (x instanceof Type.Struct a) return y instanceof Type.Struct b && identicalStructs(a, b, p);
        if (x instanceof Type.Tuple a) return y instanceof Type.Tuple b && identicalVars(a.vars(), b.vars(), p);
        if (x instanceof Type.Signature a) return y instanceof Type.Signature b && a.variadic() == b.variadic()
                && a.typeParams().size() == b.typeParams().size()
                && identical(a.params(), b.params(), p) && identical(a.results(), b.results(), p);
        if (x instanceof Interface a) return y instanceof Interface b && identicalInterfaces(a, b, p);
        if (x instanceof Named a) return y instanceof Named b && a.isInstance() && b.isInstance()
                && a.origin() == b.origin() && identicalLists(a.typeArgs(), b.typeArgs(), p);
        if (x instanceof Type.Union a) return y instanceof Type.Union b && a.terms().equals(b.terms());
        return false;   // declared types and type parameters are identical only to themselves
    }

    /** Pairwise identity of two type lists of the same length. */
    public static boolean identicalLists(List<Type> a, List<Type> b) { return identicalLists(a, b, null); }

    private static boolean identicalLists(List<Type> a, List<Type> b, Pairs p) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (!identical(a.get(i), b.get(i), p)) return false;
        return true;
    }

    private static boolean identicalVars(List<Obj.Var> a, List<Obj.Var> b, Pairs p) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (!identical(a.get(i).type(), b.get(i).type(), p)) return false;
        return true;
    }

    private static boolean identicalStructs(Type.Struct a, Type.Struct b, Pairs p) {
        if (a.fields().size() != b.fields().size()) return false;
        for (int i = 0; i < a.fields().size(); i++) {
            Obj.Var f = a.fields().get(i), g = b.fields().get(i);
            if (f.embedded() != g.embedded() || !a.tags().get(i).equals(b.tags().get(i))
                    || !sameId(f, g) || !identical(f.type(), g.type(), p)) return false;
        }
        return true;
    }

    private static boolean identicalInterfaces(Interface a, Interface b, Pairs p) {
        if (!a.isComplete() || !b.isComplete()) return false;
        if (a.isComparable() != b.isComparable() || !identicalTerms(a.terms(), b.terms(), p)) return false;
        List<Obj.Func> ma = a.allMethods(), mb = b.allMethods();
        if (ma.size() != mb.size()) return false;
        if (p != null && p.has(a, b)) return true;
        Pairs q = new Pairs(a, b, p);
        for (int i = 0; i < ma.size(); i++) {
            if (!sameId(ma.get(i), mb.get(i)) || !identical(ma.get(i).type(), mb.get(i).type(), q)) return false;
        }
        return true;
    }

    /** Same set of terms (null: all types). */
    private static boolean identicalTerms(List<Type.Term> a, List<Type.Term> b, Pairs p) {
        if (a == null || b == null) return a == b;
        if (a.size() != b.size()) return false;
        for (Type.Term x : a) {
            boolean found = false;
            for (Type.Term y : b) found |= x.tilde() == y.tilde() && identical(x.type(), y.type(), p);
            if (!found) return false;
        }
        return true;
    }

    /** Same name, and for unexported names the same package (Go spec: "Uniqueness of identifiers"). */
    public static boolean sameId(Obj a, Obj b) {
        if (!a.name().equals(b.name())) return false;
        if (a.exported()) return true;
        return a.pkg() == b.pkg() || (a.pkg() != null && b.pkg() != null && a.pkg().path().equals(b.pkg().path()));
    }

    /** Go spec "Comparison operators": whether == is defined on values of type t. */
    public static boolean comparable(Type t) { return Predicates.comparable(t); }

    /** Go spec "Constants": the default type of an untyped constant's type; any other type unchanged. */
    public static Type defaultType(Type t) { return Predicates.defaultType(t); }

    /** The type as go/types prints it, named types qualified by package path: {@code map[string][]main.T}. */
    public static String typeString(Type t) {
        return TypeWriter.write(TypeWriter.Style.CANONICAL, null, t);
    }

    /**
     * What the canonical form writes before a struct field's type: {@code "name "} for a
     * field with a name of its own; nothing for an embedded field whose name is the one its
     * canonical type implies ({@code struct{main.T}}); {@code "name = "} for an embedded
     * field named by an alias ({@code struct{ Int }} with {@code type Int = int}, or
     * {@code byte}), which is not identical to one named by the type itself.
     */
    public static String canonicalFieldLabel(Obj.Var field) {
        if (!field.embedded()) return field.name() + " ";
        Type t = field.type() instanceof Type.Pointer p ? p.elem() : field.type();
        String implied = t instanceof Named n ? n.obj().name() : t instanceof Basic b ? Basic.of(b.kind()).name() : null;
        return field.name().equals(implied) ? "" : field.name() + " = ";
    }

    /** The symbol name gc gives a function: {@code path.F}, {@code path.T.M}, {@code path.(*T).M}. */
    public static String funcFullName(Obj.Func f) {
        String pkg = f.pkg() == null ? "" : f.pkg().path() + ".";
        Obj.Var recv = f.signature().recv();
        if (recv == null) return pkg + f.name();
        Type rt = recv.type();
        boolean ptr = rt instanceof Type.Pointer;
        if (rt instanceof Type.Pointer p) rt = p.elem();
        String base = rt instanceof Named n ? n.obj().name() + typeArgsString(n.typeArgs()) : typeString(rt);
        return ptr ? pkg + "(*" + base + ")." + f.name() : pkg + base + "." + f.name();
    }

    /**
     * The type arguments of an instance as gc spells them in symbols: {@code [int,string]}
     * (comma, no space); empty for no arguments.
     */
    public static String typeArgsString(List<Type> targs) {
        if (targs.isEmpty()) return "";
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < targs.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append(typeString(targs.get(i)));
        }
        return sb.append(']').toString();
    }
}
