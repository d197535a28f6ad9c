/*
 * Calls and returns under the calling convention of runtime/ABI.md "Calling convention of
 * Go functions": Go parameters (receiver first) then a trailing ptr context; a direct call
 * passes null; a func value {code, context} is called through code with its context, after a
 * nil check (gc's nil func call panic; LLVM may delete a call through null); several
 * results travel as a literal struct, taken apart by Extract; no result is void. Large
 * parameters are passed as pointers to the caller's memory for the value, which the callee
 * never writes; large results (a single one, or the tuple of several) are written through a
 * leading out-pointer to a frame slot of the caller's, which is the call's value (ABI.md
 * "Large values"). Builtin
 * callees go to Builtins, interface method calls (invoke mode) to Interfaces. A wrapper's
 * call passes a deferred-call note on to its callee (Defers.createForwardInWrapper).
 * Runtime functions: llgo_deferforward (through Defers).
 */
package llgo.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayList;
import java.util.List;

import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

import llgo.ssa.Builtin;
import llgo.ssa.Function;
import llgo.ssa.Instruction.Call;
import llgo.ssa.Instruction.Extract;
import llgo.ssa.Instruction.Return;
import llgo.ssa.Value;

final class Calls {
    private final FunctionBuilder fb;

    Calls(FunctionBuilder fb) { this.fb = fb; }

    LLVMValueRef createCall(Call i) {
        if (i.callee() instanceof Builtin builtin) return fb.builtins.createBuiltinCall(i, builtin);
        if (i.isInvoke()) return fb.interfaces.createInvoke(i);
        if (i.callee() instanceof Function f && f.freeVars().isEmpty()) {
            LLVMValueRef llvmFn = fb.mc.getFunction(f);
            fb.defers.createForwardInWrapper(llvmFn);
            return createGoCall(i, LLVMGlobalGetValueType(llvmFn), llvmFn, List.of(), LLVMConstNull(fb.mc.ptr));
        }
        LLVMValueRef funcValue = fb.getValue(i.callee());
        LLVMValueRef code = LLVMBuildExtractValue(fb.b, funcValue, 0, "");
        LLVMValueRef context = LLVMBuildExtractValue(fb.b, funcValue, 1, "");
        // calling a nil func value panics; a call through null would be undefined behaviour in LLVM
        fb.memory.createNilCheck(null, code);
        fb.defers.createForwardInWrapper(code);
        return createGoCall(i, fb.mc.functionType(i.signature()), code, List.of(), context);
    }

    /**
     * Makes call i to a Go function of LLVM type fnType: the out-pointer when its results are
     * large, the already lowered leading arguments, the SSA arguments (coerced to the parameter
     * types; a large one by its address), then the context. Returns the call's value: the
     * result, or for large results the frame slot they were written to.
     */
    LLVMValueRef createGoCall(Call i, LLVMTypeRef fnType, LLVMValueRef callee, List<LLVMValueRef> leading, LLVMValueRef context) {
        int n = LLVMCountParamTypes(fnType);
        org.bytedeco.javacpp.PointerPointer<LLVMTypeRef> paramTypes = new org.bytedeco.javacpp.PointerPointer<>(Math.max(1, n));
        LLVMGetParamTypes(fnType, paramTypes);
        List<LLVMValueRef> lowered = new ArrayList<>();
        LLVMValueRef result = null;
        if (fb.mc.returnsInMemory(i.signature())) {
            result = fb.createEntryAlloca(fb.llvmType(i.type()), "result");
            lowered.add(result);
        }
        lowered.addAll(leading);
        for (Value a : i.args()) {
            if (fb.isLarge(a.type())) {
                lowered.add(fb.getAddress(a));
                continue;
            }
            LLVMTypeRef want = paramTypes.get(LLVMTypeRef.class, lowered.size());
            lowered.add(fb.conversions.createCoerce(fb.getValue(a), want));
        }
        lowered.add(context);
        lastCall = fb.callTyped(fnType, callee, lowered);
        return result != null ? result : lastCall;
    }

    /** The call instruction of the last Go call made (whose value may be its result slot). */
    LLVMValueRef lastCall() { return lastCall; }

    private LLVMValueRef lastCall;

    LLVMValueRef createReturn(Return i) {
        List<Value> results = i.results();
        LLVMTypeRef resultType = LLVMGetReturnType(LLVMGlobalGetValueType(fb.llvmFn));
        LLVMValueRef out = fb.resultPointer();
        if (out != null) {
            if (results.size() == 1) {
                fb.createStoreValue(out, results.get(0));
            } else {
                LLVMTypeRef tuple = fb.llvmType(fb.fn.signature().results());
                for (int k = 0; k < results.size(); k++) fb.createStoreValue(LLVMBuildStructGEP2(fb.b, tuple, out, k, ""), results.get(k));
            }
            LLVMBuildRetVoid(fb.b);
        } else if (results.isEmpty()) {
            LLVMBuildRetVoid(fb.b);
        } else if (results.size() == 1) {
            LLVMBuildRet(fb.b, fb.conversions.createCoerce(fb.getValue(results.get(0)), resultType));
        } else {
            LLVMValueRef agg = LLVMGetUndef(resultType);
            for (int k = 0; k < results.size(); k++) {
                LLVMValueRef v = fb.conversions.createCoerce(fb.getValue(results.get(k)), LLVMStructGetTypeAtIndex(resultType, k));
                agg = LLVMBuildInsertValue(fb.b, agg, v, k, "");
            }
            LLVMBuildRet(fb.b, agg);
        }
        return null;
    }

    /** A result of a tuple; for a large tuple a field of its memory (itself memory when large). */
    LLVMValueRef createExtract(Extract i) {
        if (!fb.isLarge(i.tuple().type())) return LLVMBuildExtractValue(fb.b, fb.getValue(i.tuple()), i.index(), "");
        LLVMValueRef p = LLVMBuildStructGEP2(fb.b, fb.llvmType(i.tuple().type()), fb.getAddress(i.tuple()), i.index(), "");
        return fb.isLarge(i.type()) ? p : LLVMBuildLoad2(fb.b, fb.llvmType(i.type()), p, "");
    }
}
