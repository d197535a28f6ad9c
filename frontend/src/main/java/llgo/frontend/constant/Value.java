package llgo.frontend.constant;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact compile-time constant value (Go spec: "Constants"), like go/constant.Value.
 * Untyped and typed constants share these representations; the type is kept beside the
 * value in the checker's side table. Arithmetic lives in {@link ConstOps}.
 */
public sealed interface Value {

    record Bool(boolean value) implements Value {
        @Override public String toString() { return Boolean.toString(value); }
    }

    /**
     * A Go string constant. Go strings are byte sequences, so {@link #bytes()} holds one
     * Java char per byte, each in 0..255 (ISO-8859-1); {@link #utf8()} decodes it for
     * display. A concatenation ({@link #concat}) is kept as its two operands until its bytes
     * are asked for, as go/constant does: a constant written as thousands of literals joined
     * by + (time/tzdata's zip archive) then costs time and memory linear in its length, not
     * quadratic, although the checker keeps the value of every partial sum. The operands are
     * never dropped, so that values shared by packages checked in parallel need no locking;
     * flattening twice at once merely does the work twice.
     */
    final class Str implements Value {
        private volatile String flat;
        private final Str left;
        private final Str right;
        private final int length;

        public Str(String bytes) {
            this.flat = bytes;
            this.left = null;
            this.right = null;
            this.length = bytes.length();
        }

        private Str(Str left, Str right) {
            this.left = left;
            this.right = right;
            this.length = Math.addExact(left.length, right.length);
        }

        /** The constant {@code a + b}. */
        public static Str concat(Str a, Str b) {
            if (a.length == 0) return b;
            if (b.length == 0) return a;
            return new Str(a, b);
        }

        /** The length in bytes, known without flattening. */
        public int length() { return length; }

        /** The bytes, one char per byte. */
        public String bytes() {
            String s = flat;
            if (s != null) return s;
            StringBuilder out = new StringBuilder(length);
            java.util.ArrayDeque<Str> todo = new java.util.ArrayDeque<>();
            todo.push(this);
            while (!todo.isEmpty()) {
                Str n = todo.pop();
                String f = n.flat;
                if (f != null) {
                    out.append(f);
                } else {
                    todo.push(n.right);
                    todo.push(n.left);
                }
            }
            s = out.toString();
            flat = s;
            return s;
        }

        public String utf8() {
            return new String(bytes().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                    java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override public boolean equals(Object o) {
            return o == this || o instanceof Str s && s.length == length && s.bytes().equals(bytes());
        }

        @Override public int hashCode() { return bytes().hashCode(); }

        @Override public String toString() { return '"' + utf8() + '"'; }
    }

    /** Integer constants (also runes), of any size. */
    record Int(BigInteger value) implements Value {
        @Override public String toString() { return value.toString(); }
    }

    /** Floating-point constants, kept exactly where possible (division rounds to many digits). */
    record Float(BigDecimal value) implements Value {
        @Override public String toString() { return value.toString(); }
    }

    record Complex(BigDecimal re, BigDecimal im) implements Value {
        @Override public String toString() { return "(" + re + " + " + im + "i)"; }
    }

    /** The value of an erroneous constant expression; an error was already reported. */
    record Unknown() implements Value {
        @Override public String toString() { return "unknown"; }
    }
}
