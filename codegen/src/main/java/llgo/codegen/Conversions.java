/*
 * Conversions (Go spec: "Conversions"; go/ssa's Convert and ChangeType): between integer
 * types (truncate, or extend by the source's signedness), integer ↔ float, float ↔ float,
 * complex ↔ complex, integer → string (a rune), string ↔ []byte and []rune (copies),
 * pointer ↔ unsafe.Pointer ↔ uintptr. ChangeType keeps the bits; only a struct or array
 * that is named on one side and literal on the other changes LLVM type, and is rebuilt
 * through memory (identical layout).
 * Runtime functions: llgo_intstring, llgo_slicebytetostring, llgo_slicerunetostring,
 * llgo_stringtoslicebyte, llgo_stringtoslicerune.
 */
package llgo.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

import llgo.frontend.types.Basic;
import llgo.frontend.types.Type;
import llgo.ssa.Instruction.ChangeType;
import llgo.ssa.Instruction.Convert;
import llgo.ssa.Value;

final class Conversions {
    private final FunctionBuilder fb;

    Conversions(FunctionBuilder fb) { this.fb = fb; }

    LLVMValueRef createConvert(Convert i) {
        Type from = i.x().type().underlying(), to = i.type().underlying();
        LLVMValueRef x = fb.getValue(i.x());
        LLVMTypeRef toType = fb.llvmType(i.type());
        if (from instanceof Basic fb1 && to instanceof Basic tb) return createBasicConvert(fb1, tb, x, toType);
        if (from instanceof Type.Slice s && to instanceof Basic) {
            boolean bytes = isByte(s.elem());
            return fb.call(bytes ? fb.mc.runtime.slicebytetostring() : fb.mc.runtime.slicerunetostring(),
                    LLVMBuildExtractValue(fb.b, x, 0, ""), LLVMBuildExtractValue(fb.b, x, 1, ""));
        }
        if (from instanceof Basic && to instanceof Type.Slice s) {
            LLVMValueRef out = fb.createEntryAlloca(fb.mc.sliceType, "conv");
            fb.call(isByte(s.elem()) ? fb.mc.runtime.stringtoslicebyte() : fb.mc.runtime.stringtoslicerune(),
                    out, LLVMBuildExtractValue(fb.b, x, 0, ""), LLVMBuildExtractValue(fb.b, x, 1, ""));
            return LLVMBuildLoad2(fb.b, fb.mc.sliceType, out, "");
        }
        if (from instanceof Type.Slice && to instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array a) {
            return createSliceToArrayPointer(x, a.len());
        }
        if (from instanceof Basic b && b.kind() == Basic.Kind.UINTPTR) return LLVMBuildIntToPtr(fb.b, x, toType, "");
        if (to instanceof Basic b && b.kind() == Basic.Kind.UINTPTR) return LLVMBuildPtrToInt(fb.b, x, toType, "");
        return createCoerce(x, toType);     // pointer <-> unsafe.Pointer
    }

    /**
     * (*[n]T)(s) (Go spec "Conversions from slice to array pointer"): s's data pointer (nil for
     * a nil slice), after checking len(s) >= n (gc's panicSliceConvert, a boundsError).
     */
    private LLVMValueRef createSliceToArrayPointer(LLVMValueRef s, long n) {
        LLVMValueRef len = LLVMBuildExtractValue(fb.b, s, 1, "");
        LLVMValueRef tooShort = LLVMBuildICmp(fb.b, LLVMIntSLT, len, fb.i64(n), "");
        fb.createCheck(tooShort, "sliceconvert", () -> fb.call(fb.mc.runtime.panicsliceconvert(), fb.i64(n), len));
        return LLVMBuildExtractValue(fb.b, s, 0, "");
    }

    private LLVMValueRef createBasicConvert(Basic from, Basic to, LLVMValueRef x, LLVMTypeRef toType) {
        if (to.isString()) {
            if (from.isString()) return x;
            return fb.call(fb.mc.runtime.intstring(), createIntResize(x, from, fb.mc.i64));
        }
        if (from.kind() == Basic.Kind.UNSAFE_POINTER || to.kind() == Basic.Kind.UNSAFE_POINTER) {
            if (from.kind() == to.kind()) return x;
            return from.kind() == Basic.Kind.UNSAFE_POINTER ? LLVMBuildPtrToInt(fb.b, x, toType, "") : LLVMBuildIntToPtr(fb.b, x, toType, "");
        }
        if (from.isInteger() && to.isInteger()) return createIntResize(x, from, toType);
        if (from.isInteger() && to.isFloat()) {
            return from.isUnsigned() ? LLVMBuildUIToFP(fb.b, x, toType, "") : LLVMBuildSIToFP(fb.b, x, toType, "");
        }
        if (from.isFloat() && to.isInteger()) {
            // out of range the Go result is implementation-defined, the LLVM result poison: freeze pins it to some value
            LLVMValueRef r = to.isUnsigned() ? LLVMBuildFPToUI(fb.b, x, toType, "") : LLVMBuildFPToSI(fb.b, x, toType, "");
            return LLVMBuildFreeze(fb.b, r, "");
        }
        if (from.isFloat() && to.isFloat()) return LLVMBuildFPCast(fb.b, x, toType, "");
        if (from.isComplex() && to.isComplex()) {
            LLVMTypeRef part = LLVMStructGetTypeAtIndex(toType, 0);
            return fb.arithmetic.complex(LLVMBuildFPCast(fb.b, fb.arithmetic.re(x), part, ""),
                    LLVMBuildFPCast(fb.b, fb.arithmetic.im(x), part, ""), toType);
        }
        if (from.isBoolean() && to.isBoolean()) return x;
        throw new IllegalArgumentException("conversion " + from + " -> " + to);
    }

    /** An integer of Go type from, truncated or extended (by from's signedness) to type to. */
    LLVMValueRef createIntResize(LLVMValueRef x, Basic from, LLVMTypeRef to) {
        int fw = LLVMGetIntTypeWidth(LLVMTypeOf(x)), tw = LLVMGetIntTypeWidth(to);
        if (fw == tw) return x;
        if (fw > tw) return LLVMBuildTrunc(fb.b, x, to, "");
        return from.isUnsigned() ? LLVMBuildZExt(fb.b, x, to, "") : LLVMBuildSExt(fb.b, x, to, "");
    }

    /** An index or length operand of any integer type as an i64 (negative values stay negative). */
    LLVMValueRef createIndexToInt(Value v) {
        return createIntResize(fb.getValue(v), (Basic) v.type().underlying(), fb.mc.i64);
    }

    LLVMValueRef createChangeType(ChangeType i) {
        if (fb.isLarge(i.type())) return fb.getAddress(i.x());     // the same memory, read as the new type
        return createCoerce(fb.getValue(i.x()), fb.llvmType(i.type()));
    }

    /** x reinterpreted as LLVM type t; precondition: both have the same memory layout. */
    LLVMValueRef createCoerce(LLVMValueRef x, LLVMTypeRef t) {
        if (LLVMTypeOf(x).address() == t.address()) return x;
        LLVMValueRef slot = fb.createEntryAlloca(t, "coerce");
        LLVMBuildStore(fb.b, x, slot);
        return LLVMBuildLoad2(fb.b, t, slot, "");
    }

    private static boolean isByte(Type elem) {
        return elem.underlying() instanceof Basic b && (b.kind() == Basic.Kind.UINT8);
    }
}
