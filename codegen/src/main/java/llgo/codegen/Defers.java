/*
 * defer, recover and the recover block (Go spec: "Defer statements", "Handling panics";
 * runtime/ABI.md "defer, panic and recover"). A function with defer statements reserves a
 * defer frame in its entry block, pushes it (llgo_deferpush) and calls _setjmp on it
 * (returns_twice); a non-zero return means a deferred call recovered a panic: the function
 * runs its remaining deferred calls (llgo_rundefers) and continues in the SSA recover block,
 * which returns the named results. Values that block uses are carried across the longjmp in
 * memory: an SSA value defined after the setjmp is spilled to an entry slot, and every load
 * and store of a variable the block reads is volatile, so neither survives in a register only.
 * Each Defer packs the call's evaluated operands into a heap environment and registers a
 * thunk {@code void fn$deferN(ptr env)} that reloads them and makes the call
 * (llgo_deferproc), together with the callee's code address: a function that calls
 * recover asks at entry whether the panic called it directly as that deferred call
 * (llgo_isdeferredcall), and its recover() passes the answer to llgo_recover; a deferred
 * recover() gets the answer of the function that deferred it.
 * A wrapper passes the question on to the method it calls (llgo_deferforward).
 * Runtime functions: llgo_deferpush, llgo_deferproc, llgo_rundefers, llgo_isdeferredcall,
 * llgo_deferforward, llgo_recover, llgo_alloc; libc's _setjmp.
 */
package llgo.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

import llgo.ssa.BasicBlock;
import llgo.ssa.Builtin;
import llgo.ssa.Const;
import llgo.ssa.Function;
import llgo.ssa.Global;
import llgo.ssa.Instruction;
import llgo.ssa.Instruction.Alloc;
import llgo.ssa.Instruction.Call;
import llgo.ssa.Instruction.Defer;
import llgo.ssa.Instruction.ValueInstr;
import llgo.ssa.Value;

final class Defers {
    /** Bytes reserved for a defer frame (ABI.md; the runtime asserts its frame fits). */
    static final int FRAME_SIZE = 256;

    private final FunctionBuilder fb;
    /** The SSA recover block, or null when the function has no defer statement (or is a helper). */
    private final BasicBlock recoverBlock;
    private final boolean callsRecover;
    /** Values the recover block uses that do not dominate it, spilled to entry slots (instructions: identity equality; in block order, for stable IR). */
    private final Map<Value, LLVMValueRef> spillSlots = new LinkedHashMap<>();
    /** Variables (Allocs) the recover block reads. */
    private final Set<Value> recoverVariables = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Addresses of LLVM values whose loads and stores must be volatile. */
    private final Set<Long> volatileAddresses = new HashSet<>();
    private LLVMValueRef frame;
    private LLVMValueRef armed;
    private int thunks;

    Defers(FunctionBuilder fb) {
        this.fb = fb;
        this.recoverBlock = fb.fn == null ? null : fb.fn.recover();
        this.callsRecover = fb.fn != null && callsRecover(fb.fn);
        if (recoverBlock != null) {
            for (Instruction instr : recoverBlock.instrs()) {
                for (Value v : instr.operands()) {
                    if (v instanceof Alloc) recoverVariables.add(v);
                    if (v instanceof ValueInstr vi && vi.block() != recoverBlock && !(v instanceof Alloc a && !a.heap())) spillSlots.put(v, null);
                }
            }
        }
    }

    /** Whether fn calls recover() or defers it ({@code defer recover()} recovers as if fn called it when fn returns). */
    private static boolean callsRecover(Function fn) {
        for (BasicBlock block : fn.blocks()) {
            for (Instruction instr : block.instrs()) {
                if (instr instanceof Call c && isRecover(c) || instr instanceof Defer d && isRecover(d.call())) return true;
            }
        }
        return false;
    }

    private static boolean isRecover(Call c) {
        return c.callee() instanceof Builtin b && b.id() == llgo.frontend.types.Obj.Builtin.Id.RECOVER;
    }

