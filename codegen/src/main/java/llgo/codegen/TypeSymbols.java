/*
 * The names of types in link-time symbols and LLVM struct type names (runtime/ABI.md "Type
 * descriptors": type:, eq:, hash:, itab: symbols are linkonce_odr and merge by name). A
 * type's canonical string (Types.typeString) names it uniquely except for types declared
 * inside functions (Go spec "Type declarations": their scope is the block), which may share
 * a package-qualified name with other declarations: two functions may each declare
 * {@code type T}. Such a type is written {@code pkgpath.T·N}, N numbering the local
 * declarations of that name in the package by source position (1, 2, ...), as gc's
 * {@code T·N}; so is every occurrence inside a composite type ({@code []main.T·2}). Types
 * without a local type keep their canonical string, so identical types of different
 * modules still merge. The printed name (reflect's String) is not affected.
 */
package llgo.codegen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import llgo.frontend.constant.ConstOps;
import llgo.frontend.types.Basic;
import llgo.frontend.types.Interface;
import llgo.frontend.types.Named;
import llgo.frontend.types.Obj;
import llgo.frontend.types.Package;
import llgo.frontend.types.Scope;
import llgo.frontend.types.Type;
import llgo.frontend.types.TypeParam;
import llgo.frontend.types.Types;

final class TypeSymbols {
    /** N of each function-local type name, filled per package on first use. */
    private final Map<Obj.TypeName, Integer> localNumbers = new IdentityHashMap<>();
    private final Map<Package, Boolean> numberedPackages = new IdentityHashMap<>();

    /** The name of t in symbols: its canonical string, with function-local named types numbered. */
    String symbol(Type t) {
        if (!containsLocalType(t)) return Types.typeString(t);
        StringBuilder sb = new StringBuilder();
        write(sb, t);
        return sb.toString();
    }

    /** Whether a named type declared inside a function occurs in t (named types are not looked into). */
    private static boolean containsLocalType(Type t) {
        if (t instanceof Named n) return isLocal(n.obj());
        if (t instanceof Type.Pointer p) return containsLocalType(p.elem());
        if (t instanceof Type.Slice s) return containsLocalType(s.elem());
        if (t instanceof Type.Array a) return containsLocalType(a.elem());
        if (t instanceof Type.Chan c) return containsLocalType(c.elem());
        if (t instanceof Type.Map m) return containsLocalType(m.key()) || containsLocalType(m.elem());
        if (t instanceof Type.Struct s) return s.fields().stream().anyMatch(f -> containsLocalType(f.type()));
        if (t instanceof Type.Tuple tu) return tu.vars().stream().anyMatch(v -> containsLocalType(v.type()));
        if (t instanceof Type.Signature sig) return containsLocalType(sig.params()) || containsLocalType(sig.results());
        if (t instanceof Interface it) return it.allMethods().stream().anyMatch(m -> containsLocalType(m.signature()));
        return false;
    }

    private static boolean isLocal(Obj.TypeName o) {
        return o.pkg() != null && o.parent() != null && o.parent() != o.pkg().scope();
    }

    private int localNumber(Obj.TypeName o) {
        if (numberedPackages.put(o.pkg(), Boolean.TRUE) == null) numberPackage(o.pkg());
        return localNumbers.get(o);
    }

    /** Numbers the package's function-local type declarations of each name in source order. */
    private void numberPackage(Package pkg) {
        Map<String, List<Obj.TypeName>> byName = new HashMap<>();
        for (Scope file : pkg.scope().children()) collectLocalTypes(file, byName);
        for (List<Obj.TypeName> decls : byName.values()) {
            decls.sort(Comparator.comparing(Obj::pos));
            for (int i = 0; i < decls.size(); i++) localNumbers.put(decls.get(i), i + 1);
        }
    }

    private static void collectLocalTypes(Scope s, Map<String, List<Obj.TypeName>> byName) {
        for (String name : s.names()) {
            if (s.lookup(name) instanceof Obj.TypeName tn && tn.type() instanceof Named && isLocal(tn)) {
                byName.computeIfAbsent(name, k -> new ArrayList<>()).add(tn);
            }
        }
        for (Scope child : s.children()) collectLocalTypes(child, byName);
    }

    /** Types.typeString's canonical form, with local named types numbered. */
    private void write(StringBuilder sb, Type t) {
        if (t instanceof Named n) {
            Obj.TypeName o = n.obj();
            if (o.pkg() != null) sb.append(o.pkg().path()).append('.');
            sb.append(o.name());
            if (isLocal(o)) sb.append('·').append(localNumber(o));
        } else if (t instanceof Basic b) {
            sb.append(Basic.of(b.kind()).name());
        } else if (t instanceof Type.Pointer p) {
            sb.append('*');
            write(sb, p.elem());
        } else if (t instanceof Type.Slice s) {
            sb.append("[]");
            write(sb, s.elem());
        } else if (t instanceof Type.Array a) {
            sb.append('[').append(a.len()).append(']');
            write(sb, a.elem());
        } else if (t instanceof Type.Map m) {
            sb.append("map[");
            write(sb, m.key());
            sb.append(']');
            write(sb, m.elem());
        } else if (t instanceof Type.Chan c) {
            sb.append(switch (c.dir()) { case BOTH -> "chan ("; case SEND -> "chan<- ("; case RECV -> "<-chan ("; });
            write(sb, c.elem());
            sb.append(')');
        } else if (t instanceof Type.Struct s) {
            writeStruct(sb, s);
        } else if (t instanceof Type.Tuple tu) {
            writeTuple(sb, tu);
        } else if (t instanceof Type.Signature sig) {
            sb.append("func");
            writeTuple(sb, sig.params());
            if (sig.variadic()) sb.append("...");
            writeTuple(sb, sig.results());
        } else if (t instanceof Interface it) {
            sb.append("interface{");
            List<Obj.Func> ms = it.allMethods();
            for (int i = 0; i < ms.size(); i++) {
                if (i > 0) sb.append("; ");
                sb.append(ms.get(i).name());
                write(sb, ms.get(i).signature());
            }
            sb.append('}');
        } else if (t instanceof TypeParam p) {
            sb.append(p.obj().name());
        } else {
            throw new IllegalArgumentException("no symbol for type " + t);
        }
    }

    private void writeStruct(StringBuilder sb, Type.Struct s) {
        sb.append("struct{");
        for (int i = 0; i < s.fields().size(); i++) {
            if (i > 0) sb.append("; ");
            Obj.Var f = s.fields().get(i);
            sb.append(Types.canonicalFieldLabel(f));
            write(sb, f.type());
            if (!s.tags().get(i).isEmpty()) sb.append(' ').append(ConstOps.quoteGo(s.tags().get(i)));
        }
        sb.append('}');
    }

    private void writeTuple(StringBuilder sb, Type.Tuple tu) {
        sb.append('(');
        for (int i = 0; i < tu.vars().size(); i++) {
            if (i > 0) sb.append(", ");
            write(sb, tu.vars().get(i).type());
        }
        sb.append(')');
    }
}
