/*
 * Map operations (Go spec: "Map types", "Making slices, maps and channels", "Index
 * expressions", "Deletion of map elements", "Length and capacity", "For statements with
 * range clause") lowered to the runtime's map functions (runtime/ABI.md "maps"): a map
 * value is a pointer to a runtime object; keys are passed by address (a frame slot the key
 * is stored into) together with the map type's descriptor, whose maptype part gives the
 * runtime the key and element descriptors and the key's hash function. A lookup that finds
 * nothing (or a nil map) reads the zero value from a constant zero global; range keeps the
 * runtime's iterator (LlgoMapIter, 7 words) in a frame slot.
 * Runtime functions: llgo_makemap, llgo_mapaccess, llgo_mapassign, llgo_mapdelete,
 * llgo_maplen, llgo_mapiterinit, llgo_mapiternext.
 */
package llgo.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.List;

import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

import llgo.frontend.types.Type;
import llgo.ssa.Instruction.Lookup;
import llgo.ssa.Instruction.MakeMap;
import llgo.ssa.Instruction.MapUpdate;
import llgo.ssa.Instruction.Next;
import llgo.ssa.Instruction.Range;
import llgo.ssa.Value;

final class Maps {
    /** Words of the runtime's LlgoMapIter; the key and element pointers are words 5 and 6. */
    static final int ITER_WORDS = 7, ITER_KEY = 5, ITER_ELEM = 6;

    private final FunctionBuilder fb;

    Maps(FunctionBuilder fb) { this.fb = fb; }

    LLVMValueRef createMakeMap(MakeMap i) {
        LLVMValueRef hint = i.reserve() == null ? fb.i64(0) : fb.getValue(i.reserve());
        return fb.call(fb.mc.runtime.makemap(), descriptor(i.type()), hint);
    }

    /** m[k], or (m[k], ok) with commaOk. Precondition: i.x() is a map. */
    LLVMValueRef createLookup(Lookup i) {
        Type.Map mt = mapType(i.x());
        LLVMValueRef p = fb.call(fb.mc.runtime.mapaccess(), descriptor(i.x().type()), fb.getValue(i.x()), keySlot(mt, i.index()));
        LLVMValueRef found = LLVMBuildICmp(fb.b, LLVMIntNE, p, LLVMConstNull(fb.mc.ptr), "");
        LLVMValueRef v = loadOrZero(mt.elem(), found, p);
        if (!i.commaOk()) return v;
        return fb.createTuple((Type.Tuple) i.type(), List.of(v, found));
    }

    /** m[k] = v: the runtime returns the element's slot (inserting the key if absent; a nil map panics). */
    LLVMValueRef createMapUpdate(MapUpdate i) {
        Type.Map mt = mapType(i.map());
        LLVMValueRef slot = fb.call(fb.mc.runtime.mapassign(), descriptor(i.map().type()), fb.getValue(i.map()), keySlot(mt, i.key()));
        fb.createStoreValue(slot, i.value());
        return null;
    }

    /** delete(m, k). */
    LLVMValueRef createDelete(Value m, Value key) {
        return fb.call(fb.mc.runtime.mapdelete(), descriptor(m.type()), fb.getValue(m), keySlot(mapType(m), key));
    }

    /** len(m): 0 for a nil map. */
    LLVMValueRef createLen(Value m) {
        return fb.call(fb.mc.runtime.maplen(), fb.getValue(m));
    }

    /** The iterator of range over a map: a frame slot initialised by the runtime. */
    LLVMValueRef createRange(Range i) {
        LLVMValueRef iter = fb.createEntryAlloca(iteratorType(), "rangemap");
        fb.call(fb.mc.runtime.mapiterinit(), descriptor(i.x().type()), fb.getValue(i.x()), iter);
        return iter;
    }

    /** (ok, key, value): the next entry, or (false, zero, zero) at the end. */
    LLVMValueRef createNext(Next i, Type.Map mt) {
        LLVMValueRef iter = fb.getValue(i.iter());
        LLVMValueRef ok = fb.call(fb.mc.runtime.mapiternext(), iter);
        LLVMValueRef keyPtr = LLVMBuildLoad2(fb.b, fb.mc.ptr, LLVMBuildStructGEP2(fb.b, iteratorType(), iter, ITER_KEY, ""), "");
        LLVMValueRef elemPtr = LLVMBuildLoad2(fb.b, fb.mc.ptr, LLVMBuildStructGEP2(fb.b, iteratorType(), iter, ITER_ELEM, ""), "");
        LLVMValueRef key = loadOrZero(mt.key(), ok, keyPtr), elem = loadOrZero(mt.elem(), ok, elemPtr);
        return fb.createTuple((Type.Tuple) i.type(), List.of(ok, key, elem));
    }

    private LLVMTypeRef iteratorType() { return LLVMArrayType2(fb.mc.i64, ITER_WORDS); }

    /** The value of type t at p when valid, else t's zero value (read from a constant zero global); a large one in a slot. */
    private LLVMValueRef loadOrZero(Type t, LLVMValueRef valid, LLVMValueRef p) {
        LLVMTypeRef lt = fb.llvmType(t);
        LLVMValueRef addr = LLVMBuildSelect(fb.b, valid, p, fb.memory.zeroValue(t), "");
        if (!fb.isLarge(t)) return LLVMBuildLoad2(fb.b, lt, addr, "");
        // the map's slot is valid until the next map operation: the value is a copy
        LLVMValueRef slot = fb.createEntryAlloca(lt, "mapelem");
        fb.createMemCopy(slot, addr, t);
        return slot;
    }

    /** A frame slot holding the key (the runtime takes keys by address). */
    private LLVMValueRef keySlot(Type.Map mt, Value key) {
        if (fb.isLarge(key.type())) return fb.getAddress(key);     // the runtime only reads it
        LLVMValueRef slot = fb.createEntryAlloca(fb.llvmType(mt.key()), "mapkey");
        LLVMBuildStore(fb.b, fb.getValue(key), slot);
        return slot;
    }

    private LLVMValueRef descriptor(Type mapType) { return fb.mc.typeDescriptors.getTypeDescriptor(mapType); }

    private static Type.Map mapType(Value m) { return (Type.Map) m.type().underlying(); }
}
