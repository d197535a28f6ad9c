/*
 * Exact constant arithmetic (Go spec: "Constant expressions", "Representability",
 * "Conversions" of constants), playing the role of go/constant. Integers are exact
 * BigIntegers; floats are BigDecimals, exact under + - * and rounded to PREC digits by
 * division; complex values are pairs of those. Typed results are rounded to float32 or
 * float64 and range-checked by representable(), which the checker calls after every
 * operation on typed constants, as gc does.
 */
package llgo.frontend.constant;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;

import llgo.frontend.syntax.Op;

public final class ConstOps {
    private ConstOps() {}

    /** Precision (decimal digits) of inexact untyped float operations, above gc's 512 bits. */
    public static final MathContext PREC = new MathContext(170, RoundingMode.HALF_EVEN);

    /** Untyped integer constants may not exceed this many bits (gc: "constant overflow"). */
    public static final int MAX_INT_BITS = 512;

    public static Value.Int makeInt(long v) { return new Value.Int(BigInteger.valueOf(v)); }
    public static Value.Int makeInt(BigInteger v) { return new Value.Int(v); }
    public static Value.Str makeString(String bytes) { return new Value.Str(bytes); }
    public static Value.Bool makeBool(boolean b) { return new Value.Bool(b); }

    /** Go strings are bytes; returns the one-char-per-byte form of a Java (UTF-16) string. */
    public static String bytesOf(String utf16) {
        return new String(utf16.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    // ---- kinds and conversions between representations ----

    public static boolean isUnknown(Value v) { return v == null || v instanceof Value.Unknown; }

    public static boolean isNumeric(Value v) {
        return v instanceof Value.Int || v instanceof Value.Float || v instanceof Value.Complex;
    }

    /** v as an exact integer, or null if v has a fractional or imaginary part (go/constant.ToInt). */
    public static BigInteger toBigInteger(Value v) {
        if (v instanceof Value.Int i) return i.value();
        if (v instanceof Value.Float f) {
            BigDecimal d = f.value().signum() == 0 ? BigDecimal.ZERO : f.value().stripTrailingZeros();
            if (d.scale() > 0) return null;
            // an integral value too large for any integer type: keep its sign, not its (huge) digits
            if (d.precision() - d.scale() > 1000) return BigInteger.ONE.shiftLeft(4000).multiply(BigInteger.valueOf(d.signum()));
            return d.toBigInteger();
        }
        if (v instanceof Value.Complex c && c.im().signum() == 0) return toBigInteger(new Value.Float(c.re()));
        return null;
    }

    /** v as Int if it is integral, else v itself. */
    public static Value toInt(Value v) {
        BigInteger b = toBigInteger(v);
        return b != null ? new Value.Int(b) : v;
    }

    /** v as Float, or null if it has an imaginary part or is not numeric. */
    public static Value.Float toFloat(Value v) {
        if (v instanceof Value.Int i) return new Value.Float(new BigDecimal(i.value()));
        if (v instanceof Value.Float f) return f;
        if (v instanceof Value.Complex c && c.im().signum() == 0) return new Value.Float(c.re());
        return null;
    }

    public static Value.Complex toComplex(Value v) {
        if (v instanceof Value.Complex c) return c;
        Value.Float f = toFloat(v);
        return f == null ? null : new Value.Complex(f.value(), BigDecimal.ZERO);
    }

    public static int sign(Value v) {
        if (v instanceof Value.Int i) return i.value().signum();
        if (v instanceof Value.Float f) return f.value().signum();
        if (v instanceof Value.Complex c) return c.re().signum() | c.im().signum();
        return 0;
    }

    // ---- literals ----

    /**
     * The value of an integer, float or imaginary literal as written in source (prefixes,
     * underscores, hex floats allowed), or Unknown if it is malformed.
     */
    public static Value parseNumber(String lit) {
        String s = lit.replace("_", "");
        try {
            if (s.endsWith("i")) {
                Value re = parseNumber(s.substring(0, s.length() - 1), true);
                Value.Float f = re == null ? null : toFloat(re);
                return f == null ? new Value.Unknown() : new Value.Complex(BigDecimal.ZERO, f.value());
            }
            Value v = parseNumber(s, false);
            return v == null ? new Value.Unknown() : v;
        } catch (NumberFormatException | ArithmeticException e) {
            return new Value.Unknown();
        }
    }

    private static Value parseNumber(String s, boolean imag) {
        String lower = s.toLowerCase();
        if (lower.startsWith("0x")) {
            if (lower.contains("p") || lower.contains(".")) return new Value.Float(parseHexFloat(lower.substring(2)));
            return new Value.Int(new BigInteger(lower.substring(2), 16));
        }
        if (lower.startsWith("0b")) return new Value.Int(new BigInteger(lower.substring(2), 2));
        if (lower.startsWith("0o")) return new Value.Int(new BigInteger(lower.substring(2), 8));
        if (lower.contains(".") || lower.contains("e")) return new Value.Float(new BigDecimal(lower));
        if (!imag && lower.length() > 1 && lower.startsWith("0")) return new Value.Int(new BigInteger(lower.substring(1), 8));
        return new Value.Int(new BigInteger(lower, 10));
    }

    private static BigDecimal parseHexFloat(String s) {
        int p = s.indexOf('p');
        String mant = p < 0 ? s : s.substring(0, p);
        int exp = p < 0 ? 0 : Integer.parseInt(s.substring(p + 1).replace("+", ""));
        int dot = mant.indexOf('.');
        String digits = dot < 0 ? mant : mant.substring(0, dot) + mant.substring(dot + 1);
        int frac = dot < 0 ? 0 : mant.length() - dot - 1;
        BigDecimal m = new BigDecimal(digits.isEmpty() ? BigInteger.ZERO : new BigInteger(digits, 16));
        int e2 = exp - 4 * frac;
        BigDecimal two = BigDecimal.valueOf(2);
        return e2 >= 0 ? m.multiply(two.pow(e2)) : m.divide(two.pow(-e2));
    }

    /**
     * The value of a rune or string literal (quotes included): an Int for runes, a Str of
     * bytes for strings; Unknown if malformed (the parser has reported it).
     */
    public static Value parseQuoted(String lit, boolean rune) {
        if (lit.length() < 2) return new Value.Unknown();
        char q = lit.charAt(0);
        String body = lit.substring(1, lit.length() - (lit.charAt(lit.length() - 1) == q ? 1 : 0));
        if (q == '`') return new Value.Str(bytesOf(body.replace("\r", "")));
        StringBuilder out = new StringBuilder();
        int i = 0;
        int firstRune = -1;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c != '\\') {
                int cp = body.codePointAt(i);
                if (firstRune < 0) firstRune = cp;
                out.append(bytesOf(new String(Character.toChars(cp))));
                i += Character.charCount(cp);
                continue;
            }
            if (i + 1 >= body.length()) return new Value.Unknown();
            char e = body.charAt(i + 1);
            i += 2;
            int val;
            boolean isByte = false;
            switch (e) {
                case 'a' -> val = 7; case 'b' -> val = 8; case 'f' -> val = 12; case 'n' -> val = 10;
                case 'r' -> val = 13; case 't' -> val = 9; case 'v' -> val = 11;
                case '\\' -> val = '\\'; case '\'' -> val = '\''; case '"' -> val = '"';
                case 'x' -> { val = hex(body, i, 2); i += 2; isByte = true; }
                case 'u' -> { val = hex(body, i, 4); i += 4; }
                case 'U' -> { val = hex(body, i, 8); i += 8; }
                default -> {
                    if (i + 2 > body.length()) return new Value.Unknown();
                    val = 0;
                    for (int k = i - 1; k < i + 2; k++) {
                        char d = body.charAt(k);
                        if (d < '0' || d > '7') return new Value.Unknown();
                        val = val * 8 + (d - '0');
                    }
                    i += 2;
                    isByte = true;
                }
            }
            if (val < 0) return new Value.Unknown();
            if (firstRune < 0) firstRune = val;
            if (isByte) out.append((char) (val & 0xff));
            else if (val > 0x10FFFF || (val >= 0xD800 && val < 0xE000)) return new Value.Unknown();
            else out.append(bytesOf(new String(Character.toChars(val))));
        }
        if (rune) return firstRune < 0 ? new Value.Unknown() : makeInt(firstRune);
        return new Value.Str(out.toString());
    }

