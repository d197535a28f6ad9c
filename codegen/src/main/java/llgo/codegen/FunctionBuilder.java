/*
 * Per-function state of the code generator (after TinyGo's builder): the SSA value → LLVM
 * value map, the SSA block → LLVM block maps (an SSA block starts in its entry block but may
 * end in another one, because run-time checks split it, so phis take their incoming blocks
 * from the exit map), and the phis, created empty and filled once every block is emitted.
 * Blocks are emitted in reverse postorder, so a block's dominators are emitted before it and
 * every operand already has its LLVM value. The instruction kinds are dispatched through
 * llgo.ssa.Instruction.Visitor to one class per Go feature.
 *
 * <p>Large values (ModuleContext.isLarge; ABI.md "Large values") are kept in memory: the LLVM
 * value of an SSA value of large type is a pointer to memory holding it that nobody writes
 * while the SSA value lives (a frame slot of its own, the caller's memory for a parameter,
 * a constant for a zero value). {@link #getAddress} gives that pointer; a feature class that
 * still builds such a value as a first-class aggregate has it spilled to a slot as soon as
 * it is defined, and {@link #getValue} loads one for a class that still wants it first-class.
 * A large phi is a phi of pointers whose target is copied, right after the block's phis, to
 * the phi's own slot (through scratch slots when the block has several: the copies are a
 * parallel assignment).
 */
package llgo.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMMetadataRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

import llgo.frontend.syntax.Pos;
import llgo.frontend.types.Type;
import llgo.ssa.BasicBlock;
import llgo.ssa.Builtin;
import llgo.ssa.Const;
import llgo.ssa.Function;
import llgo.ssa.Global;
import llgo.ssa.Instruction;
import llgo.ssa.Instruction.*;
import llgo.ssa.Parameter;
import llgo.ssa.Value;

final class FunctionBuilder implements Instruction.Visitor<LLVMValueRef> {
    final ModuleContext mc;
    /** The function's line-table entry (LineTables); null for a synthetic helper. */
    private LLVMMetadataRef subprogram;
    /** The SSA function being built; null for a synthetic helper (forHelper). */
    final Function fn;
    final LLVMValueRef llvmFn;
    final LLVMBuilderRef b;

    private final LLVMBuilderRef allocaBuilder;
    private final Map<Value, LLVMValueRef> values = new IdentityHashMap<>();
    private final Map<BasicBlock, LLVMBasicBlockRef> blockEntries = new IdentityHashMap<>();
    private final Map<BasicBlock, LLVMBasicBlockRef> blockExits = new IdentityHashMap<>();
    private final List<Phi> pendingPhis = new ArrayList<>();
    /** The LLVM phi of pointers of each large phi (whose SSA value is its own slot). */
    private final Map<Phi, LLVMValueRef> largePhis = new IdentityHashMap<>();
    /** The out-pointer parameter of a function whose results are large (ABI.md "Large values"), else null. */
    private LLVMValueRef resultPointer;
    private Instruction current;

    final Constants constants;
    final Memory memory;
    final Arithmetic arithmetic;
    final Comparisons comparisons;
    final Conversions conversions;
    final Calls calls;
    final Builtins builtins;
    final Slices slices;
    final Strings strings;
    final Structs structs;
    final Interfaces interfaces;
    final Closures closures;
    final Panics panics;
    final Defers defers;
    final Maps maps;
    final Channels channels;
    final Select select;
    final Goroutines goroutines;

    /** Precondition: fn has a body; its LLVM function is declared in mc. */
    FunctionBuilder(ModuleContext mc, Function fn) {
        this(mc, fn, mc.getFunction(fn));
    }

    private FunctionBuilder(ModuleContext mc, Function fn, LLVMValueRef llvmFn) {
        this.mc = mc;
        this.fn = fn;
        this.llvmFn = llvmFn;
        this.b = LLVMCreateBuilderInContext(mc.ctx);
        this.allocaBuilder = LLVMCreateBuilderInContext(mc.ctx);
        this.constants = new Constants(mc);
        this.memory = new Memory(this);
        this.arithmetic = new Arithmetic(this);
        this.comparisons = new Comparisons(this);
        this.conversions = new Conversions(this);
        this.calls = new Calls(this);
        this.builtins = new Builtins(this);
        this.slices = new Slices(this);
        this.strings = new Strings(this);
        this.structs = new Structs(this);
        this.interfaces = new Interfaces(this);
        this.closures = new Closures(this);
        this.panics = new Panics(this);
        this.defers = new Defers(this);
        this.maps = new Maps(this);
        this.channels = new Channels(this);
        this.select = new Select(this);
        this.goroutines = new Goroutines(this);
    }

