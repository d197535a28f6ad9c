/*
 * Declarations of the runtime functions, one method per entry of runtime/ABI.md "Runtime
 * functions", in the same order and with the same C signatures lowered by clang's rules:
 * strings and slices are passed as scalar words, a GoString result is the literal
 * {ptr, i64}, a slice result goes through a leading GoSlice* out-parameter, C bool is i1,
 * _Noreturn becomes the noreturn attribute. Must match runtime/src/main/c.
 */
package llgo.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

final class RuntimeFunctions {
    private final ModuleContext mc;

    RuntimeFunctions(ModuleContext mc) { this.mc = mc; }

    // print and println
    LLVMValueRef printlock() { return declare("llgo_printlock", mc.voidType, false); }
    LLVMValueRef printunlock() { return declare("llgo_printunlock", mc.voidType, false); }
    LLVMValueRef printsp() { return declare("llgo_printsp", mc.voidType, false); }
    LLVMValueRef printnl() { return declare("llgo_printnl", mc.voidType, false); }
    LLVMValueRef printbool() { return declare("llgo_printbool", mc.voidType, false, mc.i1); }
    LLVMValueRef printint() { return declare("llgo_printint", mc.voidType, false, mc.i64); }
    LLVMValueRef printuint() { return declare("llgo_printuint", mc.voidType, false, mc.i64); }
    LLVMValueRef printhex() { return declare("llgo_printhex", mc.voidType, false, mc.i64); }
    LLVMValueRef printfloat() { return declare("llgo_printfloat", mc.voidType, false, f64()); }
    LLVMValueRef printcomplex() { return declare("llgo_printcomplex", mc.voidType, false, f64(), f64()); }
    LLVMValueRef printstring() { return declare("llgo_printstring", mc.voidType, false, mc.ptr, mc.i64); }
    LLVMValueRef printpointer() { return declare("llgo_printpointer", mc.voidType, false, mc.ptr); }
    LLVMValueRef printslice() { return declare("llgo_printslice", mc.voidType, false, mc.ptr, mc.i64, mc.i64); }
    LLVMValueRef printeface() { return declare("llgo_printeface", mc.voidType, false, mc.ptr, mc.ptr); }
    LLVMValueRef printiface() { return declare("llgo_printiface", mc.voidType, false, mc.ptr, mc.ptr); }

    // memory
    LLVMValueRef alloc() { return declare("llgo_alloc", mc.ptr, false, mc.i64); }
    LLVMValueRef newobject() { return declare("llgo_newobject", mc.ptr, false, mc.ptr); }

    // strings
    LLVMValueRef concatstring2() { return declare("llgo_concatstring2", mc.stringType, false, mc.ptr, mc.i64, mc.ptr, mc.i64); }
    LLVMValueRef cmpstring() { return declare("llgo_cmpstring", mc.i64, false, mc.ptr, mc.i64, mc.ptr, mc.i64); }
    LLVMValueRef eqstring() { return declare("llgo_eqstring", mc.i1, false, mc.ptr, mc.i64, mc.ptr, mc.i64); }
    LLVMValueRef intstring() { return declare("llgo_intstring", mc.stringType, false, mc.i64); }
    LLVMValueRef slicebytetostring() { return declare("llgo_slicebytetostring", mc.stringType, false, mc.ptr, mc.i64); }
    LLVMValueRef stringtoslicebyte() { return declare("llgo_stringtoslicebyte", mc.voidType, false, mc.ptr, mc.ptr, mc.i64); }
    LLVMValueRef stringtoslicerune() { return declare("llgo_stringtoslicerune", mc.voidType, false, mc.ptr, mc.ptr, mc.i64); }
    LLVMValueRef slicerunetostring() { return declare("llgo_slicerunetostring", mc.stringType, false, mc.ptr, mc.i64); }
    LLVMValueRef decoderune() { return declare("llgo_decoderune", mc.i32, false, mc.ptr, mc.i64, mc.i64, mc.ptr); }

    // slices
    LLVMValueRef growslice() { return declare("llgo_growslice", mc.voidType, false, mc.ptr, mc.ptr, mc.i64, mc.i64, mc.i64, mc.ptr); }
    LLVMValueRef slicecopy() { return declare("llgo_slicecopy", mc.i64, false, mc.ptr, mc.i64, mc.ptr, mc.i64, mc.i64); }
    LLVMValueRef makeslice() { return declare("llgo_makeslice", mc.voidType, false, mc.ptr, mc.i64, mc.i64, mc.ptr); }

    // maps
    LLVMValueRef makemap() { return declare("llgo_makemap", mc.ptr, false, mc.ptr, mc.i64); }
    LLVMValueRef mapaccess() { return declare("llgo_mapaccess", mc.ptr, false, mc.ptr, mc.ptr, mc.ptr); }
    LLVMValueRef mapassign() { return declare("llgo_mapassign", mc.ptr, false, mc.ptr, mc.ptr, mc.ptr); }
    LLVMValueRef mapdelete() { return declare("llgo_mapdelete", mc.voidType, false, mc.ptr, mc.ptr, mc.ptr); }
    LLVMValueRef maplen() { return declare("llgo_maplen", mc.i64, false, mc.ptr); }
    LLVMValueRef mapiterinit() { return declare("llgo_mapiterinit", mc.voidType, false, mc.ptr, mc.ptr, mc.ptr); }
    LLVMValueRef mapiternext() { return declare("llgo_mapiternext", mc.i1, false, mc.ptr); }
    LLVMValueRef memhash() { return declare("llgo_memhash", mc.i64, false, mc.ptr, mc.i64, mc.i64); }
    LLVMValueRef strhash() { return declare("llgo_strhash", mc.i64, false, mc.ptr, mc.i64); }
    LLVMValueRef f32hash() { return declare("llgo_f32hash", mc.i64, false, mc.ptr, mc.i64); }
    LLVMValueRef f64hash() { return declare("llgo_f64hash", mc.i64, false, mc.ptr, mc.i64); }
    LLVMValueRef c64hash() { return declare("llgo_c64hash", mc.i64, false, mc.ptr, mc.i64); }
    LLVMValueRef c128hash() { return declare("llgo_c128hash", mc.i64, false, mc.ptr, mc.i64); }
    LLVMValueRef nilinterhash() { return declare("llgo_nilinterhash", mc.i64, false, mc.ptr, mc.i64); }
    LLVMValueRef interhash() { return declare("llgo_interhash", mc.i64, false, mc.ptr, mc.i64); }

