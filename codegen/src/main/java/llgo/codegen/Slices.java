/*
 * Slices, arrays and slicing (Go spec: "Slice types", "Index expressions", "Slice
 * expressions", "Making slices, maps and channels"): &s[i] and &(*a)[i] with an unsigned
 * bounds check (a negative index fails it too) reporting gc's "index out of range [x] with
 * length n"; a[i] on an array value; s[lo:hi:max] on strings, slices and pointers to arrays
 * with 0 <= lo <= hi <= max <= cap checked at once (the runtime finds which bound failed,
 * ABI.md "panics and run-time errors"); make([]T, len, cap) through the runtime.
 * Runtime functions: llgo_panicindex, llgo_panicindexu, llgo_panicslice, llgo_panicslicelen,
 * llgo_panicslice3, llgo_panicslice3len, llgo_makeslice, llgo_panicnilderef.
 */
package llgo.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

import llgo.frontend.types.Basic;
import llgo.frontend.types.Type;
import llgo.ssa.Instruction.Index;
import llgo.ssa.Instruction.IndexAddr;
import llgo.ssa.Instruction.MakeSlice;
import llgo.ssa.Instruction.Slice;
import llgo.ssa.Value;

final class Slices {
    private final FunctionBuilder fb;

    Slices(FunctionBuilder fb) { this.fb = fb; }

    /**
     * Panics with gc's index error unless 0 <= index < len (both i64); unsignedIndex says
     * whether the Go index was of unsigned type (then a huge index prints unsigned).
     */
    void createBoundsCheck(LLVMValueRef index, LLVMValueRef len, boolean unsignedIndex) {
        if (isConstantInt(index) && isConstantInt(len)
                && Long.compareUnsigned(LLVMConstIntGetSExtValue(index), LLVMConstIntGetSExtValue(len)) < 0) return;
        LLVMValueRef outOfRange = LLVMBuildICmp(fb.b, LLVMIntUGE, index, len, "");
        fb.createCheck(outOfRange, "bounds", () -> fb.call(unsignedIndex ? fb.mc.runtime.panicindexu() : fb.mc.runtime.panicindex(), index, len));
    }

    private static boolean isConstantInt(LLVMValueRef v) {
        LLVMValueRef c = LLVMIsAConstantInt(v);
        return c != null && !c.isNull();
    }

    static boolean isUnsigned(Value index) { return ((Basic) index.type().underlying()).isUnsigned(); }

    LLVMValueRef createIndexAddr(IndexAddr i) {
        LLVMValueRef x = fb.getValue(i.x());
        LLVMValueRef index = fb.conversions.createIndexToInt(i.index());
        Type u = i.x().type().underlying();
        if (u instanceof Type.Slice s) {
            createBoundsCheck(index, LLVMBuildExtractValue(fb.b, x, 1, ""), isUnsigned(i.index()));
            return LLVMBuildGEP2(fb.b, fb.llvmType(s.elem()), LLVMBuildExtractValue(fb.b, x, 0, ""), LLVMArrays.of(index), 1, "");
        }
        Type.Array a = (Type.Array) ((Type.Pointer) u).elem().underlying();
        fb.memory.createNilCheck(i.x(), x);
        createBoundsCheck(index, fb.i64(a.len()), isUnsigned(i.index()));
        return LLVMBuildGEP2(fb.b, fb.llvmType(a), x, LLVMArrays.of(fb.i64(0), index), 2, "");
    }

    LLVMValueRef createIndex(Index i) {
        Type.Array a = (Type.Array) i.x().type().underlying();
        LLVMTypeRef arrayType = fb.llvmType(a);
        LLVMValueRef index = fb.conversions.createIndexToInt(i.index());
        createBoundsCheck(index, fb.i64(a.len()), isUnsigned(i.index()));
        if (fb.isLarge(a)) {
            // read from the array's memory; a large element is that part of the memory
            LLVMValueRef p = LLVMBuildGEP2(fb.b, arrayType, fb.getAddress(i.x()), LLVMArrays.of(fb.i64(0), index), 2, "");
            return fb.isLarge(a.elem()) ? p : LLVMBuildLoad2(fb.b, fb.llvmType(a.elem()), p, "");
        }
        if (isConstantInt(index) && Long.compareUnsigned(LLVMConstIntGetSExtValue(index), a.len()) < 0) {
            return LLVMBuildExtractValue(fb.b, fb.getValue(i.x()), (int) LLVMConstIntGetSExtValue(index), "");
        }
        LLVMValueRef slot = fb.createEntryAlloca(arrayType, "index");
        LLVMBuildStore(fb.b, fb.getValue(i.x()), slot);
        LLVMValueRef p = LLVMBuildGEP2(fb.b, arrayType, slot, LLVMArrays.of(fb.i64(0), index), 2, "");
        return LLVMBuildLoad2(fb.b, fb.llvmType(a.elem()), p, "");
    }

