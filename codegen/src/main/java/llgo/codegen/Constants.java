/*
 * SSA constants as LLVM constants (Go spec: "Constants"; ABI.md "Value representation"):
 * booleans, integers of every size (two's complement, so uint64 values above MaxInt64 keep
 * their bits), floats rounded to the type, complex pairs, strings as {ptr, len} over a
 * private byte array (an integer constant of string type is string(rune)), and the zero value of any type (nil, zero struct, zero array).
 */
package llgo.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

import llgo.frontend.constant.Value;
import llgo.frontend.types.Basic;
import llgo.ssa.Const;

final class Constants {
    private final ModuleContext mc;

    Constants(ModuleContext mc) { this.mc = mc; }

    LLVMValueRef create(Const c) {
        LLVMTypeRef t = mc.getLLVMType(c.type());
        Value v = c.value();
        if (v == null) return LLVMConstNull(t);
        if (v instanceof Value.Bool bv) return LLVMConstInt(t, bv.value() ? 1 : 0, 0);
        if (v instanceof Value.Str s) return mc.constString(s.bytes());
        Basic basic = c.type().underlying() instanceof Basic b ? b : null;
        if (basic == null) throw new IllegalArgumentException("constant " + c + " of a non-basic type");
        if (basic.isString()) return mc.constString(runeString(integer(v)));
        int kind = LLVMGetTypeKind(t);
        if (kind == LLVMIntegerTypeKind) return LLVMConstInt(t, integer(v), 0);
        if (kind == LLVMFloatTypeKind || kind == LLVMDoubleTypeKind) return LLVMConstReal(t, real(v));
        if (basic.isComplex()) {
            LLVMTypeRef part = LLVMStructGetTypeAtIndex(t, 0);
            double re = v instanceof Value.Complex cx ? cx.re().doubleValue() : real(v);
            double im = v instanceof Value.Complex cx ? cx.im().doubleValue() : 0;
            return LLVMConstStructInContext(mc.ctx, LLVMArrays.of(LLVMConstReal(part, re), LLVMConstReal(part, im)), 2, 0);
        }
        throw new IllegalArgumentException("constant " + c + " has no LLVM form");
    }

    /**
     * string(rune) of an integer constant (Go spec: "Conversions to and from a string
     * type"): its UTF-8 encoding, "\uFFFD" when it is not a valid code point; one char per byte.
     */
    private static String runeString(long rune) {
        boolean valid = rune >= 0 && rune <= Character.MAX_CODE_POINT && !(rune >= 0xD800 && rune <= 0xDFFF);
        String utf16 = new String(Character.toChars(valid ? (int) rune : 0xFFFD));
        return new String(utf16.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** The low 64 bits of an integral constant (LLVMConstInt truncates to the type's width). */
    private static long integer(Value v) {
        if (v instanceof Value.Int i) return i.value().longValue();
        if (v instanceof Value.Float f) return f.value().toBigInteger().longValue();
        if (v instanceof Value.Complex c) return c.re().toBigInteger().longValue();
        throw new IllegalArgumentException("not an integer constant: " + v);
    }

    private static double real(Value v) {
        if (v instanceof Value.Int i) return new BigDecimal(i.value()).doubleValue();
        if (v instanceof Value.Float f) return f.value().doubleValue();
        if (v instanceof Value.Complex c) return c.re().doubleValue();
        throw new IllegalArgumentException("not a numeric constant: " + v);
    }
}