    /**
     * A builder for a synthetic helper (such as an equal function) that has no SSA function:
     * positioned at the end of a new entry block of llvmFn; the caller emits the body with
     * the feature classes, then calls {@link #dispose}.
     */
    static FunctionBuilder forHelper(ModuleContext mc, LLVMValueRef llvmFn) {
        FunctionBuilder fb = new FunctionBuilder(mc, null, llvmFn);
        LLVMBasicBlockRef entry = LLVMAppendBasicBlockInContext(mc.ctx, llvmFn, "entry");
        LLVMPositionBuilderAtEnd(fb.b, entry);
        LLVMPositionBuilderAtEnd(fb.allocaBuilder, entry);
        return fb;
    }

    void dispose() {
        LLVMDisposeBuilder(b);
        LLVMDisposeBuilder(allocaBuilder);
    }

    /** Emits the whole body: parameters, free variables, every reachable block, then the phi edges. */
    void createFunctionBody() {
        // every package that uses an instance of a generic function emits it: the linker keeps one
        if (fn.isInstance()) LLVMSetLinkage(llvmFn, LLVMLinkOnceODRLinkage);
        List<Parameter> params = fn.params();
        int first = mc.returnsInMemory(fn.signature()) ? 1 : 0;
        if (first == 1) {
            resultPointer = LLVMGetParam(llvmFn, 0);
            setName(resultPointer, "result");
        }
        for (int i = 0; i < params.size(); i++) {
            LLVMValueRef param = LLVMGetParam(llvmFn, first + i);
            setName(param, params.get(i).name());
            values.put(params.get(i), param);
        }
        setName(LLVMGetParam(llvmFn, first + params.size()), "context");
        LLVMBasicBlockRef allocaBlock = LLVMAppendBasicBlockInContext(mc.ctx, llvmFn, "entry");
        LLVMPositionBuilderAtEnd(allocaBuilder, allocaBlock);
        LLVMPositionBuilderAtEnd(b, allocaBlock);
        subprogram = mc.lineTables.createSubprogram(fn, llvmFn);
        mc.lineTables.setLocation(b, subprogram, fn.pos(), fn.pos());
        closures.createFreeVarLoads(LLVMGetParam(llvmFn, first + params.size()));
        defers.createEntry();

        List<BasicBlock> order = reversePostorder();
        for (BasicBlock block : order) {
            blockEntries.put(block, LLVMAppendBasicBlockInContext(mc.ctx, llvmFn, block.index() + "." + block.comment()));
        }
        for (BasicBlock block : order) {
            LLVMPositionBuilderAtEnd(b, blockEntries.get(block));
            createInstructions(block);
        }
        mc.lineTables.setLocation(b, subprogram, fn.pos(), fn.pos());
        LLVMBasicBlockRef recovered = defers.createRecoverLanding();
        if (recovered != null) createInstructions(fn.recover());
        for (Phi phi : pendingPhis) fillPhi(phi);
        LLVMPositionBuilderAtEnd(b, allocaBlock);   // after the allocas and free-variable loads
        defers.createBranchToBody(blockEntries.get(order.get(0)), recovered);
        defers.markRecoverStateVolatile();
        dispose();
    }

    /** Emits the instructions of an SSA block where the builder stands. */
    private void createInstructions(BasicBlock block) {
        memory.startBlock();
        List<Phi> phis = new ArrayList<>();
        boolean phisCopied = false;
        for (Instruction instr : block.instrs()) {
            current = instr;
            mc.lineTables.setLocation(b, subprogram, instr.pos(), fn.pos());
            if (!(instr instanceof Phi) && !phisCopied) {
                createLargePhiCopies(phis);
                phisCopied = true;
            }
            LLVMValueRef v = instr.accept(this);
            if (instr instanceof Phi phi && largePhis.containsKey(phi)) {
                phis.add(phi);
                continue;        // defined by createLargePhiCopies
            }
            if (instr instanceof ValueInstr vi) {
                if (v != null && isLarge(vi.type()) && LLVMGetTypeKind(LLVMTypeOf(v)) != LLVMPointerTypeKind) v = spill(v);
                values.put(vi, v);
                defers.valueDefined(vi, v);
            }
        }
        if (!phisCopied) createLargePhiCopies(phis);
        blockExits.put(block, LLVMGetInsertBlock(b));
    }

