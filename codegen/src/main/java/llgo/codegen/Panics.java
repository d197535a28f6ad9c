/*
 * panic (Go spec: "Handling panics"): the Panic terminator and a call of the builtin both
 * pass the interface{} operand to the runtime as its two words and end the block with
 * unreachable; a builtin call continues in a fresh (dead) block so that the instructions the
 * SSA block still holds have somewhere to go. Run-time errors are raised by the runtime
 * functions of their kind (ABI.md "panics and run-time errors"), never here. The runtime
 * runs the deferred calls and may recover the panic (see Defers), in which case control
 * reaches the recovering function's recover block by longjmp, never the code after the call.
 * Runtime functions: llgo_panic.
 */
package llgo.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import org.bytedeco.llvm.LLVM.LLVMValueRef;

import llgo.ssa.Instruction.Panic;

final class Panics {
    private final FunctionBuilder fb;

    Panics(FunctionBuilder fb) { this.fb = fb; }

    LLVMValueRef createPanic(Panic i) {
        createRuntimePanic(fb.getValue(i.x()));
        return null;
    }

    /** panic(x) as a call in the middle of a block. */
    LLVMValueRef createPanicCall(LLVMValueRef eface) {
        LLVMValueRef call = createRuntimePanic(eface);
        LLVMPositionBuilderAtEnd(fb.b, fb.newBlock("after.panic"));
        return call;
    }

    private LLVMValueRef createRuntimePanic(LLVMValueRef eface) {
        LLVMValueRef call = fb.call(fb.mc.runtime.panic(), LLVMBuildExtractValue(fb.b, eface, 0, ""), LLVMBuildExtractValue(fb.b, eface, 1, ""));
        LLVMBuildUnreachable(fb.b);
        return call;
    }
}
