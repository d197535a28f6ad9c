/*
 * The LLVM layouts of the parts of a type descriptor and of the other structures codegen
 * shares with the C runtime (runtime/ABI.md "Type descriptors", "Method tables", "Itabs"):
 * gc's go1.19 runtime/type.go declarations as llgo lays them out (a func value is two words,
 * so rtype.equal and maptype.hasher are 16 bytes). runtime/src/main/c/llgo.h declares the
 * same structures in C; LayoutAgreementTest compiles a C file against llgo.h with the
 * bundled clang and compares every offset and size with these.
 */
package llgo.codegen;

import static org.bytedeco.llvm.global.LLVM.LLVMInt16TypeInContext;

import java.util.ArrayList;
import java.util.List;

import org.bytedeco.llvm.LLVM.LLVMTypeRef;

final class DescriptorLayout {
    /** gc's kindDirectIface flag (runtime/typekind.go). */
    static final int KIND_DIRECT_IFACE = 0x20;
    /** gc's tflag bits (runtime/type.go). */
    static final int TFLAG_UNCOMMON = 1, TFLAG_EXTRA_STAR = 2, TFLAG_NAMED = 4, TFLAG_REGULAR_MEMORY = 8;

    /** rtype: size, ptrdata, hash, tflag, align, fieldAlign, kind, equal, gcdata, str, ptrToThis. */
    final LLVMTypeRef rtype;
    /** uncommontype: pkgpath nameOff, mcount, xcount, moff, unused. */
    final LLVMTypeRef uncommon;
    /** method: name nameOff, mtyp typeOff, ifn textOff, tfn textOff. */
    final LLVMTypeRef method;
    /** imethod: name nameOff, typ typeOff. */
    final LLVMTypeRef imethod;
    /** structfield: name (a pointer to an encoded name), typ, offset. */
    final LLVMTypeRef structField;
    /** The kind-specific structs, the header included: ptrtype, slicetype, arraytype, chantype, functype, maptype, structtype, interfacetype. */
    final LLVMTypeRef ptrType, sliceType, arrayType, chanType, funcType, mapType, structType, interfaceType;
    /** itab with an empty fun array: inter, type, hash, padding. */
    final LLVMTypeRef itabHeader;

    DescriptorLayout(ModuleContext mc) {
        LLVMTypeRef i8 = mc.i8, i16 = LLVMInt16TypeInContext(mc.ctx), i32 = mc.i32, i64 = mc.i64, ptr = mc.ptr;
        rtype = mc.literalStruct(i64, i64, i32, i8, i8, i8, i8, mc.funcValueType, ptr, i32, i32);
        uncommon = mc.literalStruct(i32, i16, i16, i32, i32);
        method = mc.literalStruct(i32, i32, i32, i32);
        imethod = mc.literalStruct(i32, i32);
        structField = mc.literalStruct(ptr, ptr, i64);
        ptrType = withHeader(mc, ptr);
        sliceType = withHeader(mc, ptr);
        arrayType = withHeader(mc, ptr, ptr, i64);
        chanType = withHeader(mc, ptr, i64);
        funcType = withHeader(mc, i16, i16, i32);
        mapType = withHeader(mc, ptr, ptr, ptr, mc.funcValueType, i8, i8, i16, i32);
        structType = withHeader(mc, ptr, mc.sliceType);
        interfaceType = withHeader(mc, ptr, mc.sliceType);
        itabHeader = mc.literalStruct(ptr, ptr, i32, i32);
    }

    private LLVMTypeRef withHeader(ModuleContext mc, LLVMTypeRef... fields) {
        List<LLVMTypeRef> all = new ArrayList<>();
        all.add(rtype);
        all.addAll(List.of(fields));
        return mc.literalStruct(all);
    }
}