    private static int hex(String s, int from, int n) {
        if (from + n > s.length()) return -1;
        long v = 0;
        for (int k = from; k < from + n; k++) {
            int d = Character.digit(s.charAt(k), 16);
            if (d < 0) return -1;
            v = v * 16 + d;
        }
        return v > Integer.MAX_VALUE ? -1 : (int) v;
    }

    // ---- operations ----

    /** Unary {@code op x} for + - ^ !; {@code unsignedBits} is the size of an unsigned typed operand of ^ (0 if signed or untyped). */
    public static Value unary(Op op, Value x, int unsignedBits) {
        if (isUnknown(x)) return new Value.Unknown();
        switch (op) {
            case ADD: return x;
            case SUB:
                if (x instanceof Value.Int i) return new Value.Int(i.value().negate());
                if (x instanceof Value.Float f) return new Value.Float(f.value().negate());
                if (x instanceof Value.Complex c) return new Value.Complex(c.re().negate(), c.im().negate());
                break;
            case XOR:
                if (x instanceof Value.Int i) {
                    BigInteger r = i.value().not();
                    if (unsignedBits > 0) r = r.and(BigInteger.ONE.shiftLeft(unsignedBits).subtract(BigInteger.ONE));
                    return new Value.Int(r);
                }
                break;
            case NOT:
                if (x instanceof Value.Bool b) return new Value.Bool(!b.value());
                break;
            default:
        }
        return new Value.Unknown();
    }

