package llgo.frontend.types;

import llgo.frontend.constant.Value;
import llgo.frontend.syntax.Pos;

/**
 * Named language entities (Go spec: "Declarations and scope"), like go/types.Object:
 * variables (incl. fields and parameters), constants, type names, functions and methods,
 * package names, builtins, labels and nil. Identity is object identity: each declaration
 * creates exactly one Obj, recorded in {@link Info#defs}, and every use points to it.
 */
public sealed abstract class Obj permits Obj.Var, Obj.Const, Obj.TypeName, Obj.Func, Obj.PkgName,
        Obj.Builtin, Obj.Label, Obj.Nil {
    private final Pos pos;
    private final Package pkg;   // null for universe objects
    private final String name;
    private Type type;
    private Scope parent;

    protected Obj(Pos pos, Package pkg, String name, Type type) {
        this.pos = pos;
        this.pkg = pkg;
        this.name = name;
        this.type = type;
    }

    public Pos pos() { return pos; }
    public Package pkg() { return pkg; }
    public String name() { return name; }
    public Type type() { return type; }
    public void setType(Type t) { this.type = t; }
    /** The scope this object is declared in; null for fields and methods. */
    public Scope parent() { return parent; }
    void setParent(Scope s) { this.parent = s; }

    public boolean exported() { return !name.isEmpty() && Character.isUpperCase(name.codePointAt(0)); }

    @Override public String toString() { return getClass().getSimpleName().toLowerCase() + " " + name; }

    /** A variable, struct field, parameter or result. */
    public static final class Var extends Obj {
        private final boolean isField;
        private final boolean embedded;
        private boolean used;

        public Var(Pos pos, Package pkg, String name, Type type, boolean isField, boolean embedded) {
            super(pos, pkg, name, type);
            this.isField = isField;
            this.embedded = embedded;
        }

        public static Var param(Pos pos, Package pkg, String name, Type type) { return new Var(pos, pkg, name, type, false, false); }

        public boolean isField() { return isField; }
        public boolean embedded() { return embedded; }
        /** Whether the variable is used (for "declared but not used"). */
        public boolean used() { return used; }
        public void markUsed() { used = true; }
        /** Restores the used flag (an assignment to a variable is not a use of it). */
        public void setUsed(boolean u) { used = u; }
    }

    public static final class Const extends Obj {
        private Value value;

        public Const(Pos pos, Package pkg, String name, Type type, Value value) {
            super(pos, pkg, name, type);
            this.value = value;
        }

        public Value value() { return value; }
        public void setValue(Value v) { this.value = v; }
    }

    /** A type name: a defined type (type is a Named), an alias, or a type parameter. */
    public static final class TypeName extends Obj {
        public TypeName(Pos pos, Package pkg, String name, Type type) { super(pos, pkg, name, type); }

        /** True for {@code type A = T}: the type is not a Named whose obj is this. */
        public boolean isAlias() {
            Type t = type();
            if (t == null) return false;
            if (t instanceof Named n) return n.obj() != this;
            if (t instanceof TypeParam p) return p.obj() != this;
            if (t instanceof Basic b) return !Basic.of(b.kind()).name().equals(name());
            return true;
        }
    }

    /**
     * A function or method; its type is a {@link Type.Signature} (recv non-null for methods).
     * Abstract interface methods are Funcs too.
     */
    public static final class Func extends Obj {
        private final Func origin;

        public Func(Pos pos, Package pkg, String name, Type.Signature sig) { this(pos, pkg, name, sig, null); }

        /** A method of an instance of a generic type, instantiated from origin's declaration. */
        public Func(Pos pos, Package pkg, String name, Type.Signature sig, Func origin) {
            super(pos, pkg, name, sig);
            this.origin = origin;
        }

        /** The declared method this one is instantiated from; this for a declared function. */
        public Func origin() { return origin == null ? this : origin; }

        public Type.Signature signature() { return (Type.Signature) type(); }

        /** Full name as gc spells it in symbols: {@code pkg.F}, {@code pkg.T.M}, {@code pkg.(*T).M}. */
        public String fullName() { return Types.funcFullName(this); }
    }

    /** The name an import declares in a file's scope. */
    public static final class PkgName extends Obj {
        private final Package imported;

        public PkgName(Pos pos, Package pkg, String name, Package imported) {
            super(pos, pkg, name, Basic.INVALID);
            this.imported = imported;
        }

        public Package imported() { return imported; }
    }

    /** The predeclared functions (Go spec: "Built-in functions") and package unsafe's. */
    public static final class Builtin extends Obj {
        public enum Id {
            APPEND, CAP, CLOSE, COMPLEX, COPY, DELETE, IMAG, LEN, MAKE, NEW, PANIC, PRINT, PRINTLN, REAL, RECOVER,
            UNSAFE_ADD, UNSAFE_ALIGNOF, UNSAFE_OFFSETOF, UNSAFE_SIZEOF, UNSAFE_SLICE
        }

        private final Id id;

        public Builtin(String name, Id id) {
            super(Pos.NONE, null, name, Basic.INVALID);
            this.id = id;
        }

        public Id id() { return id; }
    }

    public static final class Label extends Obj {
        public Label(Pos pos, Package pkg, String name) { super(pos, pkg, name, Basic.INVALID); }
    }

    /** The predeclared {@code nil}. */
    public static final class Nil extends Obj {
        public Nil() { super(Pos.NONE, null, "nil", Basic.of(Basic.Kind.UNTYPED_NIL)); }
    }
}
