/*
 * Channel operations (Go spec "Channel types", "Making slices, maps and channels", "Send
 * statements", "Receive operator", "Close", "Length and capacity", "For statements with
 * range clause") lowered to the runtime's channel functions (runtime/ABI.md "Channels and
 * select"): a channel value is a pointer to a runtime object made from the element type's
 * descriptor; a value sent is stored into a frame slot whose address the runtime copies
 * from, a value received is written by the runtime into a frame slot and loaded from it
 * (the zero value when the channel is closed). Range over a channel is the SSA builder's
 * loop of comma-ok receives.
 * Runtime functions: llgo_makechan, llgo_chansend, llgo_chanrecv, llgo_chanrecv2,
 * llgo_closechan, llgo_chanlen, llgo_chancap.
 */
package llgo.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.List;

import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

import llgo.frontend.types.Type;
import llgo.ssa.Instruction.MakeChan;
import llgo.ssa.Instruction.Send;
import llgo.ssa.Instruction.UnOp;
import llgo.ssa.Value;

final class Channels {
    private final FunctionBuilder fb;

    Channels(FunctionBuilder fb) { this.fb = fb; }

    static Type elemType(Value ch) { return ((Type.Chan) ch.type().underlying()).elem(); }

    LLVMValueRef createMakeChan(MakeChan i) {
        Type elem = ((Type.Chan) i.type().underlying()).elem();
        LLVMValueRef size = fb.conversions.createIndexToInt(i.size());
        return fb.call(fb.mc.runtime.makechan(), fb.mc.typeDescriptors.getTypeDescriptor(elem), size);
    }

    /** A frame slot holding v, for the runtime to copy from. */
    LLVMValueRef createValueSlot(Type t, LLVMValueRef v) {
        LLVMValueRef slot = fb.createEntryAlloca(fb.llvmType(t), "chan.elem");
        LLVMBuildStore(fb.b, v, slot);
        return slot;
    }

    LLVMValueRef createSend(Send i) {
        // a large value's memory is not written while the runtime copies from it
        LLVMValueRef slot = fb.isLarge(i.x().type()) ? fb.getAddress(i.x()) : createValueSlot(elemType(i.chan()), fb.getValue(i.x()));
        fb.call(fb.mc.runtime.chansend(), fb.getValue(i.chan()), slot);
        return null;
    }

    /** {@code <-ch}, or the tuple (v, ok) with commaOk. */
    LLVMValueRef createReceive(UnOp i) {
        Type elem = elemType(i.x());
        LLVMTypeRef t = fb.llvmType(elem);
        LLVMValueRef slot = fb.createEntryAlloca(t, "chan.recv");
        LLVMValueRef ch = fb.getValue(i.x());
        // a large value is the slot itself (a slot of this instruction's own)
        if (!i.commaOk()) {
            fb.call(fb.mc.runtime.chanrecv(), ch, slot);
            return fb.isLarge(elem) ? slot : LLVMBuildLoad2(fb.b, t, slot, "");
        }
        LLVMValueRef ok = fb.call(fb.mc.runtime.chanrecv2(), ch, slot);
        LLVMValueRef v = fb.isLarge(elem) ? slot : LLVMBuildLoad2(fb.b, t, slot, "");
        return fb.createTuple((Type.Tuple) i.type(), List.of(v, ok));
    }

    LLVMValueRef createClose(Value ch) {
        fb.call(fb.mc.runtime.closechan(), fb.getValue(ch));
        return null;
    }

    /** len(ch) (word 1) or cap(ch) (word 2); 0 for a nil channel. */
    LLVMValueRef createLen(Value ch, int word) {
        return fb.call(word == 1 ? fb.mc.runtime.chanlen() : fb.mc.runtime.chancap(), fb.getValue(ch));
    }
}
