/*
 * The equal functions of type descriptors (runtime/ABI.md "Type descriptors", field equal;
 * gc's runtime._type.equal and its generated type..eq functions): for every comparable type
 * T a linkonce_odr function {@code i1 @"eq:<T>"(ptr p, ptr q)} that compares *p and *q with
 * Go's == (Go spec: "Comparison operators"); null for types that are not comparable
 * (slices, maps, funcs and structs or arrays containing them). Interface comparison uses
 * them at run time (Comparisons). An array of more than a few elements is compared in
 * memory rather than unrolled (so a [1000]byte costs one call, not a thousand compares):
 * with memcmp when its bytes are its value (plain memory: integers, bools, pointers,
 * channels, and arrays and padding-free structs of them), else by a loop over the elements
 * that stops at the first difference; so is any large array. A large struct
 * (ModuleContext.isLarge) is compared field by field in memory, stopping at the first
 * difference, never loaded whole.
 * Runtime functions: those of Comparisons; libc's memcmp.
 */
package llgo.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

import llgo.frontend.syntax.Op;
import llgo.frontend.types.Basic;
import llgo.frontend.types.Interface;
import llgo.frontend.types.Obj;
import llgo.frontend.types.Type;
import llgo.frontend.types.Types;

final class EqualFunctions {
    /** Arrays longer than this are compared and hashed in memory, not element by element in line. */
    private static final long MAX_UNROLLED_ARRAY = 4;

    private final ModuleContext mc;
    private final Map<String, LLVMValueRef> made = new HashMap<>();

    EqualFunctions(ModuleContext mc) { this.mc = mc; }

    /** {@code i1 (ptr p, ptr q, ptr context)}: a Go func(p, q unsafe.Pointer) bool in the Go calling convention. */
    LLVMTypeRef equalFunctionType() { return LLVMFunctionType(mc.i1, LLVMArrays.of(mc.ptr, mc.ptr, mc.ptr), 3, 0); }

    /** The equal function of t, or a null constant when t is not comparable. */
    LLVMValueRef getEqualFunction(Type t) {
        if (!Types.comparable(t)) return LLVMConstNull(mc.ptr);
        String symbol = "eq:" + mc.typeSymbols.symbol(t);
        LLVMValueRef fn = made.get(symbol);
        if (fn != null) return fn;
        fn = LLVMGetNamedFunction(mc.module, symbol);
        if (fn == null || fn.isNull()) {
            fn = LLVMAddFunction(mc.module, symbol, equalFunctionType());
            made.put(symbol, fn);     // before the body: a recursive comparison refers to itself
            LLVMSetLinkage(fn, LLVMLinkOnceODRLinkage);
            FunctionBuilder fb = FunctionBuilder.forHelper(mc, fn);
            LLVMValueRef p = LLVMGetParam(fn, 0), q = LLVMGetParam(fn, 1);
            if (t.underlying() instanceof Type.Array a && (comparesInMemory(a) || mc.isLarge(t))) {
                createArrayEqual(fb, a, p, q);
            } else if (t.underlying() instanceof Type.Struct st && mc.isLarge(t)) {
                createStructEqual(fb, st, mc.getLLVMType(t), p, q);
            } else {
                LLVMTypeRef lt = mc.getLLVMType(t);
                LLVMValueRef x = LLVMBuildLoad2(fb.b, lt, p, "");
                LLVMValueRef y = LLVMBuildLoad2(fb.b, lt, q, "");
                LLVMBuildRet(fb.b, fb.comparisons.createCompare(Op.EQL, t, x, y));
            }
            fb.dispose();
        }
        made.put(symbol, fn);
        return fn;
    }

    /** Whether arrays of this type are compared (and hashed) in memory by a call rather than element by element in line. */
    static boolean comparesInMemory(Type.Array a) { return a.len() > MAX_UNROLLED_ARRAY; }

