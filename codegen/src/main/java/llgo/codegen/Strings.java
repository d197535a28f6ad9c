/*
 * String operations (Go spec: "String types", "Index expressions", "Arithmetic operators"
 * for +, "For statements with range clause"): concatenation through the runtime; s[i], a
 * bounds-checked byte load (the Lookup instruction on a string; on a map it is Maps'); range over a string, whose iterator (the Range instruction) is a frame
 * slot {data, len, offset} and whose Next decodes one rune at the offset. Strings are the
 * literal {ptr, i64} of ABI.md and are passed to the runtime as two words.
 * Runtime functions: llgo_concatstring2, llgo_decoderune, llgo_panicindex, llgo_panicindexu.
 */
package llgo.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

import llgo.frontend.types.Basic;
import llgo.ssa.Instruction.Lookup;
import llgo.ssa.Instruction.Next;
import llgo.ssa.Instruction.Range;

final class Strings {
    private final FunctionBuilder fb;

    Strings(FunctionBuilder fb) { this.fb = fb; }

    LLVMValueRef createConcat(LLVMValueRef x, LLVMValueRef y) {
        return fb.call(fb.mc.runtime.concatstring2(), data(x), len(x), data(y), len(y));
    }

    LLVMValueRef createLookup(Lookup i) {
        LLVMValueRef s = fb.getValue(i.x());
        LLVMValueRef index = fb.conversions.createIndexToInt(i.index());
        fb.slices.createBoundsCheck(index, len(s), Slices.isUnsigned(i.index()));
        LLVMValueRef p = LLVMBuildGEP2(fb.b, fb.mc.i8, data(s), LLVMArrays.of(index), 1, "");
        return LLVMBuildLoad2(fb.b, fb.mc.i8, p, "");
    }

    /** The iterator of range over a string: the address of a frame slot {data, len, offset = 0}. */
    LLVMValueRef createRange(Range i) {
        LLVMValueRef s = fb.getValue(i.x());
        LLVMValueRef iter = fb.createEntryAlloca(iteratorType(), "rangestring");
        LLVMBuildStore(fb.b, LLVMBuildInsertValue(fb.b, LLVMBuildInsertValue(fb.b, LLVMBuildInsertValue(fb.b,
                LLVMGetUndef(iteratorType()), data(s), 0, ""), len(s), 1, ""), fb.i64(0), 2, ""), iter);
        return iter;
    }

    /** (ok, index, rune): ok while offset < len; then decodes the rune at offset and advances past it. */
    LLVMValueRef createNext(Next i) {
        LLVMValueRef iter = fb.getValue(i.iter());
        LLVMValueRef offsetSlot = LLVMBuildStructGEP2(fb.b, iteratorType(), iter, 2, "");
        LLVMValueRef p = LLVMBuildLoad2(fb.b, fb.mc.ptr, LLVMBuildStructGEP2(fb.b, iteratorType(), iter, 0, ""), "");
        LLVMValueRef n = LLVMBuildLoad2(fb.b, fb.mc.i64, LLVMBuildStructGEP2(fb.b, iteratorType(), iter, 1, ""), "");
        LLVMValueRef k = LLVMBuildLoad2(fb.b, fb.mc.i64, offsetSlot, "");
        LLVMValueRef ok = LLVMBuildICmp(fb.b, LLVMIntSLT, k, n, "");
        FunctionBuilder.Conditional decode = fb.beginConditional(ok, true, "rangestring.decode", "rangestring.next");
        LLVMValueRef nextSlot = fb.createEntryAlloca(fb.mc.i64, "next");
        LLVMValueRef r = fb.call(fb.mc.runtime.decoderune(), p, n, k, nextSlot);
        LLVMBuildStore(fb.b, LLVMBuildLoad2(fb.b, fb.mc.i64, nextSlot, ""), offsetSlot);
        LLVMValueRef rune = fb.endConditional(decode, fb.mc.i32, LLVMConstNull(fb.mc.i32), r);
        LLVMTypeRef tuple = fb.llvmType(i.type());
        LLVMValueRef t = LLVMBuildInsertValue(fb.b, LLVMGetUndef(tuple), ok, 0, "");
        t = LLVMBuildInsertValue(fb.b, t, k, 1, "");
        return LLVMBuildInsertValue(fb.b, t, rune, 2, "");
    }

    private LLVMTypeRef iteratorType() { return fb.mc.literalStruct(fb.mc.ptr, fb.mc.i64, fb.mc.i64); }

    LLVMValueRef data(LLVMValueRef s) { return LLVMBuildExtractValue(fb.b, s, 0, ""); }

    LLVMValueRef len(LLVMValueRef s) { return LLVMBuildExtractValue(fb.b, s, 1, ""); }
}
