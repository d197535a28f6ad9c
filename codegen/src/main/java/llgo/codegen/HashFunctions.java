/*
 * The hash functions of comparable types (runtime/ABI.md "maps"; gc's runtime/alg.go
 * typehash and the compiler's generated type..hash functions): for every comparable type T
 * a linkonce_odr function {@code i64 @"hash:<T>"(ptr p, i64 seed, ptr context)} (a Go
 * func(unsafe.Pointer, uintptr) uintptr, context unused) that hashes *p so that
 * values equal under Go's == (Go spec "Comparison operators") hash alike: integers, bools,
 * pointers and channels by their bytes, strings by content, floats and complex numbers with
 * +0 == -0 and a random hash for NaN, interfaces by the runtime's llgo_typehash of the dynamic value,
 * structs field by field (skipping blank fields and padding), arrays element by element in a
 * loop (a long array of plain memory, which EqualFunctions compares with memcmp, by one
 * memhash). Symbols name types as TypeSymbols does.
 * A map type's descriptor holds its key's hash function (maptype.hasher, as a func value);
 * gc's header has no hasher, so the runtime hashes an interface's dynamic value by walking
 * its descriptor (llgo_typehash, gc's typehash).
 * Runtime functions: llgo_memhash, llgo_strhash, llgo_f32hash, llgo_f64hash, llgo_c64hash,
 * llgo_c128hash, llgo_nilinterhash, llgo_interhash.
 */
package llgo.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.HashMap;
import java.util.Map;

import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

import llgo.frontend.types.Basic;
import llgo.frontend.types.Interface;
import llgo.frontend.types.Type;
import llgo.frontend.types.Types;

final class HashFunctions {
    private final ModuleContext mc;
    private final Map<String, LLVMValueRef> made = new HashMap<>();

    HashFunctions(ModuleContext mc) { this.mc = mc; }

    /** The LLVM type of every hash function: {@code i64 (ptr p, i64 seed, ptr context)}, a Go func in the Go calling convention. */
    LLVMTypeRef hashFunctionType() { return LLVMFunctionType(mc.i64, LLVMArrays.of(mc.ptr, mc.i64, mc.ptr), 3, 0); }

    /** The hash function of t, or a null constant when t is not comparable. */
    LLVMValueRef getHashFunction(Type t) {
        if (!Types.comparable(t)) return LLVMConstNull(mc.ptr);
        String symbol = "hash:" + mc.typeSymbols.symbol(t);
        LLVMValueRef fn = made.get(symbol);
        if (fn != null) return fn;
        fn = LLVMGetNamedFunction(mc.module, symbol);
        if (fn == null || fn.isNull()) {
            fn = LLVMAddFunction(mc.module, symbol, hashFunctionType());
            made.put(symbol, fn);
            LLVMSetLinkage(fn, LLVMLinkOnceODRLinkage);
            FunctionBuilder fb = FunctionBuilder.forHelper(mc, fn);
            LLVMBuildRet(fb.b, createHash(fb, t, LLVMGetParam(fn, 0), LLVMGetParam(fn, 1)));
            fb.dispose();
        }
        made.put(symbol, fn);
        return fn;
    }

    /** Emits the hash of the value of type t at p, mixed with seed. Precondition: t is comparable. */
    private LLVMValueRef createHash(FunctionBuilder fb, Type t, LLVMValueRef p, LLVMValueRef seed) {
        RuntimeFunctions rt = mc.runtime;
        Type u = t.underlying();
        if (u instanceof Basic b) {
            if (b.isString()) return fb.call(rt.strhash(), p, seed);
            if (b.isFloat()) return fb.call(b.kind() == Basic.Kind.FLOAT32 ? rt.f32hash() : rt.f64hash(), p, seed);
            if (b.isComplex()) return fb.call(b.kind() == Basic.Kind.COMPLEX64 ? rt.c64hash() : rt.c128hash(), p, seed);
            return memhash(fb, t, p, seed);
        }
        if (u instanceof Type.Pointer || u instanceof Type.Chan) return memhash(fb, t, p, seed);
        if (u instanceof Interface it) return fb.call(it.isEmpty() ? rt.nilinterhash() : rt.interhash(), p, seed);
        if (u instanceof Type.Struct s) {
            LLVMTypeRef st = mc.getLLVMType(t);
            LLVMValueRef h = seed;
            for (int i = 0; i < s.fields().size(); i++) {
                if (s.fields().get(i).name().equals("_")) continue;
                LLVMValueRef field = LLVMBuildStructGEP2(fb.b, st, p, i, "");
                h = fb.callTyped(hashFunctionType(), getHashFunction(s.fields().get(i).type()), java.util.List.of(field, h, LLVMConstNull(mc.ptr)));
            }
            return h;
        }
        if (u instanceof Type.Array a) return createArrayHash(fb, a, p, seed);
        throw new IllegalArgumentException("hash of a type that is not comparable: " + Types.typeString(t));
    }

    private LLVMValueRef memhash(FunctionBuilder fb, Type t, LLVMValueRef p, LLVMValueRef seed) {
        return fb.call(mc.runtime.memhash(), p, seed, fb.i64(mc.sizeOf(mc.getLLVMType(t))));
    }

    /**
     * A loop over the elements: h = hash:<E>(&a[i], h); one memhash of the whole array when
     * it is long and plain memory (its equal function then compares its bytes).
     */
    private LLVMValueRef createArrayHash(FunctionBuilder fb, Type.Array a, LLVMValueRef p, LLVMValueRef seed) {
        if (a.len() <= 0) return seed;
        if (EqualFunctions.comparesInMemory(a) && mc.equalFunctions.isPlainMemory(a.elem())) return memhash(fb, a, p, seed);
        LLVMBuilderRef b = fb.b;
        LLVMTypeRef elemType = mc.getLLVMType(a.elem());
        LLVMValueRef elemHash = getHashFunction(a.elem());
        LLVMBasicBlockRef entry = LLVMGetInsertBlock(b);
        LLVMBasicBlockRef loop = fb.newBlock("hash.elem");
        LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(mc.ctx, fb.llvmFn, "hash.done");
        LLVMBuildBr(b, loop);
        LLVMPositionBuilderAtEnd(b, loop);
        LLVMValueRef i = LLVMBuildPhi(b, mc.i64, "i");
        LLVMValueRef h = LLVMBuildPhi(b, mc.i64, "h");
        LLVMValueRef elem = LLVMBuildGEP2(b, elemType, p, LLVMArrays.of(i), 1, "");
        LLVMValueRef next = fb.callTyped(hashFunctionType(), elemHash, java.util.List.of(elem, h, LLVMConstNull(mc.ptr)));
        LLVMValueRef i1 = LLVMBuildAdd(b, i, fb.i64(1), "");
        LLVMAddIncoming(i, LLVMArrays.of(fb.i64(0), i1), LLVMArrays.of(entry, loop), 2);
        LLVMAddIncoming(h, LLVMArrays.of(seed, next), LLVMArrays.of(entry, loop), 2);
        LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntULT, i1, fb.i64(a.len()), ""), loop, done);
        LLVMPositionBuilderAtEnd(b, done);
        return next;
    }
}
