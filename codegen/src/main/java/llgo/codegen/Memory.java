/*
 * Variables and memory access (go/ssa's Alloc, Store and the load *x): a frame variable
 * (Alloc with heap=false) is an alloca in the entry block, zeroed where the Alloc executes
 * (so a variable declared in a loop starts at zero on every iteration); an escaping one
 * (heap=true) is a fresh zeroed heap object allocated with its type's descriptor, so the
 * collector scans it precisely (ABI.md "memory"); environments the compiler lays out itself
 * (closures, deferred calls) are conservative objects. Loads and stores through a pointer
 * that may be nil are preceded by an explicit nil check, as gc's run-time errors require.
 * Runtime functions: llgo_newobject, llgo_alloc, llgo_panicnilderef.
 */
package llgo.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

import llgo.frontend.types.Type;
import llgo.ssa.FreeVar;
import llgo.ssa.Global;
import llgo.ssa.Instruction.Alloc;
import llgo.ssa.Instruction.FieldAddr;
import llgo.ssa.Instruction.IndexAddr;
import llgo.ssa.Instruction.Store;
import llgo.ssa.Instruction.UnOp;
import llgo.ssa.Value;

final class Memory {
    private final FunctionBuilder fb;

    /** SSA pointers nil-checked in the SSA block being emitted. */
    private final Set<Value> checkedInBlock = Collections.newSetFromMap(new IdentityHashMap<>());

    Memory(FunctionBuilder fb) { this.fb = fb; }

    /** Called when a new SSA block starts: checks made in other blocks do not dominate it. */
    void startBlock() { checkedInBlock.clear(); }

    LLVMValueRef createAlloc(Alloc a) {
        if (a.heap()) return createNew(a.elem());
        LLVMTypeRef t = fb.llvmType(a.elem());
        LLVMValueRef slot = fb.createEntryAlloca(t, a.comment() == null ? "" : a.comment());
        LLVMBuildStore(fb.b, LLVMConstNull(t), slot);
        return slot;
    }

    /** A zeroed heap object of Go type t, scanned by the collector as t's descriptor says. */
    LLVMValueRef createNew(Type t) {
        return fb.call(fb.mc.runtime.newobject(), fb.mc.typeDescriptors.getTypeDescriptor(t));
    }

    /** A zeroed heap object big enough for a value of LLVM type t, every word of which the collector treats as a possible pointer. */
    LLVMValueRef createConservativeAlloc(LLVMTypeRef t) {
        return fb.call(fb.mc.runtime.alloc(), fb.i64(fb.mc.sizeOf(t)));
    }

    /** {@code *x}. */
    LLVMValueRef createLoad(UnOp load) {
        LLVMValueRef p = fb.getValue(load.x());
        createNilCheck(load.x(), p);
        return LLVMBuildLoad2(fb.b, fb.llvmType(load.type()), p, "");
    }

    LLVMValueRef createStore(Store s) {
        LLVMValueRef p = fb.getValue(s.addr());
        createNilCheck(s.addr(), p);
        LLVMBuildStore(fb.b, fb.getValue(s.val()), p);
        return null;
    }

    /**
     * Panics with gc's nil dereference error when p is nil, unless the SSA value is known
     * non-nil or was already checked earlier in the same SSA block (which dominates here).
     */
    void createNilCheck(Value ssaPointer, LLVMValueRef p) {
        if (isNonNil(ssaPointer)) return;
        if (ssaPointer != null && !checkedInBlock.add(ssaPointer)) return;
        LLVMValueRef isNil = LLVMBuildICmp(fb.b, LLVMIntEQ, p, LLVMConstNull(fb.mc.ptr), "");
        fb.createCheck(isNil, "nilcheck", () -> fb.call(fb.mc.runtime.panicnilderef()));
    }

    /**
     * Addresses of variables (frame, heap, captured: FreeVar), globals, fields and elements
     * are never nil (the last two were checked when formed).
     */
    private static boolean isNonNil(Value v) {
        return v instanceof Alloc || v instanceof Global || v instanceof FreeVar || v instanceof FieldAddr || v instanceof IndexAddr;
    }
}