    /**
     * Copies the targets of the block's large phis to their own slots: one memmove for one
     * phi; for several, first all to scratch slots, then to the phis' slots, since a phi's
     * incoming value may be (or point into) another phi's slot.
     */
    private void createLargePhiCopies(List<Phi> phis) {
        List<LLVMValueRef> sources = new ArrayList<>();
        for (Phi phi : phis) sources.add(largePhis.get(phi));
        if (phis.size() > 1) {
            for (int k = 0; k < phis.size(); k++) {
                LLVMValueRef scratch = createEntryAlloca(llvmType(phis.get(k).type()), "phi.scratch");
                createMemCopy(scratch, sources.get(k), phis.get(k).type());
                sources.set(k, scratch);
            }
        }
        for (int k = 0; k < phis.size(); k++) {
            Phi phi = phis.get(k);
            LLVMValueRef slot = createEntryAlloca(llvmType(phi.type()), "phi");
            createMemCopy(slot, sources.get(k), phi.type());
            values.put(phi, slot);
            defers.valueDefined(phi, slot);
        }
    }

    private static void setName(LLVMValueRef v, String name) {
        LLVMSetValueName2(v, name, name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }

    /** Reachable blocks from the entry, in reverse postorder of a depth-first walk. */
    private List<BasicBlock> reversePostorder() {
        List<BasicBlock> post = new ArrayList<>();
        Set<BasicBlock> seen = new HashSet<>();
        Deque<BasicBlock> stack = new ArrayDeque<>();
        Deque<Integer> next = new ArrayDeque<>();
        BasicBlock entry = fn.blocks().get(0);
        stack.push(entry);
        next.push(0);
        seen.add(entry);
        while (!stack.isEmpty()) {
            BasicBlock top = stack.peek();
            int i = next.pop();
            if (i < top.succs().size()) {
                next.push(i + 1);
                BasicBlock s = top.succs().get(i);
                if (seen.add(s)) {
                    stack.push(s);
                    next.push(0);
                }
            } else {
                stack.pop();
                post.add(top);
            }
        }
        java.util.Collections.reverse(post);
        return post;
    }

    private void fillPhi(Phi phi) {
        boolean large = largePhis.containsKey(phi);
        LLVMValueRef llvmPhi = large ? largePhis.get(phi) : values.get(phi);
        List<BasicBlock> preds = phi.block().preds();
        List<LLVMValueRef> incoming = new ArrayList<>();
        List<LLVMBasicBlockRef> blocks = new ArrayList<>();
        for (int i = 0; i < preds.size(); i++) {
            LLVMBasicBlockRef exit = blockExits.get(preds.get(i));
            if (exit == null) continue;      // unreachable predecessor
            incoming.add(large ? getAddress(phi.edges().get(i)) : getValue(phi.edges().get(i)));
            blocks.add(exit);
        }
        LLVMAddIncoming(llvmPhi, LLVMArrays.of(incoming), LLVMArrays.of(blocks), incoming.size());
    }

    // ------------------------------------------------------------------ helpers for the feature classes

    /**
     * The LLVM value of an SSA operand, first-class (a large value is loaded from its memory:
     * feature classes that handle large values use {@link #getAddress}). Precondition: v is not
     * a Builtin and, if an instruction, already emitted.
     */
    LLVMValueRef getValue(Value v) {
        if (v instanceof Const c) return constants.create(c);
        if (isLarge(v.type()) && !(v instanceof Function) && !(v instanceof Global)) {
            return LLVMBuildLoad2(b, llvmType(v.type()), getAddress(v), "");
        }
        return getLowered(v);
    }

    /**
     * The memory holding large value v, which must not be written (ABI.md "Large values"): its
     * slot, the caller's memory for a parameter, a constant global for a zero constant. Emits
     * no instruction. Precondition: v has a large type and, if an instruction, is emitted.
     */
    LLVMValueRef getAddress(Value v) {
        if (v instanceof Const) return memory.zeroValue(v.type());
        return getLowered(v);
    }

    /** Whether a value of Go type t is large (kept in memory). */
    boolean isLarge(Type t) { return mc.isLarge(t); }

    /** The LLVM type an SSA value of Go type t has here: ptr for a large value, else t's own. */
    LLVMTypeRef loweredType(Type t) { return isLarge(t) ? mc.ptr : llvmType(t); }

    /** A fresh frame slot holding first-class value v. */
    LLVMValueRef spill(LLVMValueRef v) {
        LLVMValueRef slot = createEntryAlloca(LLVMTypeOf(v), "large");
        LLVMBuildStore(b, v, slot);
        return slot;
    }

    /** Copies a value of Go type t from memory src to dst (memmove: they may overlap or be one). */
    void createMemCopy(LLVMValueRef dst, LLVMValueRef src, Type t) {
        LLVMTypeRef lt = llvmType(t);
        int align = (int) mc.alignOf(lt);
        LLVMBuildMemMove(b, dst, align, src, align, i64(mc.sizeOf(lt)));
    }

    /** Stores the value of SSA value v (of Go type t) at dst: a copy for a large value. */
    void createStoreValue(LLVMValueRef dst, Value v) {
        if (isLarge(v.type())) createMemCopy(dst, getAddress(v), v.type());
        else LLVMBuildStore(b, conversions.createCoerce(getValue(v), llvmType(v.type())), dst);
    }

    /**
     * A tuple value of Go type {@code tuple} from its parts, each already lowered (a large part
     * as its memory): insertvalues, or for a large tuple a frame slot the parts are copied to.
     */
    LLVMValueRef createTuple(Type.Tuple tuple, List<LLVMValueRef> parts) {
        LLVMTypeRef t = llvmType(tuple);
        if (!isLarge(tuple)) {
            LLVMValueRef agg = LLVMGetUndef(t);
            for (int k = 0; k < parts.size(); k++) agg = LLVMBuildInsertValue(b, agg, parts.get(k), k, "");
            return agg;
        }
        LLVMValueRef slot = createEntryAlloca(t, "tuple");
        for (int k = 0; k < parts.size(); k++) {
            LLVMValueRef field = LLVMBuildStructGEP2(b, t, slot, k, "");
            Type pt = tuple.type(k);
            if (isLarge(pt)) createMemCopy(field, parts.get(k), pt);
            else LLVMBuildStore(b, parts.get(k), field);
        }
        return slot;
    }

    /** The out-pointer a function with large results writes them through; null when it has none. */
    LLVMValueRef resultPointer() { return resultPointer; }

    private LLVMValueRef getLowered(Value v) {
        if (v instanceof Function f) return closures.createFuncValue(mc.getFunction(f), LLVMConstNull(mc.ptr));
        if (v instanceof Global g) return mc.getGlobal(g);
        if (v instanceof Builtin) throw new IllegalArgumentException("builtin used as a value: " + v);
        LLVMValueRef r = values.get(v);
        if (r == null) throw new IllegalStateException("SSA value " + v.name() + " used before it is defined in " + fn.symbol());
        return r;
    }

    void setValue(Value v, LLVMValueRef r) { values.put(v, r); }

    LLVMTypeRef llvmType(Type t) { return mc.getLLVMType(t); }

    /** The instruction being emitted (for positions in diagnostics). */
    Instruction current() { return current; }

    /** Calls a runtime (or any) function with the given arguments; void calls get no name. */
    LLVMValueRef call(LLVMValueRef callee, LLVMValueRef... args) {
        return callTyped(LLVMGlobalGetValueType(callee), callee, List.of(args));
    }

    LLVMValueRef callTyped(LLVMTypeRef fnType, LLVMValueRef callee, List<LLVMValueRef> args) {
        return LLVMBuildCall2(b, fnType, callee, LLVMArrays.of(args), args.size(), "");
    }

    /** An alloca in the function's entry block (so it is allocated once per call). */
    LLVMValueRef createEntryAlloca(LLVMTypeRef t, String name) {
        LLVMValueRef a = LLVMBuildAlloca(allocaBuilder, t, name);
        LLVMSetAlignment(a, (int) Math.max(8, mc.alignOf(t)));
        return a;
    }

    /** A new LLVM block in this function, placed after the block being filled. */
    LLVMBasicBlockRef newBlock(String name) {
        LLVMBasicBlockRef block = LLVMAppendBasicBlockInContext(mc.ctx, llvmFn, name);
        LLVMMoveBasicBlockAfter(block, LLVMGetInsertBlock(b));
        return block;
    }

    /**
     * A block entered only on one outcome of a condition, rejoining at {@code join}:
     * {@code before} is the block the condition was computed in (the phi edge of the skipped
     * path), {@code body} the conditional block.
     */
    record Conditional(LLVMBasicBlockRef before, LLVMBasicBlockRef body, LLVMBasicBlockRef join) {}

    /**
     * Branches to a new block {@code bodyName} when {@code cond == bodyWhen}, else to a new
     * block {@code joinName} placed after it, and leaves the builder in the body. Close it with
     * {@link #endConditional}.
     */
    Conditional beginConditional(LLVMValueRef cond, boolean bodyWhen, String bodyName, String joinName) {
        LLVMBasicBlockRef before = LLVMGetInsertBlock(b);
        LLVMBasicBlockRef body = newBlock(bodyName);
        LLVMBasicBlockRef join = LLVMAppendBasicBlockInContext(mc.ctx, llvmFn, joinName);
        LLVMMoveBasicBlockAfter(join, body);
        if (bodyWhen) LLVMBuildCondBr(b, cond, body, join);
        else LLVMBuildCondBr(b, cond, join, body);
        LLVMPositionBuilderAtEnd(b, body);
        return new Conditional(before, body, join);
    }

    /**
     * Ends the body of {@code c}, continues at its join block, and returns a phi there of
     * {@code skipped} (from the path around the body) and {@code computed} (from the body);
     * a null type means no phi is needed. Precondition: the body ends in the block it began in.
     */
    LLVMValueRef endConditional(Conditional c, LLVMTypeRef type, LLVMValueRef skipped, LLVMValueRef computed) {
        LLVMBuildBr(b, c.join());
        LLVMPositionBuilderAtEnd(b, c.join());
        if (type == null) return null;
        LLVMValueRef phi = LLVMBuildPhi(b, type, "");
        LLVMAddIncoming(phi, LLVMArrays.of(skipped, computed), LLVMArrays.of(c.before(), c.body()), 2);
        return phi;
    }

    /**
     * Emits {@code if failed { onFail(); unreachable }} and continues in a new block. onFail
     * must call a noreturn runtime function.
     */
    void createCheck(LLVMValueRef failed, String name, Runnable onFail) {
        LLVMBasicBlockRef fail = newBlock(name + ".fail");
        LLVMBasicBlockRef next = LLVMAppendBasicBlockInContext(mc.ctx, llvmFn, name + ".next");
        LLVMMoveBasicBlockAfter(next, fail);
        LLVMBuildCondBr(b, failed, fail, next);
        LLVMPositionBuilderAtEnd(b, fail);
        onFail.run();
        LLVMBuildUnreachable(b);
        LLVMPositionBuilderAtEnd(b, next);
    }

    /**
     * Reports an unsupported construct at the current instruction and returns a placeholder
     * of type t: null when t is null or the empty tuple, a poison ptr when t has no LLVM type
     * (a map iterator), else poison of t's type.
     */
    LLVMValueRef unsupported(String what, Type t) {
        Pos fallback = fn == null ? Pos.NONE : fn.pos();
        mc.diagnostics.unsupported(current != null && current.pos().isValid() ? current.pos() : fallback, what);
        if (t == null) return null;
        if (t == llgo.frontend.types.Basic.INVALID) return LLVMGetPoison(mc.ptr);
        LLVMTypeRef lt = llvmType(t);
        return LLVMGetTypeKind(lt) == LLVMVoidTypeKind ? null : LLVMGetPoison(lt);
    }

    LLVMValueRef i64(long v) { return LLVMConstInt(mc.i64, v, 1); }

    // ------------------------------------------------------------------ dispatch

    @Override public LLVMValueRef visitAlloc(Alloc i) { return memory.createAlloc(i); }
    @Override public LLVMValueRef visitPhi(Phi i) {
        pendingPhis.add(i);
        if (!isLarge(i.type())) return LLVMBuildPhi(b, llvmType(i.type()), "");
        LLVMValueRef p = LLVMBuildPhi(b, mc.ptr, "");
        largePhis.put(i, p);
        return p;
    }
    @Override public LLVMValueRef visitCall(Call i) { return calls.createCall(i); }
    @Override public LLVMValueRef visitBinOp(BinOp i) { return arithmetic.createBinOp(i); }
    @Override public LLVMValueRef visitUnOp(UnOp i) { return arithmetic.createUnOp(i); }
    @Override public LLVMValueRef visitConvert(Convert i) { return conversions.createConvert(i); }
    @Override public LLVMValueRef visitChangeType(ChangeType i) { return conversions.createChangeType(i); }
    @Override public LLVMValueRef visitMakeInterface(MakeInterface i) { return interfaces.createMakeInterface(i); }
    @Override public LLVMValueRef visitChangeInterface(ChangeInterface i) { return interfaces.createChangeInterface(i); }
    @Override public LLVMValueRef visitMakeClosure(MakeClosure i) { return closures.createMakeClosure(i); }
    @Override public LLVMValueRef visitMakeSlice(MakeSlice i) { return slices.createMakeSlice(i); }
    @Override public LLVMValueRef visitMakeMap(MakeMap i) { return maps.createMakeMap(i); }
    @Override public LLVMValueRef visitMakeChan(MakeChan i) { return channels.createMakeChan(i); }
    @Override public LLVMValueRef visitSlice(Slice i) { return slices.createSlice(i); }
    @Override public LLVMValueRef visitFieldAddr(FieldAddr i) { return structs.createFieldAddr(i); }
    @Override public LLVMValueRef visitField(Field i) { return structs.createField(i); }
    @Override public LLVMValueRef visitIndexAddr(IndexAddr i) { return slices.createIndexAddr(i); }
    @Override public LLVMValueRef visitIndex(Index i) { return slices.createIndex(i); }
    @Override public LLVMValueRef visitLookup(Lookup i) {
        return i.x().type().underlying() instanceof Type.Map ? maps.createLookup(i) : strings.createLookup(i);
    }
    @Override public LLVMValueRef visitTypeAssert(TypeAssert i) { return interfaces.createTypeAssert(i); }
    @Override public LLVMValueRef visitExtract(Extract i) { return calls.createExtract(i); }
    @Override public LLVMValueRef visitRange(Range i) {
        return i.x().type().underlying() instanceof Type.Map ? maps.createRange(i) : strings.createRange(i);
    }
    @Override public LLVMValueRef visitNext(Next i) {
        if (i.isString()) return strings.createNext(i);
        Range range = (Range) i.iter();
        return maps.createNext(i, (Type.Map) range.x().type().underlying());
    }
    @Override public LLVMValueRef visitSelect(llgo.ssa.Instruction.Select i) { return select.createSelect(i); }
    @Override public LLVMValueRef visitJump(Jump i) {
        LLVMBuildBr(b, blockEntries.get(i.block().succs().get(0)));
        return null;
    }
    @Override public LLVMValueRef visitIf(If i) {
        List<BasicBlock> succs = i.block().succs();
        LLVMBuildCondBr(b, getValue(i.cond()), blockEntries.get(succs.get(0)), blockEntries.get(succs.get(1)));
        return null;
    }
    @Override public LLVMValueRef visitReturn(Return i) { return calls.createReturn(i); }
    @Override public LLVMValueRef visitPanic(Panic i) { return panics.createPanic(i); }
    @Override public LLVMValueRef visitStore(Store i) { return memory.createStore(i); }
    @Override public LLVMValueRef visitMapUpdate(MapUpdate i) { return maps.createMapUpdate(i); }
    @Override public LLVMValueRef visitSend(Send i) { return channels.createSend(i); }
    @Override public LLVMValueRef visitGo(Go i) { return goroutines.createGo(i); }
    @Override public LLVMValueRef visitDefer(Defer i) { return defers.createDefer(i); }
    @Override public LLVMValueRef visitRunDefers(RunDefers i) { return defers.createRunDefers(); }
}
