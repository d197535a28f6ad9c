/*
 * Interface values (Go spec: "Interface types", "Type assertions"; ABI.md "Value
 * representation" and "Type descriptors"): an empty interface is {type, data}, a non-empty
 * one {itab, data}. MakeInterface stores a pointer-shaped value in the data word itself and
 * boxes any other value in a fresh heap copy (gc's kindDirectIface rule, see
 * TypeDescriptors.isDirectIface). An itab follows gc's runtime.itab (runtime/runtime2.go):
 * {inter, _type, hash uint32, 4 bytes padding, fun[methods sorted by name]}, emitted as a
 * linkonce_odr global {@code itab:<concrete>,<interface>}; each fun entry takes the data word
 * as receiver, so a value-receiver method gets a small linkonce_odr wrapper that loads the
 * boxed value (MethodFunctions). Invoke loads fun[k] and calls it with the data word, the
 * arguments and a null context. A type assertion to a concrete type compares the dynamic type
 * (itab._type for a non-empty interface) with the type's descriptor (descriptors are unique
 * per program after linkonce_odr merging; itabs are not, the runtime builds its own); on failure
 * without comma-ok it panics in the runtime (llgo_panicdottype) with a *runtime.TypeAssertionError
 * built from the three descriptors. An assertion to an interface type and a conversion between non-empty
 * interface types get their itab from llgo_getitab (ABI.md "Itabs"), which builds it from the
 * dynamic type's method table and panics with gc's TypeAssertionError text.
 * Runtime functions: llgo_newobject, llgo_panicdottype, llgo_panicnilderef, llgo_getitab.
 */
package llgo.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayList;
import java.util.List;

import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

import llgo.frontend.types.Interface;
import llgo.frontend.types.Obj;
import llgo.frontend.types.Type;
import llgo.frontend.types.Types;
import llgo.ssa.Instruction.Call;
import llgo.ssa.Instruction.ChangeInterface;
import llgo.ssa.Instruction.MakeInterface;
import llgo.ssa.Instruction.TypeAssert;

final class Interfaces {
    /** Offset of itab.fun[0] (after inter, _type, hash and padding). */
    static final int ITAB_FUN_OFFSET = 24;

    private final FunctionBuilder fb;

    Interfaces(FunctionBuilder fb) { this.fb = fb; }

    LLVMValueRef createMakeInterface(MakeInterface i) {
        Type concrete = i.x().type();
        Interface target = (Interface) i.type().underlying();
        LLVMValueRef typeWord = target.isEmpty() ? fb.mc.typeDescriptors.getTypeDescriptor(concrete) : getItab(concrete, i.type(), target);
        LLVMValueRef data;
        if (TypeDescriptors.isDirectIface(concrete)) {
            data = fb.getValue(i.x());
        } else {
            data = fb.memory.createNew(concrete);
            if (!fb.memory.createCopy(data, i.x())) LLVMBuildStore(fb.b, fb.getValue(i.x()), data);
        }
        return pair(typeWord, data);
    }

    /**
     * Conversion between interface types: to interface{} the type word becomes the dynamic
     * type; to a non-empty interface the itab is looked up at run time (llgo_getitab, which
     * cannot fail since the source's method set includes the target's; nil stays nil).
     */
    LLVMValueRef createChangeInterface(ChangeInterface i) {
        Interface to = (Interface) i.type().underlying();
        Interface from = (Interface) i.x().type().underlying();
        LLVMValueRef x = fb.getValue(i.x());
        if (from.isEmpty() || Types.identical(from, to)) return x;
        LLVMValueRef dynamicType = createDynamicType(x);
        LLVMValueRef data = LLVMBuildExtractValue(fb.b, x, 1, "");
        if (to.isEmpty()) return pair(dynamicType, data);
        return pair(createGetItab(i.type(), dynamicType, true), data);
    }

    /** llgo_getitab(descriptor of interface type it, dynamicType, canfail). */
    private LLVMValueRef createGetItab(Type it, LLVMValueRef dynamicType, boolean canfail) {
        return fb.call(fb.mc.runtime.getitab(), fb.mc.typeDescriptors.getTypeDescriptor(it), dynamicType, LLVMConstInt(fb.mc.i1, canfail ? 1 : 0, 0));
    }

