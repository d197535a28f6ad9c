/*
 * The functions that itabs and method tables point at (runtime/ABI.md "Itabs" and "Method
 * tables"): each takes the interface data word as its receiver, then the method's
 * parameters and the trailing context (the Go calling convention). A pointer-receiver
 * method, or any method of a kindDirectIface type, is used as it is; a value-receiver method
 * of a boxed type goes through a linkonce_odr wrapper {@code <method symbol>$ptr} that loads
 * the value from the box (a nil *T panics there with the nil dereference, as in gc). Also
 * lists the methods of a type's method table, from the frontend's MethodSet; a method
 * promoted through embedded fields, including one of an embedded interface, is reached
 * through a linkonce_odr wrapper {@code T.M$promoted}. Every wrapper passes a deferred-call
 * note on to its method (llgo_deferforward). Large results go through the out-pointer that
 * precedes the data word (ABI.md "Large values"), which wrappers pass on; a wrapper passes a
 * large value receiver as a pointer to a copy of its own, since the *T it was loaded from
 * may be written while the method runs.
 */
package llgo.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayList;
import java.util.List;

import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

import llgo.frontend.syntax.Pos;
import llgo.frontend.types.Interface;
import llgo.frontend.types.MethodSet;
import llgo.frontend.types.Obj;
import llgo.frontend.types.Selection;
import llgo.frontend.types.Type;
import llgo.frontend.types.Types;

final class MethodFunctions {
    private final ModuleContext mc;

    MethodFunctions(ModuleContext mc) { this.mc = mc; }

    /** One embedded field on the way to a promoted method: field index of owner's struct, and whether the field is a pointer. */
    record Step(Type owner, int index, boolean pointer) {}

    /**
     * A method of a method table: the method (declared on a named type, or of an embedded
     * interface when {@code viaInterface} is that interface) and the embedded fields that
     * lead to its receiver (empty when declared on the type itself).
     */
    record Entry(Obj.Func method, List<Step> path, Interface viaInterface) {}

    /**
     * The methods c's method table lists (ABI.md "Method tables"): c's method set
     * (frontend MethodSet: promotion through embedded structs, pointers and interfaces,
     * ambiguity and shadowing as the spec says), in its order, by name. Empty for an
     * interface type, whose methods are in its own descriptor.
     */
    static List<Entry> methodSet(Type c) {
        if (c.underlying() instanceof Interface) return List.of();
        List<Entry> set = new ArrayList<>();
        for (Selection s : MethodSet.of(c)) set.add(entry(c, s));
        return set;
    }

    /** Follows the selection's index path from c through embedded fields. */
    private static Entry entry(Type c, Selection s) {
        Type cur = c instanceof Type.Pointer p ? p.elem() : c;
        List<Step> path = new ArrayList<>();
        for (int k = 0; k < s.index().size() - 1; k++) {
            int i = s.index().get(k);
            Obj.Var field = ((Type.Struct) cur.underlying()).fields().get(i);
            boolean ptr = field.type() instanceof Type.Pointer;
            path.add(new Step(cur, i, ptr));
            cur = ptr ? ((Type.Pointer) field.type()).elem() : field.type();
        }
        Obj.Func method = (Obj.Func) s.obj();
        return new Entry(method, List.copyOf(path), cur.underlying() instanceof Interface it ? it : null);
    }

    /**
     * The method's signature without its receiver and without parameter names (what a method
     * table's mtyp describes: identical signatures get the same descriptor).
     */
    static Type.Signature withoutReceiver(Type.Signature sig) {
        return new Type.Signature(null, List.of(), unnamed(sig.params()), unnamed(sig.results()), sig.variadic());
    }

    private static Type.Tuple unnamed(Type.Tuple t) {
        List<Obj.Var> vars = new ArrayList<>();
        for (Obj.Var v : t.vars()) vars.add(Obj.Var.param(Pos.NONE, null, "", v.type()));
        return new Type.Tuple(vars);
    }

    /** The function for interface method m in c's method table taking the data word as receiver, or null when c lacks m. */
    LLVMValueRef getMethodFunction(Type c, Obj.Func m) {
        for (Entry e : methodSet(c)) if (Types.sameId(e.method(), m)) return getMethodFunction(c, e);
        return null;
    }