    LLVMValueRef createSlice(Slice i) {
        Type u = i.x().type().underlying();
        LLVMValueRef x = fb.getValue(i.x());
        LLVMValueRef data, len, cap;
        LLVMTypeRef elemType;
        boolean isString = u instanceof Basic;
        if (isString) {
            data = LLVMBuildExtractValue(fb.b, x, 0, "");
            len = cap = LLVMBuildExtractValue(fb.b, x, 1, "");
            elemType = fb.mc.i8;
        } else if (u instanceof Type.Slice s) {
            data = LLVMBuildExtractValue(fb.b, x, 0, "");
            len = LLVMBuildExtractValue(fb.b, x, 1, "");
            cap = LLVMBuildExtractValue(fb.b, x, 2, "");
            elemType = fb.llvmType(s.elem());
        } else {
            Type.Array a = (Type.Array) ((Type.Pointer) u).elem().underlying();
            fb.memory.createNilCheck(i.x(), x);
            data = x;
            len = cap = fb.i64(a.len());
            elemType = fb.llvmType(a.elem());
        }
        LLVMValueRef lo = bound(i.lo(), fb.i64(0));
        LLVMValueRef hi = bound(i.hi(), len);
        LLVMValueRef max = bound(i.max(), cap);
        LLVMValueRef bad = LLVMBuildICmp(fb.b, LLVMIntUGT, lo, hi, "");
        bad = LLVMBuildOr(fb.b, bad, LLVMBuildICmp(fb.b, LLVMIntUGT, hi, max, ""), "");
        bad = LLVMBuildOr(fb.b, bad, LLVMBuildICmp(fb.b, LLVMIntUGT, max, cap, ""), "");
        boolean hasLen = !(u instanceof Type.Slice);    // strings and arrays report "with length"
        RuntimeFunctions rt = fb.mc.runtime;
        fb.createCheck(bad, "slice", () -> {
            if (i.max() == null) fb.call(hasLen ? rt.panicslicelen() : rt.panicslice(), lo, hi, cap);
            else fb.call(hasLen ? rt.panicslice3len() : rt.panicslice3(), lo, hi, max, cap);
        });
        LLVMValueRef p = LLVMBuildGEP2(fb.b, elemType, data, LLVMArrays.of(lo), 1, "");
        LLVMValueRef newLen = LLVMBuildSub(fb.b, hi, lo, "");
        LLVMTypeRef resultType = isString ? fb.mc.stringType : fb.mc.sliceType;
        LLVMValueRef r = LLVMBuildInsertValue(fb.b, LLVMGetUndef(resultType), p, 0, "");
        r = LLVMBuildInsertValue(fb.b, r, newLen, 1, "");
        if (!isString) r = LLVMBuildInsertValue(fb.b, r, LLVMBuildSub(fb.b, max, lo, ""), 2, "");
        return r;
    }

    private LLVMValueRef bound(Value v, LLVMValueRef absent) {
        return v == null ? absent : fb.conversions.createIndexToInt(v);
    }

    LLVMValueRef createMakeSlice(MakeSlice i) {
        Type.Slice s = (Type.Slice) i.type().underlying();
        LLVMValueRef out = fb.createEntryAlloca(fb.mc.sliceType, "make");
        fb.call(fb.mc.runtime.makeslice(), out, fb.conversions.createIndexToInt(i.len()), fb.conversions.createIndexToInt(i.cap()),
                fb.mc.typeDescriptors.getTypeDescriptor(s.elem()));
        return LLVMBuildLoad2(fb.b, fb.mc.sliceType, out, "");
    }
}
