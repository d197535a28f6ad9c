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
     * A Go string constant. Go strings are byte sequences, so {@code bytes} holds one Java
     * char per byte, each in 0..255 (ISO-8859-1); {@link #utf8()} decodes it for display.
     */
    record Str(String bytes) implements Value {
        public String utf8() {
            return new String(bytes.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
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