    /** The function for entry e of c's method set taking the data word as receiver. */
    LLVMValueRef getMethodFunction(Type c, Entry e) {
        if (e.viaInterface() != null) return getPromotedWrapper(e, null, false);
        boolean pointer = c instanceof Type.Pointer;
        Obj.Func impl = e.method();
        boolean pointerReceiver = impl.signature().recv().type() instanceof Type.Pointer;
        LLVMValueRef target = declareMethod(impl);
        if (!e.path().isEmpty()) return getPromotedWrapper(e, target, pointerReceiver);
        if (pointerReceiver || (!pointer && TypeDescriptors.isDirectIface(c))) return target;
        return getValueMethodWrapper(impl, target, pointer ? ((Type.Pointer) c).elem() : c);
    }

    /**
     * {@code T.M$promoted(p, args..., ctx)} for a method promoted into struct type T: p points
     * at a T (the box of a T value or the *T itself); follows the embedded fields (loading
     * embedded pointers) to the receiver and calls the method with its address or its value;
     * for a method of an embedded interface (target null), loads the interface value and
     * calls the method through its itab with its data word, as an interface method call does.
     */
    private LLVMValueRef getPromotedWrapper(Entry e, LLVMValueRef target, boolean pointerReceiver) {
        Type owner = e.path().get(0).owner();
        String symbol = mc.typeSymbols.symbol(owner) + "." + e.method().name() + "$promoted";
        LLVMValueRef w = LLVMGetNamedFunction(mc.module, symbol);
        if (w != null && !w.isNull()) return w;
        w = LLVMAddFunction(mc.module, symbol, methodType(e.method().signature()));
        LLVMSetLinkage(w, LLVMLinkOnceODRLinkage);
        LLVMBuilderRef b = LLVMCreateBuilderInContext(mc.ctx);
        LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(mc.ctx, w, "entry"));
        LLVMValueRef p = LLVMGetParam(w, dataWord(e.method().signature()));
        for (Step step : e.path()) {
            createNilCheck(b, w, p);
            p = LLVMBuildStructGEP2(b, mc.getLLVMType(step.owner()), p, step.index(), "");
            if (step.pointer()) p = LLVMBuildLoad2(b, mc.ptr, p, "");
        }
        if (e.viaInterface() != null) {
            LLVMValueRef iface = LLVMBuildLoad2(b, mc.interfaceType, p, "");
            LLVMValueRef itab = LLVMBuildExtractValue(b, iface, 0, "");
            long offset = Interfaces.ITAB_FUN_OFFSET + 8L * e.viaInterface().allMethods().indexOf(e.method());
            LLVMValueRef slot = LLVMBuildGEP2(b, mc.i8, itab, LLVMArrays.of(LLVMConstInt(mc.i64, offset, 0)), 1, "");
            LLVMValueRef code = LLVMBuildLoad2(b, mc.ptr, slot, "");
            return forward(b, w, methodType(e.method().signature()), code, LLVMBuildExtractValue(b, iface, 1, ""),
                    dataWord(e.method().signature()));
        }
        Type recv = e.method().signature().recv().type();
        if (!pointerReceiver) createNilCheck(b, w, p);
        return forward(b, w, target, pointerReceiver ? p : receiverValue(b, recv, p), dataWord(e.method().signature()));
    }

    /**
     * The LLVM type of a data-word method function: the out-pointer of large results, the data
     * word, the method's parameters, the context.
     */
    LLVMTypeRef methodType(Type.Signature sig) {
        return mc.functionType(mc.ptr, sig);
    }

    /** The index of the data word among a method function's parameters: after the out-pointer of large results. */
    private int dataWord(Type.Signature sig) { return mc.returnsInMemory(sig) ? 1 : 0; }

    /**
     * The receiver argument for a value of type recv at p: the value, or for a large one a
     * pointer to a copy in the wrapper's frame (the method may write *p through another pointer).
     */
    private LLVMValueRef receiverValue(LLVMBuilderRef b, Type recv, LLVMValueRef p) {
        LLVMTypeRef t = mc.getLLVMType(recv);
        if (!mc.isLarge(t)) return LLVMBuildLoad2(b, t, p, "");
        LLVMValueRef copy = LLVMBuildAlloca(b, t, "recv");
        int align = (int) mc.alignOf(t);
        LLVMSetAlignment(copy, Math.max(8, align));
        LLVMBuildMemMove(b, copy, align, p, align, LLVMConstInt(mc.i64, mc.sizeOf(t), 0));
        return copy;
    }

    /** The method's own function (its receiver as declared), declared in this module. */
    LLVMValueRef declareMethod(Obj.Func impl) {
        String symbol = impl.fullName();
        LLVMValueRef f = LLVMGetNamedFunction(mc.module, symbol);
        if (f == null || f.isNull()) f = LLVMAddFunction(mc.module, symbol, mc.functionType(impl.signature()));
        return f;
    }

    /** {@code T.M$ptr(p, args..., ctx)}: loads *p and calls T.M with it (the data word points to the boxed T). */
    private LLVMValueRef getValueMethodWrapper(Obj.Func impl, LLVMValueRef target, Type receiver) {
        String symbol = impl.fullName() + "$ptr";
        LLVMValueRef w = LLVMGetNamedFunction(mc.module, symbol);
        if (w != null && !w.isNull()) return w;
        w = LLVMAddFunction(mc.module, symbol, methodType(impl.signature()));
        LLVMSetLinkage(w, LLVMLinkOnceODRLinkage);
        LLVMBuilderRef b = LLVMCreateBuilderInContext(mc.ctx);
        LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(mc.ctx, w, "entry"));
        LLVMValueRef p = LLVMGetParam(w, dataWord(impl.signature()));
        createNilCheck(b, w, p);
        return forward(b, w, target, receiverValue(b, receiver, p), dataWord(impl.signature()));
    }

    /**
     * In wrapper w: panics with the nil dereference (llgo_panicnilderef) when p, about to be
     * dereferenced, is nil (a nil *T in an interface; LLVM would treat the load as undefined
     * behaviour); continues in a new block.
     */
    private void createNilCheck(LLVMBuilderRef b, LLVMValueRef w, LLVMValueRef p) {
        LLVMValueRef isNil = LLVMBuildICmp(b, LLVMIntEQ, p, LLVMConstNull(mc.ptr), "");
        LLVMBasicBlockRef fail = LLVMAppendBasicBlockInContext(mc.ctx, w, "nilcheck.fail");
        LLVMBasicBlockRef next = LLVMAppendBasicBlockInContext(mc.ctx, w, "nilcheck.next");
        LLVMBuildCondBr(b, isNil, fail, next);
        LLVMPositionBuilderAtEnd(b, fail);
        LLVMValueRef panic = mc.runtime.panicnilderef();
        LLVMBuildCall2(b, LLVMGlobalGetValueType(panic), panic, new PointerPointer<LLVMValueRef>(1), 0, "");
        LLVMBuildUnreachable(b);
        LLVMPositionBuilderAtEnd(b, next);
    }

    /**
     * Ends wrapper {@code w}: passes a deferred-call note for w on to target
     * (llgo_deferforward: recover() in the method sees a deferred call of the wrapper as its
     * own), calls {@code target} with w's out-pointer of large results if it has one, then
     * {@code receiver}, then w's own parameters after its data word (the method's parameters
     * and the context), returns the result, and disposes of the builder {@code b} positioned in w.
     * {@code first} is the index of w's data word (1 after an out-pointer, else 0).
     */
    private LLVMValueRef forward(LLVMBuilderRef b, LLVMValueRef w, LLVMValueRef target, LLVMValueRef receiver, int first) {
        return forward(b, w, LLVMGlobalGetValueType(target), target, receiver, first);
    }

    /** As above, for a callee of function type {@code targetType} that may be computed (an itab entry). */
    private LLVMValueRef forward(LLVMBuilderRef b, LLVMValueRef w, LLVMTypeRef targetType, LLVMValueRef target,
                                 LLVMValueRef receiver, int first) {
        LLVMValueRef note = mc.runtime.deferforward();
        LLVMBuildCall2(b, LLVMGlobalGetValueType(note), note, LLVMArrays.of(w, target), 2, "");
        List<LLVMValueRef> args = new ArrayList<>();
        if (first == 1) args.add(LLVMGetParam(w, 0));
        args.add(receiver);
        int n = LLVMCountParams(w);
        for (int k = first + 1; k < n; k++) args.add(LLVMGetParam(w, k));
        LLVMValueRef r = LLVMBuildCall2(b, targetType, target, LLVMArrays.of(args), args.size(), "");
        if (LLVMGetTypeKind(LLVMGetReturnType(targetType)) == LLVMVoidTypeKind) LLVMBuildRetVoid(b);
        else LLVMBuildRet(b, r);
        LLVMDisposeBuilder(b);
        return w;
    }
}
