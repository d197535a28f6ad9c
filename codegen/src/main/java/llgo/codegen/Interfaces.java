/*
 * Interface values (Go spec: "Interface types", "Type assertions"; ABI.md "Value
 * representation" and "Type descriptors"): an empty interface is {type, data}, a non-empty
 * one {itab, data}. MakeInterface stores a pointer-shaped value in the data word itself and
 * boxes any other value in a fresh heap copy (gc's kindDirectIface rule, see
 * TypeDescriptors.isDirectIface). An itab follows gc's runtime.itab (runtime/runtime2.go):
 * {inter, _type, hash uint32, 4 bytes padding, fun[methods sorted by name]}, emitted as a
 * linkonce_odr global {@code itab:<concrete>,<interface>}; each fun entry takes the data word
 * as receiver, so a value-receiver method gets a small linkonce_odr wrapper that loads the
 * boxed value. Invoke loads fun[k] and calls it with the data word, the arguments and a null
 * context. A type assertion to a concrete type compares type words (descriptors and itabs are
 * unique per program after linkonce_odr merging); on failure without comma-ok it panics with
 * gc's "interface conversion" text built from the descriptors' names.
 * Runtime functions: llgo_alloc, llgo_panic, llgo_concatstring2, llgo_panicnilderef.
 */
package llgo.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayList;
import java.util.List;

import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

import llgo.frontend.types.Interface;
import llgo.frontend.types.Named;
import llgo.frontend.types.Obj;
import llgo.frontend.types.Type;
import llgo.frontend.types.Types;
import llgo.ssa.Instruction.Call;
import llgo.ssa.Instruction.ChangeInterface;
import llgo.ssa.Instruction.MakeInterface;
import llgo.ssa.Instruction.TypeAssert;

final class Interfaces {
    /** Offset of itab.fun[0] (after inter, _type, hash and padding). */
    private static final int ITAB_FUN_OFFSET = 24;

    private final FunctionBuilder fb;

    Interfaces(FunctionBuilder fb) { this.fb = fb; }

    LLVMValueRef createMakeInterface(MakeInterface i) {
        Type concrete = i.x().type();
        Interface target = (Interface) i.type().underlying();
        LLVMValueRef typeWord = target.isEmpty() ? fb.mc.typeDescriptors.getTypeDescriptor(concrete) : getItab(concrete, i.type(), target);
        if (typeWord == null) return fb.unsupported("conversion of " + Types.typeString(concrete) + " to " + Types.typeString(i.type()) + " (promoted methods)", i.type());
        LLVMValueRef x = fb.getValue(i.x());
        LLVMValueRef data;
        if (TypeDescriptors.isDirectIface(concrete)) {
            data = x;
        } else {
            LLVMTypeRef t = fb.llvmType(concrete);
            data = fb.memory.createHeapAlloc(t);
            LLVMBuildStore(fb.b, x, data);
        }
        return pair(typeWord, data);
    }

    /** Conversion to interface{} (the only one without a run-time method lookup). */
    LLVMValueRef createChangeInterface(ChangeInterface i) {
        Interface to = (Interface) i.type().underlying();
        Interface from = (Interface) i.x().type().underlying();
        LLVMValueRef x = fb.getValue(i.x());
        if (from.isEmpty() || !to.isEmpty()) {
            if (to.isEmpty() || Types.identical(from, to)) return x;
            return fb.unsupported("conversion between non-empty interface types", i.type());
        }
        return pair(createDynamicType(x), LLVMBuildExtractValue(fb.b, x, 1, ""));
    }

    /** The type descriptor of a non-empty interface value (null for nil): itab._type. */
    private LLVMValueRef createDynamicType(LLVMValueRef iface) {
        LLVMValueRef itab = LLVMBuildExtractValue(fb.b, iface, 0, "");
        LLVMValueRef isNil = LLVMBuildICmp(fb.b, LLVMIntEQ, itab, LLVMConstNull(fb.mc.ptr), "");
        LLVMBasicBlockRef before = LLVMGetInsertBlock(fb.b);
        LLVMBasicBlockRef load = fb.newBlock("itab.type");
        LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(fb.mc.ctx, fb.llvmFn, "itab.done");
        LLVMMoveBasicBlockAfter(done, load);
        LLVMBuildCondBr(fb.b, isNil, done, load);
        LLVMPositionBuilderAtEnd(fb.b, load);
        LLVMValueRef typeAddr = LLVMBuildGEP2(fb.b, fb.mc.i8, itab, LLVMArrays.of(fb.i64(8)), 1, "");
        LLVMValueRef type = LLVMBuildLoad2(fb.b, fb.mc.ptr, typeAddr, "");
        LLVMBuildBr(fb.b, done);
        LLVMPositionBuilderAtEnd(fb.b, done);
        LLVMValueRef phi = LLVMBuildPhi(fb.b, fb.mc.ptr, "");
        LLVMAddIncoming(phi, LLVMArrays.of(LLVMConstNull(fb.mc.ptr), type), LLVMArrays.of(before, load), 2);
        return phi;
    }