    /**
     * Binary arithmetic {@code x op y} for + - * / % & | ^ &^ && ||. With {@code intDiv},
     * / on integers truncates (integer operands of integer type); otherwise it is exact.
     * Precondition: a division's divisor is not zero (the checker reports that first).
     */
    public static Value binary(Value x, Op op, Value y, boolean intDiv) {
        if (isUnknown(x) || isUnknown(y)) return new Value.Unknown();
        if (x instanceof Value.Bool a && y instanceof Value.Bool b) {
            return switch (op) {
                case LAND -> new Value.Bool(a.value() && b.value());
                case LOR -> new Value.Bool(a.value() || b.value());
                default -> new Value.Unknown();
            };
        }
        if (x instanceof Value.Str a && y instanceof Value.Str b) {
            return op == Op.ADD ? Value.Str.concat(a, b) : new Value.Unknown();
        }
        if (x instanceof Value.Int a && y instanceof Value.Int b) {
            BigInteger p = a.value(), q = b.value();
            switch (op) {
                case ADD: return new Value.Int(p.add(q));
                case SUB: return new Value.Int(p.subtract(q));
                case MUL: return new Value.Int(p.multiply(q));
                case QUO:
                    if (intDiv) return new Value.Int(p.divide(q));
                    return new Value.Float(new BigDecimal(p).divide(new BigDecimal(q), PREC));
                case REM: return new Value.Int(p.remainder(q));
                case AND: return new Value.Int(p.and(q));
                case OR: return new Value.Int(p.or(q));
                case XOR: return new Value.Int(p.xor(q));
                case AND_NOT: return new Value.Int(p.andNot(q));
                default: return new Value.Unknown();
            }
        }
        if (x instanceof Value.Complex || y instanceof Value.Complex) {
            Value.Complex a = toComplex(x), b = toComplex(y);
            if (a == null || b == null) return new Value.Unknown();
            BigDecimal ar = a.re(), ai = a.im(), br = b.re(), bi = b.im();
            switch (op) {
                case ADD: return new Value.Complex(ar.add(br, PREC), ai.add(bi, PREC));
                case SUB: return new Value.Complex(ar.subtract(br, PREC), ai.subtract(bi, PREC));
                case MUL: return new Value.Complex(ar.multiply(br, PREC).subtract(ai.multiply(bi, PREC), PREC),
                        ar.multiply(bi, PREC).add(ai.multiply(br, PREC), PREC));
                case QUO: {
                    BigDecimal d = br.multiply(br, PREC).add(bi.multiply(bi, PREC), PREC);
                    BigDecimal re = ar.multiply(br, PREC).add(ai.multiply(bi, PREC), PREC).divide(d, PREC);
                    BigDecimal im = ai.multiply(br, PREC).subtract(ar.multiply(bi, PREC), PREC).divide(d, PREC);
                    return new Value.Complex(re, im);
                }
                default: return new Value.Unknown();
            }
        }
        Value.Float a = toFloat(x), b = toFloat(y);
        if (a == null || b == null) return new Value.Unknown();
        BigDecimal p = a.value(), q = b.value();
        return switch (op) {
            case ADD -> finite(p.add(q, PREC));
            case SUB -> finite(p.subtract(q, PREC));
            case MUL -> finite(p.multiply(q, PREC));
            case QUO -> finite(p.divide(q, PREC));
            default -> new Value.Unknown();
        };
    }

