/*
 * Sizes, alignments and field offsets of types on linux/amd64, for unsafe.Sizeof,
 * unsafe.Alignof and unsafe.Offsetof (Go spec: "Size and alignment guarantees"). The rules
 * are gc's (cmd/compile/internal/noder/sizes.go, gcSizes: word 8, maximum alignment 8, a
 * struct whose last field has size zero gets one byte of padding so that a pointer to that
 * field stays inside the object), with one difference that is llgo's ABI: a func value is
 * two words, {code, context} (runtime/ABI.md "Value representation"), where gc's is one.
 * Codegen lays out every type the same way in LLVM; LayoutAgreementTest in codegen checks
 * that the two agree.
 */
package llgo.frontend.types;

public final class Sizes {
    /** The size of a pointer, an int and a machine word. */
    public static final long WORD = 8;

    private Sizes() {}

    public static long alignof(Type t) {
        Type u = t.underlying();
        if (u instanceof Type.Array a) return alignof(a.elem());
        if (u instanceof Type.Struct s) {
            long max = 1;
            for (Obj.Var f : s.fields()) max = Math.max(max, alignof(f.type()));
            return max;
        }
        if (u instanceof Basic b) {
            if (b.isString()) return WORD;
            long size = Math.max(1, b.size());
            boolean complex = b.kind() == Basic.Kind.COMPLEX64 || b.kind() == Basic.Kind.COMPLEX128;
            return Math.min(complex ? size / 2 : size, WORD);
        }
        return WORD;
    }

    public static long sizeof(Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) return b.size();
        if (u instanceof Type.Array a) return a.len() <= 0 ? 0 : sizeof(a.elem()) * a.len();
        if (u instanceof Type.Slice) return 3 * WORD;
        if (u instanceof Interface || u instanceof Type.Signature) return 2 * WORD;
        if (u instanceof Type.Struct s) {
            int n = s.fields().size();
            if (n == 0) return 0;
            long[] offsets = offsetsof(s);
            long end = offsets[n - 1] + sizeof(s.fields().get(n - 1).type()) + (endsInPad(s, offsets) ? 1 : 0);
            return align(end, alignof(u));
        }
        return WORD;
    }

    /** The offsets of a struct's fields, in declaration order. */
    public static long[] offsetsof(Type.Struct s) {
        long[] offsets = new long[s.fields().size()];
        long o = 0;
        for (int i = 0; i < offsets.length; i++) {
            Type ft = s.fields().get(i).type();
            o = align(o, alignof(ft));
            offsets[i] = o;
            o += sizeof(ft);
        }
        return offsets;
    }

    /**
     * Whether the struct ends in a zero-size field that is not at offset 0, which gc pads
     * with one byte (codegen adds an i8 after the last field).
     */
    public static boolean hasTrailingPad(Type.Struct s) {
        return endsInPad(s, offsetsof(s));
    }

    private static boolean endsInPad(Type.Struct s, long[] offsets) {
        int n = offsets.length;
        return n > 0 && offsets[n - 1] > 0 && sizeof(s.fields().get(n - 1).type()) == 0;
    }

    private static long align(long x, long a) { return (x + a - 1) / a * a; }
}
