/*
 * Sizes, alignments and field offsets of types on linux/amd64 as gc lays them out
 * (go/types sizes.go StdSizes with WordSize 8, MaxAlign 8), for unsafe.Sizeof,
 * unsafe.Alignof and unsafe.Offsetof. Go spec: "Size and alignment guarantees".
 */
package llgo.frontend.types;

final class Sizes {
    private Sizes() {}

    static long alignof(Type t) {
        Type u = t.underlying();
        if (u instanceof Type.Array a) return alignof(a.elem());
        if (u instanceof Type.Struct s) {
            long max = 1;
            for (Obj.Var f : s.fields()) max = Math.max(max, alignof(f.type()));
            return max;
        }
        if (u instanceof Type.Slice || u instanceof Interface) return 8;
        if (u instanceof Basic b) {
            if (b.isString()) return 8;
            if (b.kind() == Basic.Kind.COMPLEX128) return 8;
            if (b.kind() == Basic.Kind.COMPLEX64) return 4;
            long sz = Math.max(1, b.size());
            return Math.min(sz, 8);
        }
        return 8;
    }

    static long sizeof(Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) return b.size();
        if (u instanceof Type.Array a) {
            if (a.len() <= 0) return 0;
            long es = sizeof(a.elem()), ea = alignof(a.elem());
            return align(es, ea) * (a.len() - 1) + es;
        }
        if (u instanceof Type.Slice) return 24;
        if (u instanceof Interface) return 16;
        if (u instanceof Type.Struct s) {
            if (s.fields().isEmpty()) return 0;
            long[] offs = offsetsof(s);
            int n = s.fields().size();
            long size = offs[n - 1] + sizeof(s.fields().get(n - 1).type());
            return align(size, alignof(u));
        }
        return 8;
    }

    static long[] offsetsof(Type.Struct s) {
        long[] offs = new long[s.fields().size()];
        long o = 0;
        for (int i = 0; i < offs.length; i++) {
            Type ft = s.fields().get(i).type();
            o = align(o, alignof(ft));
            offs[i] = o;
            o += sizeof(ft);
        }
        return offs;
    }

    private static long align(long x, long a) { return (x + a - 1) / a * a; }
}
