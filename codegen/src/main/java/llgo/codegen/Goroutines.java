/*
 * go statements and goroutine stacks (Go spec "Go statements"; runtime/ABI.md "Goroutines
 * and scheduling", "Goroutine stacks"). A go statement evaluates the function value and the
 * arguments in the calling goroutine, packs them into a heap environment with a thunk that
 * makes the call (the same closed call a defer statement registers, Defers.createClosedCall),
 * and hands both to llgo_go, which runs the thunk on a new goroutine. Every function defined
 * in a Go module gets LLVM's "split-stack" attribute, so its prologue checks the stack
 * against the running goroutine's limit word (%fs:0x70) and calls the runtime's __morestack,
 * which reports gc's stack overflow.
 * Runtime functions: llgo_go (and __morestack, called by the prologues LLVM emits).
 */
package llgo.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import org.bytedeco.llvm.LLVM.LLVMAttributeRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

import llgo.ssa.Instruction.Go;

final class Goroutines {
    private final FunctionBuilder fb;

    Goroutines(FunctionBuilder fb) { this.fb = fb; }

    LLVMValueRef createGo(Go g) {
        Defers.ClosedCall closed = fb.defers.createClosedCall(g.call(), "go");
        fb.call(fb.mc.runtime.go(), closed.thunk(), closed.env());
        return null;
    }

    /** Gives every function with a body in the module the "split-stack" attribute. */
    static void markSplitStack(LLVMModuleRef module) {
        String name = "split-stack";
        for (LLVMValueRef f = LLVMGetFirstFunction(module); f != null && !f.isNull(); f = LLVMGetNextFunction(f)) {
            if (LLVMIsDeclaration(f) != 0) continue;
            LLVMAttributeRef attr = LLVMCreateStringAttribute(LLVMGetModuleContext(module), name, name.length(), "", 0);
            LLVMAddAttributeAtIndex(f, LLVMAttributeFunctionIndex, attr);
        }
    }
}
