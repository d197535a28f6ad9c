/*
 * go statements and goroutine stacks (Go spec "Go statements"; runtime/ABI.md "Goroutines
 * and scheduling", "Goroutine stacks"). A go statement evaluates the function value and the
 * arguments in the calling goroutine, packs them into a heap environment with a thunk that
 * makes the call (the same closed call a defer statement registers, Defers.createClosedCall),
 * and hands both to llgo_go, which runs the thunk on a new goroutine. (The stack checks of
 * goroutine stacks are added by llgo-build's SplitStack when it links the program.)
 * Runtime functions: llgo_go.
 */
package llgo.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

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
}
