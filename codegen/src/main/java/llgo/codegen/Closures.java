/*
 * Func values and closures (Go spec: "Function literals"; ABI.md "Calling convention"): a
 * func value is {code, context}; a top-level function's is {@f, null}; MakeClosure copies
 * the bound values (addresses of captured variables, or a bound method's receiver) into a
 * fresh heap environment, a literal struct in fn.freeVars() order, and yields {@fn, env}.
 * The closure's body reads its free variables from that environment through its trailing
 * context parameter, once, in the entry block. A bound method value of an interface value
 * checks the interface for nil where it is evaluated.
 * Runtime functions: llgo_alloc.
 */
package llgo.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayList;
import java.util.List;

import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

import llgo.frontend.types.Interface;
import llgo.frontend.types.Type;
import llgo.ssa.FreeVar;
import llgo.ssa.Function;
import llgo.ssa.Instruction.MakeClosure;
import llgo.ssa.Value;

final class Closures {
    private final FunctionBuilder fb;

    Closures(FunctionBuilder fb) { this.fb = fb; }

    LLVMValueRef createFuncValue(LLVMValueRef code, LLVMValueRef context) {
        if (LLVMIsConstant(code) != 0 && LLVMIsConstant(context) != 0) {
            return LLVMConstStructInContext(fb.mc.ctx, LLVMArrays.of(code, context), 2, 0);
        }
        LLVMValueRef v = LLVMBuildInsertValue(fb.b, LLVMGetUndef(fb.mc.funcValueType), code, 0, "");
        return LLVMBuildInsertValue(fb.b, v, context, 1, "");
    }

    LLVMValueRef createMakeClosure(MakeClosure i) {
        Function fn = i.fn();
        LLVMTypeRef envType = environmentType(fn);
        LLVMValueRef env = fb.memory.createConservativeAlloc(envType);
        List<Value> bindings = i.bindings();
        for (int k = 0; k < bindings.size(); k++) {
            LLVMValueRef slot = LLVMBuildStructGEP2(fb.b, envType, env, k, "");
            fb.createStoreValue(slot, bindings.get(k));
        }
        if (fn.isWrapper()) createInterfaceReceiverCheck(bindings);
        return createFuncValue(fb.mc.getFunction(fn), env);
    }

    /**
     * A method value i.M of an interface value evaluates i: a nil i panics here with the nil
     * dereference (Go spec "Method values"), not when the func value is called. The bound
     * method wrapper's one binding is the receiver's cell.
     */
    private void createInterfaceReceiverCheck(List<Value> bindings) {
        if (bindings.size() != 1 || !(bindings.get(0).type() instanceof Type.Pointer p) || !(p.elem().underlying() instanceof Interface)) return;
        LLVMValueRef cell = fb.getValue(bindings.get(0));
        fb.memory.createNilCheck(null, LLVMBuildLoad2(fb.b, fb.mc.ptr, cell, ""));
    }

    /** Loads the free variables of the function being built from its context. Precondition: the builder is in the entry block. */
    void createFreeVarLoads(LLVMValueRef context) {
        List<FreeVar> freeVars = fb.fn.freeVars();
        if (freeVars.isEmpty()) return;
        LLVMTypeRef envType = environmentType(fb.fn);
        for (int k = 0; k < freeVars.size(); k++) {
            LLVMValueRef slot = LLVMBuildStructGEP2(fb.b, envType, context, k, "");
            // a large free variable (a bound receiver) stays in the environment, written only when made
            fb.setValue(freeVars.get(k), fb.isLarge(freeVars.get(k).type()) ? slot
                    : LLVMBuildLoad2(fb.b, LLVMStructGetTypeAtIndex(envType, k), slot, freeVars.get(k).name()));
        }
    }

    private LLVMTypeRef environmentType(Function fn) {
        List<LLVMTypeRef> fields = new ArrayList<>();
        for (FreeVar v : fn.freeVars()) fields.add(fb.llvmType(v.type()));
        return fb.mc.literalStruct(fields);
    }
}
