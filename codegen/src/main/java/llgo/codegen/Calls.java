/*
 * Calls and returns under the calling convention of runtime/ABI.md "Calling convention of
 * Go functions": Go parameters (receiver first) then a trailing ptr context; a direct call
 * passes null; a func value {code, context} is called through code with its context, after a
 * nil check (gc's nil func call panic; LLVM may delete a call through null); several
 * results travel as a literal struct, taken apart by Extract; no result is void. Builtin
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
            return createGoCall(LLVMGlobalGetValueType(llvmFn), llvmFn, List.of(), i.args(), LLVMConstNull(fb.mc.ptr));
        }
        LLVMValueRef funcValue = fb.getValue(i.callee());
        LLVMValueRef code = LLVMBuildExtractValue(fb.b, funcValue, 0, "");
        LLVMValueRef context = LLVMBuildExtractValue(fb.b, funcValue, 1, "");
        // calling a nil func value panics; a call through null would be undefined behaviour in LLVM
        fb.memory.createNilCheck(null, code);
        fb.defers.createForwardInWrapper(code);
        return createGoCall(fb.mc.functionType(i.signature()), code, List.of(), i.args(), context);
    }

    /**
     * Calls a Go function of LLVM type fnType with the already lowered leading arguments, then
     * the SSA arguments (coerced to the parameter types), then the context.
     */
    LLVMValueRef createGoCall(LLVMTypeRef fnType, LLVMValueRef callee, List<LLVMValueRef> leading, List<Value> args, LLVMValueRef context) {
        int n = LLVMCountParamTypes(fnType);
        org.bytedeco.javacpp.PointerPointer<LLVMTypeRef> paramTypes = new org.bytedeco.javacpp.PointerPointer<>(Math.max(1, n));
        LLVMGetParamTypes(fnType, paramTypes);
        List<LLVMValueRef> lowered = new ArrayList<>(leading);
        for (Value a : args) {
            LLVMTypeRef want = paramTypes.get(LLVMTypeRef.class, lowered.size());
            lowered.add(fb.conversions.createCoerce(fb.getValue(a), want));
        }
        lowered.add(context);
        return fb.callTyped(fnType, callee, lowered);
    }

    LLVMValueRef createReturn(Return i) {
        List<Value> results = i.results();
        LLVMTypeRef resultType = LLVMGetReturnType(LLVMGlobalGetValueType(fb.llvmFn));
        if (results.isEmpty()) {
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

    LLVMValueRef createExtract(Extract i) {
        return LLVMBuildExtractValue(fb.b, fb.getValue(i.tuple()), i.index(), "");
    }
}