    /**
     * Largest decimal exponent of a float constant: go/constant keeps floats as big.Float,
     * whose binary exponent is an int32, so a result of 2^(2^31) or more is infinite and
     * the constant unknown ("constant result is not representable").
     */
    private static final int MAX_FLOAT_EXP10 = 646_456_992;

    private static Value finite(BigDecimal v) {
        if (v.signum() != 0 && v.precision() - v.scale() - 1 > MAX_FLOAT_EXP10) return new Value.Unknown();
        return new Value.Float(v);
    }

    /** {@code x << s} or {@code x >> s}; x an integer value, s a non-negative count that fits in an int. */
    public static Value shift(Value x, Op op, int s) {
        if (!(x instanceof Value.Int i)) return new Value.Unknown();
        return new Value.Int(op == Op.SHL ? i.value().shiftLeft(s) : i.value().shiftRight(s));
    }

    /** {@code x op y} for == != < <= > >=; operands of the same kind class. */
    public static boolean compare(Value x, Op op, Value y) {
        if (isUnknown(x) || isUnknown(y)) return false;
        int c;
        if (x instanceof Value.Bool a && y instanceof Value.Bool b) {
            if (op == Op.EQL) return a.value() == b.value();
            if (op == Op.NEQ) return a.value() != b.value();
            return false;
        }
        if (x instanceof Value.Str a && y instanceof Value.Str b) {
            c = compareBytes(a.bytes(), b.bytes());
        } else if (x instanceof Value.Complex || y instanceof Value.Complex) {
            Value.Complex a = toComplex(x), b = toComplex(y);
            if (a == null || b == null) return false;
            boolean eq = a.re().compareTo(b.re()) == 0 && a.im().compareTo(b.im()) == 0;
            return op == Op.EQL ? eq : op == Op.NEQ && !eq;
        } else if (x instanceof Value.Int a && y instanceof Value.Int b) {
            c = a.value().compareTo(b.value());
        } else {
            Value.Float a = toFloat(x), b = toFloat(y);
            if (a == null || b == null) return false;
            c = a.value().compareTo(b.value());
        }
        return switch (op) {
            case EQL -> c == 0; case NEQ -> c != 0; case LSS -> c < 0;
            case LEQ -> c <= 0; case GTR -> c > 0; case GEQ -> c >= 0;
            default -> false;
        };
    }