    /**
     * x.(I) for an interface type I: the dynamic type (null for nil) must be non-nil, and for a
     * non-empty I have I's methods, which llgo_getitab checks while building the itab; without
     * comma-ok a failure panics in the runtime with gc's TypeAssertionError text.
     */
    private LLVMValueRef createInterfaceAssert(TypeAssert i, Interface target) {
        Type sourceType = i.x().type();
        Interface source = (Interface) sourceType.underlying();
        LLVMValueRef x = fb.getValue(i.x());
        LLVMValueRef dynamicType = source.isEmpty() ? LLVMBuildExtractValue(fb.b, x, 0, "") : createDynamicType(x);
        LLVMValueRef data = LLVMBuildExtractValue(fb.b, x, 1, "");
        LLVMValueRef typeWord;
        if (target.isEmpty()) {
            if (!i.commaOk()) {
                LLVMValueRef isNil = LLVMBuildICmp(fb.b, LLVMIntEQ, dynamicType, LLVMConstNull(fb.mc.ptr), "");
                fb.createCheck(isNil, "typeassert", () -> createGetItab(i.asserted(), dynamicType, false));
            }
            typeWord = dynamicType;
        } else {
            typeWord = createGetItab(i.asserted(), dynamicType, i.commaOk());
        }
        if (!i.commaOk()) return pair(typeWord, data);
        LLVMValueRef ok = LLVMBuildICmp(fb.b, LLVMIntNE, typeWord, LLVMConstNull(fb.mc.ptr), "");
        LLVMValueRef value = pair(typeWord, LLVMBuildSelect(fb.b, ok, data, LLVMConstNull(fb.mc.ptr), ""));
        LLVMValueRef tuple = LLVMBuildInsertValue(fb.b, LLVMGetUndef(fb.llvmType(i.type())), value, 0, "");
        return LLVMBuildInsertValue(fb.b, tuple, ok, 1, "");
    }

    /** The type descriptor of a non-empty interface value (null for nil): itab._type. */
    LLVMValueRef createDynamicType(LLVMValueRef iface) {
        LLVMValueRef itab = LLVMBuildExtractValue(fb.b, iface, 0, "");
        LLVMValueRef isNil = LLVMBuildICmp(fb.b, LLVMIntEQ, itab, LLVMConstNull(fb.mc.ptr), "");
        FunctionBuilder.Conditional load = fb.beginConditional(isNil, false, "itab.type", "itab.done");
        LLVMValueRef typeAddr = LLVMBuildGEP2(fb.b, fb.mc.i8, itab, LLVMArrays.of(fb.i64(8)), 1, "");
        LLVMValueRef type = LLVMBuildLoad2(fb.b, fb.mc.ptr, typeAddr, "");
        return fb.endConditional(load, fb.mc.ptr, LLVMConstNull(fb.mc.ptr), type);
    }

    LLVMValueRef createTypeAssert(TypeAssert i) {
        Type asserted = i.asserted();
        if (asserted.underlying() instanceof Interface target) return createInterfaceAssert(i, target);
        Type sourceType = i.x().type();
        Interface source = (Interface) sourceType.underlying();
        LLVMValueRef x = fb.getValue(i.x());
        // compare dynamic types, not itabs: an itab built at run time differs from the static one
        LLVMValueRef dynamicType = source.isEmpty() ? LLVMBuildExtractValue(fb.b, x, 0, "") : createDynamicType(x);
        LLVMValueRef ok = LLVMBuildICmp(fb.b, LLVMIntEQ, dynamicType, fb.mc.typeDescriptors.getTypeDescriptor(asserted), "");
        LLVMTypeRef valueType = fb.llvmType(asserted);
        LLVMValueRef data = LLVMBuildExtractValue(fb.b, x, 1, "");
        // a large value is the box itself, which nothing writes after the conversion made it
        boolean large = fb.isLarge(asserted);
        if (!i.commaOk()) {
            fb.createCheck(LLVMBuildNot(fb.b, ok, ""), "typeassert", () -> createAssertPanic(sourceType, dynamicType, asserted));
            return TypeDescriptors.isDirectIface(asserted) || large ? data : LLVMBuildLoad2(fb.b, valueType, data, "");
        }
        LLVMValueRef value;
        if (large) {
            value = LLVMBuildSelect(fb.b, ok, data, fb.memory.zeroValue(asserted), "");
        } else if (TypeDescriptors.isDirectIface(asserted)) {
            value = LLVMBuildSelect(fb.b, ok, data, LLVMConstNull(valueType), "");
        } else {
            FunctionBuilder.Conditional load = fb.beginConditional(ok, true, "typeassert.ok", "typeassert.done");
            LLVMValueRef loaded = LLVMBuildLoad2(fb.b, valueType, data, "");
            value = fb.endConditional(load, valueType, LLVMConstNull(valueType), loaded);
        }
        return fb.createTuple((Type.Tuple) i.type(), List.of(value, ok));
    }