    /**
     * Emits the entry part: the frame, the spill slots (zeroed) and, in a function that calls
     * recover, the question whether a panic called it as a deferred call. Precondition: the
     * builder is in the entry block and no call has been emitted yet.
     */
    void createEntry() {
        ModuleContext mc = fb.mc;
        if (callsRecover) armed = fb.call(mc.runtime.isdeferredcall(), fb.llvmFn);
        if (recoverBlock == null) return;
        frame = fb.createEntryAlloca(LLVMArrayType2(mc.i8, FRAME_SIZE), "deferframe");
        LLVMSetAlignment(frame, 16);
        for (Value v : new ArrayList<>(spillSlots.keySet())) {
            LLVMTypeRef t = fb.loweredType(v.type());
            LLVMValueRef slot = fb.createEntryAlloca(t, "spill." + v.name());
            LLVMSetVolatile(LLVMBuildStore(fb.b, LLVMConstNull(t), slot), 1);
            spillSlots.put(v, slot);
        }
    }

    /** Called for every value emitted: spills it when the recover block needs it and remembers variables it reads. */
    void valueDefined(ValueInstr v, LLVMValueRef llvm) {
        if (recoverVariables.contains(v)) volatileAddresses.add(llvm.address());
        LLVMValueRef slot = spillSlots.get(v);
        if (slot == null) return;
        if (v instanceof Instruction.Phi) {
            fb.unsupported("a phi used by the recover block", null);
            return;
        }
        LLVMSetVolatile(LLVMBuildStore(fb.b, llvm, slot), 1);
    }

    /**
     * The block a recovered panic lands in: runs the remaining deferred calls, reloads the
     * spilled values and leaves the builder there for the SSA recover block; null when the
     * function has no frame.
     */
    LLVMBasicBlockRef createRecoverLanding() {
        if (recoverBlock == null) return null;
        LLVMBasicBlockRef landing = LLVMAppendBasicBlockInContext(fb.mc.ctx, fb.llvmFn, "recovered");
        LLVMPositionBuilderAtEnd(fb.b, landing);
        fb.call(fb.mc.runtime.rundefers(), frame);
        for (Map.Entry<Value, LLVMValueRef> e : spillSlots.entrySet()) {
            LLVMValueRef load = LLVMBuildLoad2(fb.b, fb.loweredType(e.getKey().type()), e.getValue(), "");
            LLVMSetVolatile(load, 1);
            fb.setValue(e.getKey(), load);
            if (recoverVariables.contains(e.getKey())) volatileAddresses.add(load.address());
        }
        return landing;
    }

    /**
     * Ends the entry block: a plain branch to the body, or, with a frame, push, _setjmp and a
     * branch to the body (0) or the landing (non-zero).
     */
    void createBranchToBody(LLVMBasicBlockRef body, LLVMBasicBlockRef landing) {
        if (recoverBlock == null) {
            LLVMBuildBr(fb.b, body);
            return;
        }
        fb.call(fb.mc.runtime.deferpush(), frame);
        LLVMValueRef jumped = fb.call(fb.mc.runtime.setjmp(), frame);
        LLVMValueRef normal = LLVMBuildICmp(fb.b, LLVMIntEQ, jumped, LLVMConstInt(fb.mc.i32, 0, 0), "");
        LLVMBuildCondBr(fb.b, normal, body, landing);
    }