    LLVMValueRef createTypeAssert(TypeAssert i) {
        Type asserted = i.asserted();
        if (asserted.underlying() instanceof Interface) return fb.unsupported("type assertion to an interface type", i.type());
        Type sourceType = i.x().type();
        Interface source = (Interface) sourceType.underlying();
        LLVMValueRef x = fb.getValue(i.x());
        LLVMValueRef expected = source.isEmpty() ? fb.mc.typeDescriptors.getTypeDescriptor(asserted) : getItab(asserted, sourceType, source);
        if (expected == null) return fb.unsupported("type assertion to " + Types.typeString(asserted) + " (promoted methods)", i.type());
        LLVMValueRef typeWord = LLVMBuildExtractValue(fb.b, x, 0, "");
        LLVMValueRef ok = LLVMBuildICmp(fb.b, LLVMIntEQ, typeWord, expected, "");
        LLVMTypeRef valueType = fb.llvmType(asserted);
        LLVMValueRef data = LLVMBuildExtractValue(fb.b, x, 1, "");
        if (!i.commaOk()) {
            LLVMValueRef dynamicType = source.isEmpty() ? typeWord : createDynamicType(x);
            fb.createCheck(LLVMBuildNot(fb.b, ok, ""), "typeassert", () -> createAssertPanic(sourceType, dynamicType, asserted));
            return TypeDescriptors.isDirectIface(asserted) ? data : LLVMBuildLoad2(fb.b, valueType, data, "");
        }
        LLVMValueRef value;
        if (TypeDescriptors.isDirectIface(asserted)) {
            value = LLVMBuildSelect(fb.b, ok, data, LLVMConstNull(valueType), "");
        } else {
            LLVMBasicBlockRef before = LLVMGetInsertBlock(fb.b);
            LLVMBasicBlockRef load = fb.newBlock("typeassert.ok");
            LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(fb.mc.ctx, fb.llvmFn, "typeassert.done");
            LLVMMoveBasicBlockAfter(done, load);
            LLVMBuildCondBr(fb.b, ok, load, done);
            LLVMPositionBuilderAtEnd(fb.b, load);
            LLVMValueRef loaded = LLVMBuildLoad2(fb.b, valueType, data, "");
            LLVMBuildBr(fb.b, done);
            LLVMPositionBuilderAtEnd(fb.b, done);
            value = LLVMBuildPhi(fb.b, valueType, "");
            LLVMAddIncoming(value, LLVMArrays.of(LLVMConstNull(valueType), loaded), LLVMArrays.of(before, load), 2);
        }
        LLVMValueRef tuple = LLVMBuildInsertValue(fb.b, LLVMGetUndef(fb.llvmType(i.type())), value, 0, "");
        return LLVMBuildInsertValue(fb.b, tuple, ok, 1, "");
    }

    /** panic("interface conversion: I is D, not T") with D read from the dynamic type's descriptor ("nil" when absent). */
    private void createAssertPanic(Type source, LLVMValueRef dynamicType, Type asserted) {
        fb.panics.createPanicWithTypeName("interface conversion: " + TypeDescriptors.reflectName(source) + " is ", dynamicType,
                ", not " + TypeDescriptors.reflectName(asserted));
    }

    /** An interface method call: fun[k](data, args..., null). */
    LLVMValueRef createInvoke(Call i) {
        Interface iface = (Interface) i.callee().type().underlying();
        int k = methodIndex(iface, i.method());
        LLVMValueRef x = fb.getValue(i.callee());
        LLVMValueRef itab = LLVMBuildExtractValue(fb.b, x, 0, "");
        fb.memory.createNilCheck(null, itab);
        LLVMValueRef slot = LLVMBuildGEP2(fb.b, fb.mc.i8, itab, LLVMArrays.of(fb.i64(ITAB_FUN_OFFSET + 8L * k)), 1, "");
        LLVMValueRef code = LLVMBuildLoad2(fb.b, fb.mc.ptr, slot, "");
        return fb.calls.createGoCall(methodType(i.signature()), code, List.of(LLVMBuildExtractValue(fb.b, x, 1, "")), i.args(), LLVMConstNull(fb.mc.ptr));
    }

    private static int methodIndex(Interface iface, Obj.Func method) {
        List<Obj.Func> all = iface.allMethods();
        for (int k = 0; k < all.size(); k++) if (Types.sameId(all.get(k), method)) return k;
        throw new IllegalArgumentException("method " + method.name() + " not in " + iface);
    }

    /** The type of an itab entry: the data word as receiver, then the method's parameters and the context. */
    private LLVMTypeRef methodType(Type.Signature sig) {
        List<LLVMTypeRef> params = new ArrayList<>();
        params.add(fb.mc.ptr);
        for (Obj.Var p : sig.params().vars()) params.add(fb.llvmType(p.type()));
        params.add(fb.mc.ptr);
        return LLVMFunctionType(fb.mc.resultType(sig), LLVMArrays.of(params), params.size(), 0);
    }

    // ------------------------------------------------------------------ itabs