    /** gc's panicdottype: a *runtime.TypeAssertionError "interface conversion: I is D, not T" (D nil when absent). */
    private void createAssertPanic(Type source, LLVMValueRef dynamicType, Type asserted) {
        TypeDescriptors td = fb.mc.typeDescriptors;
        fb.call(fb.mc.runtime.panicdottype(), dynamicType, td.getTypeDescriptor(asserted), td.getTypeDescriptor(source));
    }

    /** An interface method call: fun[k](data, args..., null). */
    LLVMValueRef createInvoke(Call i) {
        LLVMValueRef x = fb.getValue(i.callee());
        LLVMValueRef code = createMethodCode(i);
        fb.defers.createForwardInWrapper(code);
        return fb.calls.createGoCall(i, methodType(i.signature()), code, List.of(LLVMBuildExtractValue(fb.b, x, 1, "")), LLVMConstNull(fb.mc.ptr));
    }

    /** The method function an interface method call enters: itab.fun[k], after a nil check of the itab. */
    LLVMValueRef createMethodCode(Call i) {
        Interface iface = (Interface) i.callee().type().underlying();
        int k = methodIndex(iface, i.method());
        LLVMValueRef itab = LLVMBuildExtractValue(fb.b, fb.getValue(i.callee()), 0, "");
        fb.memory.createNilCheck(null, itab);
        LLVMValueRef slot = LLVMBuildGEP2(fb.b, fb.mc.i8, itab, LLVMArrays.of(fb.i64(ITAB_FUN_OFFSET + 8L * k)), 1, "");
        return LLVMBuildLoad2(fb.b, fb.mc.ptr, slot, "");
    }

    private static int methodIndex(Interface iface, Obj.Func method) {
        List<Obj.Func> all = iface.allMethods();
        for (int k = 0; k < all.size(); k++) if (Types.sameId(all.get(k), method)) return k;
        throw new IllegalArgumentException("method " + method.name() + " not in " + iface);
    }

    private LLVMTypeRef methodType(Type.Signature sig) { return fb.mc.methodFunctions.methodType(sig); }

    // ------------------------------------------------------------------ itabs

    /** The itab for concrete type c in interface type it (underlying iface). Precondition: c implements it (the checker made sure). */
    private LLVMValueRef getItab(Type c, Type it, Interface iface) {
        ModuleContext mc = fb.mc;
        String symbol = "itab:" + mc.typeSymbols.symbol(c) + "," + mc.typeSymbols.symbol(it);
        LLVMValueRef global = LLVMGetNamedGlobal(mc.module, symbol);
        if (global != null && !global.isNull()) return global;
        List<Obj.Func> methods = iface.allMethods();
        List<LLVMValueRef> funs = new ArrayList<>();
        for (Obj.Func m : methods) {
            LLVMValueRef f = fb.mc.methodFunctions.getMethodFunction(c, m);
            if (f == null) throw new IllegalStateException(Types.typeString(c) + " has no method " + m.name());
            funs.add(f);
        }
        LLVMTypeRef funType = LLVMArrayType2(mc.ptr, funs.size());
        LLVMTypeRef itabType = mc.literalStruct(mc.ptr, mc.ptr, mc.i32, LLVMArrayType2(mc.i8, 4), funType);
        global = LLVMAddGlobal(mc.module, itabType, symbol);
        LLVMValueRef hash = LLVMConstInt(mc.i32, mc.typeDescriptors.typeHash(c), 0);
        List<LLVMValueRef> init = List.of(mc.typeDescriptors.getTypeDescriptor(it), mc.typeDescriptors.getTypeDescriptor(c),
                hash, LLVMConstNull(LLVMArrayType2(mc.i8, 4)), LLVMConstArray2(mc.ptr, LLVMArrays.of(funs), funs.size()));
        LLVMSetInitializer(global, LLVMConstStructInContext(mc.ctx, LLVMArrays.of(init), init.size(), 0));
        LLVMSetLinkage(global, LLVMLinkOnceODRLinkage);
        LLVMSetGlobalConstant(global, 1);
        LLVMSetAlignment(global, 8);
        return global;
    }

    private LLVMValueRef pair(LLVMValueRef typeWord, LLVMValueRef data) {
        LLVMValueRef v = LLVMBuildInsertValue(fb.b, LLVMGetUndef(fb.mc.interfaceType), typeWord, 0, "");
        return LLVMBuildInsertValue(fb.b, v, data, 1, "");
    }
}