    // interfaces
    LLVMValueRef getitab() { return declare("llgo_getitab", mc.ptr, false, mc.ptr, mc.ptr, mc.i1); }

    // defer, panic and recover
    LLVMValueRef deferpush() { return declare("llgo_deferpush", mc.voidType, false, mc.ptr); }
    LLVMValueRef deferproc() { return declare("llgo_deferproc", mc.voidType, false, mc.ptr, mc.ptr, mc.ptr, mc.ptr); }
    LLVMValueRef rundefers() { return declare("llgo_rundefers", mc.voidType, false, mc.ptr); }
    LLVMValueRef isdeferredcall() { return declare("llgo_isdeferredcall", mc.i1, false, mc.ptr); }
    LLVMValueRef deferforward() { return declare("llgo_deferforward", mc.voidType, false, mc.ptr, mc.ptr); }
    LLVMValueRef recover() { return declare("llgo_recover", mc.interfaceType, false, mc.i1); }
    /** glibc's {@code int _setjmp(jmp_buf)}, which returns twice (ABI.md "defer, panic and recover"). */
    LLVMValueRef setjmp() {
        LLVMValueRef fn = declare("_setjmp", mc.i32, false, mc.ptr);
        int kind = LLVMGetEnumAttributeKindForName("returns_twice", "returns_twice".length());
        LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(mc.ctx, kind, 0));
        return fn;
    }

    // goroutines, channels and select
    LLVMValueRef go() { return declare("llgo_go", mc.voidType, false, mc.ptr, mc.ptr); }
    LLVMValueRef makechan() { return declare("llgo_makechan", mc.ptr, false, mc.ptr, mc.i64); }
    LLVMValueRef chansend() { return declare("llgo_chansend", mc.voidType, false, mc.ptr, mc.ptr); }
    LLVMValueRef chanrecv() { return declare("llgo_chanrecv", mc.voidType, false, mc.ptr, mc.ptr); }
    LLVMValueRef chanrecv2() { return declare("llgo_chanrecv2", mc.i1, false, mc.ptr, mc.ptr); }
    LLVMValueRef closechan() { return declare("llgo_closechan", mc.voidType, false, mc.ptr); }
    LLVMValueRef chanlen() { return declare("llgo_chanlen", mc.i64, false, mc.ptr); }
    LLVMValueRef chancap() { return declare("llgo_chancap", mc.i64, false, mc.ptr); }
    LLVMValueRef select() { return declare("llgo_select", mc.i64, false, mc.ptr, mc.i64, mc.i1, mc.ptr); }

    // panics and run-time errors
    LLVMValueRef panic() { return declare("llgo_panic", mc.voidType, true, mc.ptr, mc.ptr); }
    LLVMValueRef panicindex() { return declare("llgo_panicindex", mc.voidType, true, mc.i64, mc.i64); }
    LLVMValueRef panicindexu() { return declare("llgo_panicindexu", mc.voidType, true, mc.i64, mc.i64); }
    LLVMValueRef panicslice() { return declare("llgo_panicslice", mc.voidType, true, mc.i64, mc.i64, mc.i64); }
    LLVMValueRef panicslicelen() { return declare("llgo_panicslicelen", mc.voidType, true, mc.i64, mc.i64, mc.i64); }
    LLVMValueRef panicslice3() { return declare("llgo_panicslice3", mc.voidType, true, mc.i64, mc.i64, mc.i64, mc.i64); }
    LLVMValueRef panicslice3len() { return declare("llgo_panicslice3len", mc.voidType, true, mc.i64, mc.i64, mc.i64, mc.i64); }
    LLVMValueRef panicsliceconvert() { return declare("llgo_panicsliceconvert", mc.voidType, true, mc.i64, mc.i64); }
    LLVMValueRef panicdivide() { return declare("llgo_panicdivide", mc.voidType, true); }
    LLVMValueRef panicnilderef() { return declare("llgo_panicnilderef", mc.voidType, true); }
    LLVMValueRef panicshift() { return declare("llgo_panicshift", mc.voidType, true); }
    LLVMValueRef panicdottype() { return declare("llgo_panicdottype", mc.voidType, true, mc.ptr, mc.ptr, mc.ptr); }
    LLVMValueRef panicuncomparable() { return declare("llgo_panicuncomparable", mc.voidType, true, mc.ptr); }

    private LLVMTypeRef f64() { return LLVMDoubleTypeInContext(mc.ctx); }

    private LLVMValueRef declare(String name, LLVMTypeRef result, boolean noreturn, LLVMTypeRef... params) {
        LLVMValueRef fn = LLVMGetNamedFunction(mc.module, name);
        if (fn != null && !fn.isNull()) return fn;
        fn = LLVMAddFunction(mc.module, name, LLVMFunctionType(result, LLVMArrays.of(params), params.length, 0));
        if (noreturn) {
            int kind = LLVMGetEnumAttributeKindForName("noreturn", "noreturn".length());
            LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(mc.ctx, kind, 0));
        }
        return fn;
    }
}
