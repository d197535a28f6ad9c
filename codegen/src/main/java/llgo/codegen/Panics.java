/*
 * panic (Go spec: "Handling panics"): the Panic terminator and a call of the builtin both
 * pass the interface{} operand to the runtime as its two words and end the block with
 * unreachable; a builtin call continues in a fresh (dead) block so that the instructions the
 * SSA block still holds have somewhere to go. Run-time errors that name a dynamic type
 * (failed type assertions, comparing uncomparable types) panic with a string built from the
 * type descriptors' names. The runtime runs the deferred calls and may recover the panic
 * (see Defers), in which case control reaches the recovering function's recover block by
 * longjmp, never the code after the call.
 * Runtime functions: llgo_panic, llgo_concatstring2, llgo_newobject.
 */
package llgo.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import java.nio.charset.StandardCharsets;

import org.bytedeco.llvm.LLVM.LLVMValueRef;

import llgo.frontend.types.Basic;
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

    /**
     * panic(prefix + name(type) + suffix) with a string value, where name is the type's
     * reflect name read from its descriptor (ABI.md: the GoString before the header), or
     * "nil" when type is null. Used for run-time errors whose text names a dynamic type; gc
     * prints an error value and a string value the same way. Does not end the block.
     */
    void createPanicWithTypeName(String prefix, LLVMValueRef type, String suffix) {
        ModuleContext mc = fb.mc;
        LLVMValueRef isNil = LLVMBuildICmp(fb.b, LLVMIntEQ, type, LLVMConstNull(mc.ptr), "");
        LLVMValueRef nameAddr = LLVMBuildGEP2(fb.b, mc.i8, type, LLVMArrays.of(fb.i64(-16)), 1, "");
        LLVMValueRef nilName = LLVMAddGlobal(mc.module, mc.stringType, ".nilname");
        LLVMSetInitializer(nilName, mc.constString("nil"));
        LLVMSetLinkage(nilName, LLVMPrivateLinkage);
        LLVMSetGlobalConstant(nilName, 1);
        LLVMValueRef name = LLVMBuildLoad2(fb.b, mc.stringType, LLVMBuildSelect(fb.b, isNil, nilName, nameAddr, ""), "");
        LLVMValueRef msg = fb.strings.createConcat(mc.constString(latin1(prefix)), name);
        if (!suffix.isEmpty()) msg = fb.strings.createConcat(msg, mc.constString(latin1(suffix)));
        LLVMValueRef boxed = fb.memory.createNew(Basic.of(Basic.Kind.STRING));
        LLVMBuildStore(fb.b, msg, boxed);
        fb.call(mc.runtime.panic(), mc.typeDescriptors.getTypeDescriptor(Basic.of(Basic.Kind.STRING)), boxed);
    }

    /** "runtime error: " + prefix + name(type), as gc's runtime.Error texts that name a type. */
    void createRuntimeErrorWithTypeName(String prefix, LLVMValueRef type) {
        createPanicWithTypeName("runtime error: " + prefix, type, "");
    }

    /** A Go string (one char per byte) holding s's UTF-8 bytes. */
    private static String latin1(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    private LLVMValueRef createRuntimePanic(LLVMValueRef eface) {
        LLVMValueRef call = fb.call(fb.mc.runtime.panic(), LLVMBuildExtractValue(fb.b, eface, 0, ""), LLVMBuildExtractValue(fb.b, eface, 1, ""));
        LLVMBuildUnreachable(fb.b);
        return call;
    }
}