    /** The itab for concrete type c in interface type it (underlying iface), or null if a method is promoted through embedding. */
    private LLVMValueRef getItab(Type c, Type it, Interface iface) {
        ModuleContext mc = fb.mc;
        String symbol = "itab:" + mc.typeSymbols.symbol(c) + "," + mc.typeSymbols.symbol(it);
        LLVMValueRef global = LLVMGetNamedGlobal(mc.module, symbol);
        if (global != null && !global.isNull()) return global;
        List<Obj.Func> methods = iface.allMethods();
        List<LLVMValueRef> funs = new ArrayList<>();
        for (Obj.Func m : methods) {
            LLVMValueRef f = getItabMethod(c, m);
            if (f == null) return null;
            funs.add(f);
        }
        LLVMTypeRef funType = LLVMArrayType2(mc.ptr, funs.size());
        LLVMTypeRef itabType = mc.literalStruct(mc.ptr, mc.ptr, mc.i32, LLVMArrayType2(mc.i8, 4), funType);
        global = LLVMAddGlobal(mc.module, itabType, symbol);
        LLVMValueRef hash = LLVMGetOperand(LLVMGetInitializer(globalOf(mc.typeDescriptors.getTypeDescriptor(c))), 4);
        List<LLVMValueRef> init = List.of(mc.typeDescriptors.getTypeDescriptor(it), mc.typeDescriptors.getTypeDescriptor(c),
                hash, LLVMConstNull(LLVMArrayType2(mc.i8, 4)), LLVMConstArray2(mc.ptr, LLVMArrays.of(funs), funs.size()));
        LLVMSetInitializer(global, LLVMConstStructInContext(mc.ctx, LLVMArrays.of(init), init.size(), 0));
        LLVMSetLinkage(global, LLVMLinkOnceODRLinkage);
        LLVMSetGlobalConstant(global, 1);
        LLVMSetAlignment(global, 8);
        return global;
    }

    private static LLVMValueRef globalOf(LLVMValueRef descriptorRef) { return LLVMGetOperand(descriptorRef, 0); }

    /** The function for method m of concrete type c taking the data word as receiver, or null when m is promoted. */
    private LLVMValueRef getItabMethod(Type c, Obj.Func m) {
        boolean pointer = c instanceof Type.Pointer;
        Type base = pointer ? ((Type.Pointer) c).elem() : c;
        if (!(base instanceof Named named)) return null;
        Obj.Func impl = null;
        for (Obj.Func f : named.methods()) if (Types.sameId(f, m)) impl = f;
        if (impl == null) return null;
        boolean pointerReceiver = impl.signature().recv().type() instanceof Type.Pointer;
        LLVMValueRef target = declareMethod(impl);
        if (pointerReceiver || TypeDescriptors.isDirectIface(c)) return target;
        return getValueMethodWrapper(impl, target, base);
    }

    private LLVMValueRef declareMethod(Obj.Func impl) {
        String symbol = impl.fullName();
        LLVMValueRef f = LLVMGetNamedFunction(fb.mc.module, symbol);
        if (f == null || f.isNull()) f = LLVMAddFunction(fb.mc.module, symbol, fb.mc.functionType(impl.signature()));
        return f;
    }

    /** {@code T.M$ptr(p, args..., ctx)}: loads *p and calls T.M with it (the data word points to the boxed T). */
    private LLVMValueRef getValueMethodWrapper(Obj.Func impl, LLVMValueRef target, Type receiver) {
        ModuleContext mc = fb.mc;
        String symbol = impl.fullName() + "$ptr";
        LLVMValueRef w = LLVMGetNamedFunction(mc.module, symbol);
        if (w != null && !w.isNull()) return w;
        LLVMTypeRef type = methodType(new Type.Signature(null, List.of(), impl.signature().params(), impl.signature().results(), impl.signature().variadic()));
        w = LLVMAddFunction(mc.module, symbol, type);
        LLVMSetLinkage(w, LLVMLinkOnceODRLinkage);
        LLVMBuilderRef b = LLVMCreateBuilderInContext(mc.ctx);
        LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(mc.ctx, w, "entry"));
        int n = LLVMCountParams(w);
        List<LLVMValueRef> args = new ArrayList<>();
        args.add(LLVMBuildLoad2(b, mc.getLLVMType(receiver), LLVMGetParam(w, 0), ""));
        for (int k = 1; k < n; k++) args.add(LLVMGetParam(w, k));
        LLVMTypeRef targetType = LLVMGlobalGetValueType(target);
        LLVMValueRef r = LLVMBuildCall2(b, targetType, target, LLVMArrays.of(args), args.size(), "");
        if (LLVMGetTypeKind(LLVMGetReturnType(targetType)) == LLVMVoidTypeKind) LLVMBuildRetVoid(b);
        else LLVMBuildRet(b, r);
        LLVMDisposeBuilder(b);
        return w;
    }

    private LLVMValueRef pair(LLVMValueRef typeWord, LLVMValueRef data) {
        LLVMValueRef v = LLVMBuildInsertValue(fb.b, LLVMGetUndef(fb.mc.interfaceType), typeWord, 0, "");
        return LLVMBuildInsertValue(fb.b, v, data, 1, "");
    }
}
