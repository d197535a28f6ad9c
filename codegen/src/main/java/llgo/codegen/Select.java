/*
 * The select statement (Go spec "Select statements"; runtime/ABI.md "Channels and select"):
 * the SSA Select (its channels and values to send already evaluated, in source order)
 * becomes one call of llgo_select with a frame array of cases {chan, elem, dir}: a send's
 * elem is a frame slot holding the value, a receive's the slot the runtime writes. The
 * result is the SSA tuple (chosen index, -1 for default; recvOK; one value per receive
 * state, loaded from its slot).
 * Runtime functions: llgo_select.
 */
package llgo.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayList;
import java.util.List;

import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

import llgo.frontend.types.Type;

final class Select {
    /** The runtime's LlgoSelectCase.dir values. */
    static final int SEND = 1, RECV = 2;

    private final FunctionBuilder fb;

    Select(FunctionBuilder fb) { this.fb = fb; }

    /** The runtime's LlgoSelectCase: channel, value slot, direction. */
    static LLVMTypeRef caseType(ModuleContext mc) { return mc.literalStruct(List.of(mc.ptr, mc.ptr, mc.i64)); }

    LLVMValueRef createSelect(llgo.ssa.Instruction.Select i) {
        ModuleContext mc = fb.mc;
        LLVMTypeRef caseType = caseType(mc);
        int n = i.states();
        LLVMValueRef cases = fb.createEntryAlloca(LLVMArrayType2(caseType, Math.max(n, 1)), "select.cases");
        List<LLVMValueRef> recvSlots = new ArrayList<>();
        List<Type> recvTypes = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Type elem = Channels.elemType(i.chan(k));
            LLVMValueRef slot;
            if (i.dir(k) == Type.ChanDir.SEND) {
                // a large value's memory is not written while the runtime copies from it
                slot = fb.isLarge(elem) ? fb.getAddress(i.send(k)) : fb.channels.createValueSlot(elem, fb.getValue(i.send(k)));
            } else {
                slot = fb.createEntryAlloca(fb.llvmType(elem), "select.recv");
                recvSlots.add(slot);
                recvTypes.add(elem);
            }
            LLVMValueRef c = LLVMBuildGEP2(fb.b, caseType, cases, LLVMArrays.of(fb.i64(k)), 1, "");
            LLVMBuildStore(fb.b, fb.getValue(i.chan(k)), LLVMBuildStructGEP2(fb.b, caseType, c, 0, ""));
            LLVMBuildStore(fb.b, slot, LLVMBuildStructGEP2(fb.b, caseType, c, 1, ""));
            LLVMBuildStore(fb.b, fb.i64(i.dir(k) == Type.ChanDir.SEND ? SEND : RECV), LLVMBuildStructGEP2(fb.b, caseType, c, 2, ""));
        }
        LLVMValueRef recvOk = fb.createEntryAlloca(mc.i8, "select.ok");
        LLVMValueRef block = LLVMConstInt(mc.i1, i.blocking() ? 1 : 0, 0);
        LLVMValueRef index = fb.call(mc.runtime.select(), cases, fb.i64(n), block, recvOk);
        LLVMValueRef ok = LLVMBuildTrunc(fb.b, LLVMBuildLoad2(fb.b, mc.i8, recvOk, ""), mc.i1, "");
        List<LLVMValueRef> parts = new ArrayList<>(List.of(index, ok));
        for (int r = 0; r < recvSlots.size(); r++) {
            // a large received value is its slot (the select's own)
            Type t = recvTypes.get(r);
            parts.add(fb.isLarge(t) ? recvSlots.get(r) : LLVMBuildLoad2(fb.b, fb.llvmType(t), recvSlots.get(r), ""));
        }
        return fb.createTuple((Type.Tuple) i.type(), parts);
    }
}