    /**
     * Whether a value of type t is exactly its bytes: equal values have equal bytes and
     * vice versa (no floats, strings or interfaces, no padding or blank fields).
     */
    boolean isPlainMemory(Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) return b.isInteger() || b.isBoolean() || b.kind() == Basic.Kind.UNSAFE_POINTER;
        if (u instanceof Type.Pointer || u instanceof Type.Chan) return true;
        if (u instanceof Type.Array a) return isPlainMemory(a.elem());
        if (u instanceof Type.Struct s) {
            long fieldBytes = 0;
            for (Obj.Var f : s.fields()) {
                if (f.name().equals("_") || !isPlainMemory(f.type())) return false;
                fieldBytes += mc.sizeOf(mc.getLLVMType(f.type()));
            }
            return fieldBytes == mc.sizeOf(mc.getLLVMType(t));
        }
        return false;
    }

    /** Returns *p == *q for arrays: memcmp for plain memory, else a loop over the elements that stops at the first difference. */
    private void createArrayEqual(FunctionBuilder fb, Type.Array a, LLVMValueRef p, LLVMValueRef q) {
        LLVMBuilderRef b = fb.b;
        LLVMTypeRef elemType = mc.getLLVMType(a.elem());
        if (isPlainMemory(a.elem())) {
            long size = a.len() * mc.sizeOf(elemType);
            LLVMValueRef cmp = fb.call(memcmp(), p, q, fb.i64(size));
            LLVMBuildRet(b, LLVMBuildICmp(b, LLVMIntEQ, cmp, LLVMConstInt(mc.i32, 0, 0), ""));
            return;
        }
        LLVMValueRef elemEqual = getEqualFunction(a.elem());
        LLVMTypeRef equalType = LLVMGlobalGetValueType(elemEqual);
        LLVMBasicBlockRef entry = LLVMGetInsertBlock(b);
        LLVMBasicBlockRef loop = fb.newBlock("eq.elem");
        LLVMBasicBlockRef next = LLVMAppendBasicBlockInContext(mc.ctx, fb.llvmFn, "eq.next");
        LLVMBasicBlockRef differ = LLVMAppendBasicBlockInContext(mc.ctx, fb.llvmFn, "eq.differ");
        LLVMBasicBlockRef same = LLVMAppendBasicBlockInContext(mc.ctx, fb.llvmFn, "eq.same");
        LLVMBuildBr(b, loop);
        LLVMPositionBuilderAtEnd(b, loop);
        LLVMValueRef i = LLVMBuildPhi(b, mc.i64, "i");
        LLVMValueRef x = LLVMBuildGEP2(b, elemType, p, LLVMArrays.of(i), 1, "");
        LLVMValueRef y = LLVMBuildGEP2(b, elemType, q, LLVMArrays.of(i), 1, "");
        LLVMBuildCondBr(b, fb.callTyped(equalType, elemEqual, List.of(x, y, LLVMConstNull(mc.ptr))), next, differ);
        LLVMPositionBuilderAtEnd(b, next);
        LLVMValueRef i1 = LLVMBuildAdd(b, i, fb.i64(1), "");
        LLVMAddIncoming(i, LLVMArrays.of(fb.i64(0), i1), LLVMArrays.of(entry, next), 2);
        LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntULT, i1, fb.i64(a.len()), ""), loop, same);
        LLVMPositionBuilderAtEnd(b, differ);
        LLVMBuildRet(b, LLVMConstInt(mc.i1, 0, 0));
        LLVMPositionBuilderAtEnd(b, same);
        LLVMBuildRet(b, LLVMConstInt(mc.i1, 1, 0));
    }

    /** Returns *p == *q for a large struct: each non-blank field by its equal function, in order, stopping at the first difference. */
    private void createStructEqual(FunctionBuilder fb, Type.Struct st, LLVMTypeRef structType, LLVMValueRef p, LLVMValueRef q) {
        LLVMBuilderRef b = fb.b;
        LLVMBasicBlockRef differ = LLVMAppendBasicBlockInContext(mc.ctx, fb.llvmFn, "eq.differ");
        for (int k = 0; k < st.fields().size(); k++) {
            Obj.Var f = st.fields().get(k);
            if (f.name().equals("_")) continue;
            LLVMValueRef fieldEqual = getEqualFunction(f.type());
            LLVMValueRef x = LLVMBuildStructGEP2(b, structType, p, k, "");
            LLVMValueRef y = LLVMBuildStructGEP2(b, structType, q, k, "");
            LLVMBasicBlockRef next = LLVMAppendBasicBlockInContext(mc.ctx, fb.llvmFn, "eq.field");
            LLVMBuildCondBr(b, fb.callTyped(LLVMGlobalGetValueType(fieldEqual), fieldEqual, List.of(x, y, LLVMConstNull(mc.ptr))), next, differ);
            LLVMPositionBuilderAtEnd(b, next);
        }
        LLVMBuildRet(b, LLVMConstInt(mc.i1, 1, 0));
        LLVMPositionBuilderAtEnd(b, differ);
        LLVMBuildRet(b, LLVMConstInt(mc.i1, 0, 0));
    }

    /** libc's {@code int memcmp(const void *, const void *, size_t)}. */
    private LLVMValueRef memcmp() {
        LLVMValueRef fn = LLVMGetNamedFunction(mc.module, "memcmp");
        if (fn != null && !fn.isNull()) return fn;
        return LLVMAddFunction(mc.module, "memcmp", LLVMFunctionType(mc.i32, LLVMArrays.of(mc.ptr, mc.ptr, mc.i64), 3, 0));
    }
}
