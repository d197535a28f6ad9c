/*
 * Variables and memory access (go/ssa's Alloc, Store and the load *x): a frame variable
 * (Alloc with heap=false) is an alloca in the entry block, zeroed where the Alloc executes
 * (so a variable declared in a loop starts at zero on every iteration); an escaping one
 * (heap=true) is a fresh zeroed heap object allocated with its type's descriptor, so the
 * collector scans it precisely (ABI.md "memory"); environments the compiler lays out itself
 * (closures, deferred calls) are conservative objects. Loads and stores through a pointer
 * that may be nil are preceded by an explicit nil check, as gc's run-time errors require.
 *
 * <p>Large values (ModuleContext.isLarge, ABI.md "Large values") never become first-class
 * LLVM loads or stores, which LLVM expands element by element (a 100 MB array would never
 * finish compiling): a frame variable is zeroed with memset, a load copies (memmove) into a
 * frame slot of its own, which is the loaded value (FunctionBuilder keeps large values in
 * memory), a store copies from the value's memory, a zero value is a constant global; and a
 * load whose only use is the next instruction, a store or a conversion to an interface, is
 * no copy of its own but one copy from memory to memory at that use. As gc moves frame variables over 64 KB to the heap (cmd/compile/internal/ir
 * MaxImplicitStackVarSize), so does this: a thread stack of a few megabytes cannot hold them.
 * Runtime functions: llgo_newobject, llgo_alloc, llgo_panicnilderef.
 */
package llgo.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

import llgo.frontend.types.Type;
import llgo.ssa.FreeVar;
import llgo.ssa.Global;
import llgo.ssa.Instruction.Alloc;
import llgo.ssa.Instruction.FieldAddr;
import llgo.ssa.Instruction;
import llgo.ssa.Instruction.IndexAddr;
import llgo.ssa.Instruction.MakeInterface;
import llgo.ssa.Instruction.Store;
import llgo.ssa.Instruction.UnOp;
import llgo.ssa.Value;

final class Memory {
    /** Frame variables bigger than this many bytes live on the heap. */
    static final long MAX_FRAME_VARIABLE = 64 * 1024;

    private final FunctionBuilder fb;

    /** Loads of large aggregates not emitted: the address each one would read, for the copy that uses it. */
    private final Map<UnOp, LLVMValueRef> copiedLoads = new IdentityHashMap<>();

    /** SSA pointers nil-checked in the SSA block being emitted. */
    private final Set<Value> checkedInBlock = Collections.newSetFromMap(new IdentityHashMap<>());

    Memory(FunctionBuilder fb) { this.fb = fb; }

    /** Called when a new SSA block starts: checks made in other blocks do not dominate it. */
    void startBlock() { checkedInBlock.clear(); }

    LLVMValueRef createAlloc(Alloc a) {
        if (a.heap()) return createNew(a.elem());
        LLVMTypeRef t = fb.llvmType(a.elem());
        long size = fb.mc.sizeOf(t);
        if (size > MAX_FRAME_VARIABLE) return createNew(a.elem());
        LLVMValueRef slot = fb.createEntryAlloca(t, a.comment() == null ? "" : a.comment());
        if (fb.mc.isLarge(t)) LLVMBuildMemSet(fb.b, slot, LLVMConstInt(fb.mc.i8, 0, 0), fb.i64(size), (int) fb.mc.alignOf(t));
        else LLVMBuildStore(fb.b, LLVMConstNull(t), slot);
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

    /**
     * {@code *x}; for a large value a frame slot holding a copy, or null (no LLVM value) when
     * the load is only copied at its use, see {@link #isCopiedLoad}.
     */
    LLVMValueRef createLoad(UnOp load) {
        LLVMValueRef p = fb.getValue(load.x());
        createNilCheck(load.x(), p);
        if (isCopiedLoad(load)) {
            copiedLoads.put(load, p);
            return null;
        }
        if (fb.isLarge(load.type())) {
            LLVMValueRef slot = fb.createEntryAlloca(fb.llvmType(load.type()), "load");
            fb.createMemCopy(slot, p, load.type());
            return slot;
        }
        return LLVMBuildLoad2(fb.b, fb.llvmType(load.type()), p, "");
    }

    LLVMValueRef createStore(Store s) {
        LLVMValueRef p = fb.getValue(s.addr());
        createNilCheck(s.addr(), p);
        if (!createCopy(p, s.val())) LLVMBuildStore(fb.b, fb.getValue(s.val()), p);
        return null;
    }

    /**
     * Copies v to dst in memory when v is large (from its memory, or for a load that
     * {@link #createLoad} left out from the loaded address); false (nothing emitted) for any
     * other value.
     */
    boolean createCopy(LLVMValueRef dst, Value v) {
        LLVMValueRef src = v instanceof UnOp load ? copiedLoads.remove(load) : null;
        if (src == null && !fb.isLarge(v.type())) return false;
        fb.createMemCopy(dst, src != null ? src : fb.getAddress(v), v.type());
        return true;
    }

    /**
     * The zero value of Go type t in memory: a private constant global {@code zero:<symbol>}
     * (map lookups that find nothing read it; a large zero constant is it).
     */
    LLVMValueRef zeroValue(Type t) {
        LLVMTypeRef lt = fb.llvmType(t);
        String name = "zero:" + fb.mc.typeSymbols.symbol(t);
        LLVMValueRef g = LLVMGetNamedGlobal(fb.mc.module, name);
        if (g != null && !g.isNull()) return g;
        g = LLVMAddGlobal(fb.mc.module, lt, name);
        LLVMSetInitializer(g, LLVMConstNull(lt));
        LLVMSetLinkage(g, LLVMPrivateLinkage);
        LLVMSetGlobalConstant(g, 1);
        LLVMSetAlignment(g, (int) Math.max(8, fb.mc.alignOf(lt)));
        return g;
    }

    /**
     * A load of a large aggregate that is unused (only its nil check matters, as in {@code &*p}),
     * or whose only use is a store of the loaded value or its conversion to an interface later
     * in the same block, with only instructions that cannot write memory in between
     * ({@link #writesNoMemory}): that use copies from the loaded address directly.
     */
    private boolean isCopiedLoad(UnOp load) {
        if (!fb.isLarge(load.type()) || load.referrers().size() > 1) return false;
        if (load.referrers().isEmpty()) return true;
        Instruction use = load.referrers().get(0);
        boolean copies = use instanceof Store s && s.val() == load && s.addr() != load
                || use instanceof MakeInterface m && !TypeDescriptors.isDirectIface(m.x().type());
        if (!copies || use.block() != load.block()) return false;
        List<Instruction> instrs = load.block().instrs();
        for (int k = instrs.indexOf(load) + 1; k < instrs.size(); k++) {
            Instruction between = instrs.get(k);
            if (between == use) return true;
            if (!writesNoMemory(between)) return false;
        }
        return false;
    }

    /** Address arithmetic, loads and pure operations: what may stand between a copied load and its use. */
    private static boolean writesNoMemory(Instruction i) {
        return i instanceof FieldAddr || i instanceof IndexAddr || i instanceof Instruction.Field || i instanceof Instruction.Index
                || i instanceof UnOp u && u.op() != llgo.frontend.syntax.Op.ARROW
                || i instanceof Instruction.BinOp || i instanceof Instruction.Convert || i instanceof Instruction.ChangeType
                || i instanceof Instruction.Extract;
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
