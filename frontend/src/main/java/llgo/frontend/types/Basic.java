package llgo.frontend.types;

/**
 * Predeclared basic types and the untyped constant types (Go spec: "Boolean types",
 * "Numeric types", "String types", "Constants"). One instance per kind lives in
 * {@link #of}; {@code byte} and {@code rune} are aliases of uint8 and int32.
 */
public record Basic(Kind kind, String name) implements Type {

    public enum Kind {
        INVALID, BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR,
        FLOAT32, FLOAT64, COMPLEX64, COMPLEX128, STRING, UNSAFE_POINTER,
        UNTYPED_BOOL, UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT, UNTYPED_COMPLEX, UNTYPED_STRING, UNTYPED_NIL
    }

    private static final Basic[] TYPES = new Basic[Kind.values().length];
    static {
        String[] names = { "invalid type", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8",
            "uint16", "uint32", "uint64", "uintptr", "float32", "float64", "complex64", "complex128", "string",
            "unsafe.Pointer", "untyped bool", "untyped int", "untyped rune", "untyped float", "untyped complex",
            "untyped string", "untyped nil" };
        for (Kind k : Kind.values()) TYPES[k.ordinal()] = new Basic(k, names[k.ordinal()]);
    }

    public static Basic of(Kind k) { return TYPES[k.ordinal()]; }

    public static final Basic INVALID = of(Kind.INVALID);

    public boolean isBoolean() { return kind == Kind.BOOL || kind == Kind.UNTYPED_BOOL; }
    public boolean isString() { return kind == Kind.STRING || kind == Kind.UNTYPED_STRING; }
    public boolean isInteger() {
        return (kind.ordinal() >= Kind.INT.ordinal() && kind.ordinal() <= Kind.UINTPTR.ordinal())
                || kind == Kind.UNTYPED_INT || kind == Kind.UNTYPED_RUNE;
    }
    public boolean isUnsigned() { return kind.ordinal() >= Kind.UINT.ordinal() && kind.ordinal() <= Kind.UINTPTR.ordinal(); }
    public boolean isFloat() { return kind == Kind.FLOAT32 || kind == Kind.FLOAT64 || kind == Kind.UNTYPED_FLOAT; }
    public boolean isComplex() { return kind == Kind.COMPLEX64 || kind == Kind.COMPLEX128 || kind == Kind.UNTYPED_COMPLEX; }
    public boolean isNumeric() { return isInteger() || isFloat() || isComplex(); }
    public boolean isUntyped() { return kind.ordinal() >= Kind.UNTYPED_BOOL.ordinal(); }

    /** Size in bytes on amd64 (int and pointers 8); 0 for untyped kinds and invalid. */
    public long size() {
        return switch (kind) {
            case BOOL, INT8, UINT8 -> 1;
            case INT16, UINT16 -> 2;
            case INT32, UINT32, FLOAT32 -> 4;
            case INT, INT64, UINT, UINT64, UINTPTR, FLOAT64, COMPLEX64, UNSAFE_POINTER -> 8;
            case COMPLEX128, STRING -> 16;
            default -> 0;
        };
    }

    @Override public String toString() { return name; }
}
