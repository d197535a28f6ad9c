/*
 * Goroutine stack checks (runtime/ABI.md "Goroutine stacks"): every function the program's
 * Go modules define gets LLVM's "split-stack" attribute, so its prologue compares the stack
 * pointer with the running goroutine's limit word (%fs:0x70, set by the scheduler) and calls
 * the runtime's __morestack, which reports gc's stack overflow, when the frame would pass it.
 * Applied when the program is linked, before the runtime is linked in: the runtime's own C
 * functions keep plain prologues (they run on scheduler stacks too, whose limit is 0).
 */
package llgo.build;

import static org.bytedeco.llvm.global.LLVM.LLVMAddAttributeAtIndex;
import static org.bytedeco.llvm.global.LLVM.LLVMAttributeFunctionIndex;
import static org.bytedeco.llvm.global.LLVM.LLVMCreateStringAttribute;
import static org.bytedeco.llvm.global.LLVM.LLVMGetFirstFunction;
import static org.bytedeco.llvm.global.LLVM.LLVMGetModuleContext;
import static org.bytedeco.llvm.global.LLVM.LLVMGetNextFunction;
import static org.bytedeco.llvm.global.LLVM.LLVMIsDeclaration;

import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

final class SplitStack {
    private static final String ATTRIBUTE = "split-stack";

    private SplitStack() {
    }

    /** Gives every function with a body in module the "split-stack" attribute. */
    static void markDefinedFunctions(LLVMModuleRef module) {
        for (LLVMValueRef f = LLVMGetFirstFunction(module); f != null && !f.isNull(); f = LLVMGetNextFunction(f)) {
            if (LLVMIsDeclaration(f) != 0) {
                continue;
            }
            LLVMAddAttributeAtIndex(f, LLVMAttributeFunctionIndex,
                    LLVMCreateStringAttribute(LLVMGetModuleContext(module), ATTRIBUTE, ATTRIBUTE.length(), "", 0));
        }
    }
}