    private static int compareBytes(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            int d = Integer.compare(a.charAt(i) & 0xff, b.charAt(i) & 0xff);
            if (d != 0) return d;
        }
        return Integer.compare(a.length(), b.length());
    }

    /**
     * A hash key for a known constant: the keys of x and y are equal exactly when
     * {@link #equal}(x, y), so that duplicate keys and cases are found with a hash map.
     * Numbers are keyed by their value whatever their representation (1, 1.0 and 1+0i alike).
     */
    public static Object key(Value v) {
        if (v instanceof Value.Int i) return i.value();
        if (v instanceof Value.Float f) return numberKey(f.value());
        if (v instanceof Value.Complex c) {
            return c.im().signum() == 0 ? numberKey(c.re()) : List.of(numberKey(c.re()), numberKey(c.im()));
        }
        return v;
    }

    private static Object numberKey(BigDecimal d) {
        if (d.signum() == 0) return BigInteger.ZERO;
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() <= 0 ? s.toBigIntegerExact() : s;
    }

    /** Whether two constant values are equal (for duplicate-case and duplicate-key checks). */
    public static boolean equal(Value x, Value y) {
        if (isNumeric(x) && isNumeric(y)) return compare(x, Op.EQL, y);
        return !isUnknown(x) && x.equals(y);
    }

    // ---- representability ----

    /** Target classes for {@link #represent}: what a basic type can hold. */
    public enum Target {
        BOOL, STRING, INT, FLOAT32, FLOAT64, UNTYPED_FLOAT, COMPLEX64, COMPLEX128, UNTYPED_COMPLEX
    }

    /**
     * Go spec "Representability": x converted to a value of a type of the given class; for
     * INT the range is [min, max]. Returns the (rounded) value, or null if x is not
     * representable.
     */
    public static Value represent(Value x, Target t, BigInteger min, BigInteger max) {
        switch (t) {
            case BOOL: return x instanceof Value.Bool ? x : null;
            case STRING: return x instanceof Value.Str ? x : null;
            case INT: {
                BigInteger b = toBigInteger(x);
                if (b == null || b.compareTo(min) < 0 || b.compareTo(max) > 0) return null;
                return x instanceof Value.Int ? x : new Value.Int(b);
            }
            case FLOAT32: case FLOAT64: case UNTYPED_FLOAT: {
                if (!isNumeric(x)) return null;
                Value.Float f = toFloat(x);
                if (f == null) return null;
                if (x instanceof Value.Int && t == Target.UNTYPED_FLOAT) return x;
                BigDecimal r = round(f.value(), t);
                return r == null ? null : new Value.Float(r);
            }
            default: {
                if (!isNumeric(x)) return null;
                Value.Complex c = toComplex(x);
                if (t == Target.UNTYPED_COMPLEX) return x;
                Target part = t == Target.COMPLEX64 ? Target.FLOAT32 : Target.FLOAT64;
                BigDecimal re = round(c.re(), part), im = round(c.im(), part);
                return re == null || im == null ? null : new Value.Complex(re, im);
            }
        }
    }

    /** x rounded to float32 or float64 (exactly representable result), or null on overflow. */
    private static BigDecimal round(BigDecimal x, Target t) {
        if (t == Target.UNTYPED_FLOAT) return x;
        if (x.signum() == 0) return BigDecimal.ZERO;
        if (t == Target.FLOAT32) {
            float f = x.floatValue();
            return Float.isInfinite(f) ? null : new BigDecimal(f);
        }
        double d = x.doubleValue();
        return Double.isInfinite(d) ? null : new BigDecimal(d);
    }

    /** The value as gc prints it in messages (go/constant's String: floats shortened). */
    public static String format(Value v) {
        if (v instanceof Value.Float f) return formatFloat(f.value());
        if (v instanceof Value.Complex c) return "(" + formatFloat(c.re()) + " + " + formatFloat(c.im()) + "i)";
        if (v instanceof Value.Str s) {
            String q = quoteGo(s.utf8());
            return q.length() > 72 ? q.substring(0, 69) + "..." : q;
        }
        return String.valueOf(v);
    }

    private static String formatFloat(BigDecimal x) {
        BigDecimal s = x.stripTrailingZeros();
        if (s.scale() <= 0 && s.precision() - s.scale() <= 21) return s.toBigInteger().toString();
        double d = x.doubleValue();
        if (!Double.isInfinite(d) && Math.abs(d) >= 1e-4 && Math.abs(d) < 1e21) {
            BigDecimal r = new BigDecimal(x.round(new MathContext(6)).stripTrailingZeros().toPlainString());
            return r.toPlainString();
        }
        return x.round(new MathContext(6)).stripTrailingZeros().toString().replace("E", "e");
    }

    /** Go's strconv.Quote for a string that is valid UTF-8 in the common cases. */
    public static String quoteGo(String s) {
        StringBuilder b = new StringBuilder("\"");
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (cp < 0x20 || cp == 0x7f) b.append(String.format("\\x%02x", cp));
                    else b.appendCodePoint(cp);
                }
            }
        });
        return b.append('"').toString();
    }
}