    /** Makes every load and store of a variable the recover block reads volatile. Precondition: the body is complete. */
    void markRecoverStateVolatile() {
        if (volatileAddresses.isEmpty()) return;
        for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fb.llvmFn); bb != null && !bb.isNull(); bb = LLVMGetNextBasicBlock(bb)) {
            for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i != null && !i.isNull(); i = LLVMGetNextInstruction(i)) {
                LLVMValueRef address = null;
                if (LLVMIsALoadInst(i) != null && !LLVMIsALoadInst(i).isNull()) address = LLVMGetOperand(i, 0);
                else if (LLVMIsAStoreInst(i) != null && !LLVMIsAStoreInst(i).isNull()) address = LLVMGetOperand(i, 1);
                if (address != null && volatileAddresses.contains(address.address())) LLVMSetVolatile(i, 1);
                // a large variable is copied by memmove/memset (Memory): their isvolatile operand
                if (LLVMIsAMemIntrinsic(i) != null && !LLVMIsAMemIntrinsic(i).isNull()
                        && (volatileAddresses.contains(LLVMGetOperand(i, 0).address())
                            || volatileAddresses.contains(LLVMGetOperand(i, 1).address()))) {
                    LLVMSetOperand(i, 3, LLVMConstInt(fb.mc.i1, 1, 0));
                }
            }
        }
    }

    LLVMValueRef createRunDefers() {
        fb.call(fb.mc.runtime.rundefers(), frame);
        return null;
    }

    /** recover(): the panic value when this function was called directly by a panic as a deferred call, else nil. */
    LLVMValueRef createRecover() {
        LLVMValueRef isDeferred = armed != null ? armed : LLVMConstInt(fb.mc.i1, 0, 0);
        return fb.call(fb.mc.runtime.recover(), isDeferred);
    }

    /**
     * In a wrapper (a bound method value's or method expression's, ssa Function.isWrapper),
     * before its call of target: if a panic is running the wrapper as a deferred call, the
     * method it calls counts as that deferred call (llgo_deferforward).
     */
    void createForwardInWrapper(LLVMValueRef target) {
        if (fb.fn != null && fb.fn.isWrapper()) fb.call(fb.mc.runtime.deferforward(), fb.llvmFn, target);
    }

    /** Registers the deferred call: its evaluated operands in a heap environment, a thunk that makes the call. */
    LLVMValueRef createDefer(Defer d) {
        if (isRecover(d.call())) return createDeferredRecover();
        ClosedCall closed = createClosedCall(d.call(), "defer");
        fb.call(fb.mc.runtime.deferproc(), frame, closed.thunk(), closed.env(), calleeCode(d.call()));
        return null;
    }

    /**
     * {@code defer recover()}: recover runs as if this function called it, from its return
     * (gc's recover1.go: "like a normal call from this func"), so it recovers when this
     * function is a deferred call a panic is running; when a panic runs it (the function is
     * panicking itself), the panic called it, not the function, and it returns nil. The
     * thunk {@code void fn$deferN(ptr env)} gets this function's answer of
     * llgo_isdeferredcall in env and is registered as its own callee, so llgo_isdeferredcall
     * of the thunk tells whether a panic is making the call.
     */
    private LLVMValueRef createDeferredRecover() {
        ModuleContext mc = fb.mc;
        LLVMTypeRef type = LLVMFunctionType(mc.voidType, LLVMArrays.of(mc.ptr), 1, 0);
        LLVMValueRef thunk = LLVMAddFunction(mc.module, fb.fn.symbol() + "$defer" + (++thunks), type);
        LLVMSetLinkage(thunk, LLVMInternalLinkage);
        FunctionBuilder tb = FunctionBuilder.forHelper(mc, thunk);
        LLVMValueRef callerArmed = LLVMBuildLoad2(tb.b, mc.i1, LLVMGetParam(thunk, 0), "armed");
        LLVMValueRef byPanic = tb.call(mc.runtime.isdeferredcall(), thunk);
        tb.call(mc.runtime.recover(), LLVMBuildAnd(tb.b, callerArmed, LLVMBuildNot(tb.b, byPanic, ""), ""));
        LLVMBuildRetVoid(tb.b);
        tb.dispose();
        LLVMValueRef env = fb.memory.createConservativeAlloc(mc.i1);
        LLVMBuildStore(fb.b, armed, env);
        fb.call(mc.runtime.deferproc(), frame, thunk, env, thunk);
        return null;
    }

    /** A call whose operands are evaluated: {@code thunk(env)} makes it later (a deferred call, a go statement). */
    record ClosedCall(LLVMValueRef thunk, LLVMValueRef env) {}

    /**
     * Evaluates the call's operands into a heap environment and creates the thunk
     * {@code void fn$<kind>N(ptr env)} that makes the call from it (shared with Goroutines).
     */
    ClosedCall createClosedCall(Call call, String kind) {
        ModuleContext mc = fb.mc;
        List<Value> captured = new ArrayList<>();
        List<LLVMTypeRef> types = new ArrayList<>();
        for (Value v : call.operands()) {
            if (!isEvaluatedHere(v) || captured.stream().anyMatch(c -> c == v)) continue;
            captured.add(v);
            types.add(fb.isLarge(v.type()) ? fb.llvmType(v.type()) : LLVMTypeOf(fb.getValue(v)));
        }
        if (call.isInvoke()) {
            // gc evaluates the method value i.M at the defer (go) statement: a nil interface panics here.
            fb.memory.createNilCheck(null, LLVMBuildExtractValue(fb.b, fb.getValue(call.callee()), 0, ""));
        }
        LLVMTypeRef envType = mc.literalStruct(types);
        LLVMValueRef env = LLVMConstNull(mc.ptr);
        if (!captured.isEmpty()) {
            env = fb.memory.createConservativeAlloc(envType);
            // a large operand is copied into the environment, which nothing writes afterwards
            for (int k = 0; k < captured.size(); k++) {
                LLVMValueRef field = LLVMBuildStructGEP2(fb.b, envType, env, k, "");
                if (fb.isLarge(captured.get(k).type())) fb.createMemCopy(field, fb.getAddress(captured.get(k)), captured.get(k).type());
                else LLVMBuildStore(fb.b, fb.getValue(captured.get(k)), field);
            }
        }
        return new ClosedCall(createThunk(call, captured, envType, kind), env);
    }

    /** Operands that are not constants of the module (constants, builtins, functions, globals) are evaluated at the defer statement. */
    private static boolean isEvaluatedHere(Value v) {
        return v != null && !(v instanceof Const) && !(v instanceof Builtin) && !(v instanceof Function) && !(v instanceof Global);
    }

    /**
     * The code address the deferred call enters: the function of a static call or of a func
     * value, the itab's method function of an interface method call (read at the defer
     * statement, which evaluates the interface value); null for a builtin.
     */
    private LLVMValueRef calleeCode(Call call) {
        if (call.callee() instanceof Builtin) return LLVMConstNull(fb.mc.ptr);
        if (call.isInvoke()) return fb.interfaces.createMethodCode(call);
        if (!isFuncValue(call)) return fb.mc.getFunction((Function) call.callee());
        return LLVMBuildExtractValue(fb.b, fb.getValue(call.callee()), 0, "");
    }

    /** Whether the call goes through a func value (as Calls makes it), not to a function, builtin or interface method. */
    private static boolean isFuncValue(Call call) {
        if (call.isInvoke() || call.callee() instanceof Builtin) return false;
        return !(call.callee() instanceof Function f && f.freeVars().isEmpty());
    }

    /**
     * {@code void fn$deferN(ptr env)}: loads the operands from env and makes the call, never
     * inlined (so the deferred function has its own frame in tracebacks, where the thunk's is
     * elided); a nil func value panics (recoverably) when the deferred call runs, as the spec says.
     */
    private LLVMValueRef createThunk(Call call, List<Value> captured, LLVMTypeRef envType, String kind) {
        ModuleContext mc = fb.mc;
        LLVMTypeRef type = LLVMFunctionType(mc.voidType, LLVMArrays.of(mc.ptr), 1, 0);
        LLVMValueRef thunk = LLVMAddFunction(mc.module, fb.fn.symbol() + "$" + kind + (++thunks), type);
        LLVMSetLinkage(thunk, LLVMInternalLinkage);
        FunctionBuilder tb = FunctionBuilder.forHelper(mc, thunk);
        LLVMValueRef env = LLVMGetParam(thunk, 0);
        for (int k = 0; k < captured.size(); k++) {
            LLVMValueRef slot = LLVMBuildStructGEP2(tb.b, envType, env, k, "");
            Value v = captured.get(k);
            tb.setValue(v, tb.isLarge(v.type()) ? slot : LLVMBuildLoad2(tb.b, LLVMStructGetTypeAtIndex(envType, k), slot, ""));
        }
        if (isFuncValue(call)) tb.memory.createNilCheck(null, LLVMBuildExtractValue(tb.b, tb.getValue(call.callee()), 0, ""));
        LLVMValueRef made = tb.calls.createCall(call);
        if (made != null && LLVMIsAAllocaInst(made) != null && !LLVMIsAAllocaInst(made).isNull()) made = tb.calls.lastCall();   // large results
        if (made != null && LLVMIsACallInst(made) != null && !LLVMIsACallInst(made).isNull()) {
            // the deferred function keeps its own frame in tracebacks (the thunk's is elided)
            int noinline = LLVMGetEnumAttributeKindForName("noinline", "noinline".length());
            LLVMAddCallSiteAttribute(made, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(mc.ctx, noinline, 0));
        }
        LLVMBuildRetVoid(tb.b);
        tb.dispose();
        return thunk;
    }
}
