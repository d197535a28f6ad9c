/*
 * Module-wide state of the code generator for one Go package (after TinyGo's compilerContext):
 * the LLVM module and context, the host data layout, the Go → LLVM type cache
 * (getLLVMType looks up, makeLLVMType builds; the table of runtime/ABI.md "Value
 * representation"), the declarations of Go functions and globals by symbol, string
 * constants, the runtime function declarations and the type descriptors. Per-function state
 * lives in FunctionBuilder.
 */
package llgo.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMTargetDataRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

import llgo.frontend.Diagnostics;
import llgo.frontend.types.Basic;
import llgo.frontend.types.Interface;
import llgo.frontend.types.Named;
import llgo.frontend.types.Obj;
import llgo.frontend.types.Sizes;
import llgo.frontend.types.Type;
import llgo.frontend.types.TypeParam;
import llgo.ssa.Function;
import llgo.ssa.Global;

final class ModuleContext {
    final LLVMContextRef ctx;
    final LLVMModuleRef module;
    /** The module's own layout (owned by the module), for sizes and offsets. */
    private final LLVMTargetDataRef dataLayout;
    final Diagnostics diagnostics;
    final RuntimeFunctions runtime;
    final TypeDescriptors typeDescriptors;
    final EqualFunctions equalFunctions;
    final MethodFunctions methodFunctions;
    final LineTables lineTables;
    final TypeSymbols typeSymbols = new TypeSymbols();

    final LLVMTypeRef i1, i8, i32, i64, ptr, voidType, stringType, sliceType, interfaceType, funcValueType;

    private final Map<String, LLVMTypeRef> typeCache = new HashMap<>();
    private final Map<Named, LLVMTypeRef> namedCache = new IdentityHashMap<>();
    private final Map<Function, LLVMValueRef> functions = new IdentityHashMap<>();
    private final Map<Global, LLVMValueRef> globals = new IdentityHashMap<>();
    private final Map<String, LLVMValueRef> stringData = new HashMap<>();

    ModuleContext(String name, LLVMContextRef ctx, Diagnostics diagnostics) {
        this.ctx = ctx;
        this.diagnostics = diagnostics;
        this.module = LLVMModuleCreateWithNameInContext(name, ctx);
        LLVMSetTarget(module, HostTarget.TRIPLE);
        LLVMSetDataLayout(module, HostTarget.dataLayout());
        this.dataLayout = LLVMGetModuleDataLayout(module);
        i1 = LLVMInt1TypeInContext(ctx);
        i8 = LLVMInt8TypeInContext(ctx);
        i32 = LLVMInt32TypeInContext(ctx);
        i64 = LLVMInt64TypeInContext(ctx);
        ptr = LLVMPointerTypeInContext(ctx, 0);
        voidType = LLVMVoidTypeInContext(ctx);
        stringType = literalStruct(ptr, i64);
        sliceType = literalStruct(ptr, i64, i64);
        interfaceType = literalStruct(ptr, ptr);
        funcValueType = literalStruct(ptr, ptr);
        runtime = new RuntimeFunctions(this);
        typeDescriptors = new TypeDescriptors(this);
        equalFunctions = new EqualFunctions(this);
        methodFunctions = new MethodFunctions(this);
        lineTables = new LineTables(this);
    }

    LLVMTypeRef literalStruct(LLVMTypeRef... elems) {
        return LLVMStructTypeInContext(ctx, LLVMArrays.of(elems), elems.length, 0);
    }

    LLVMTypeRef literalStruct(List<LLVMTypeRef> elems) {
        return LLVMStructTypeInContext(ctx, LLVMArrays.of(elems), elems.size(), 0);
    }

    // ------------------------------------------------------------------ types

    /** The LLVM type of Go type t (cached). Precondition: t is not a type parameter. */
    LLVMTypeRef getLLVMType(Type t) {
        if (t instanceof Named n) {
            LLVMTypeRef cached = namedCache.get(n);
            if (cached != null) return cached;
            return makeNamedType(n);
        }
        String key = typeSymbols.symbol(t);
        LLVMTypeRef cached = typeCache.get(key);
        if (cached == null) {
            cached = makeLLVMType(t);
            typeCache.put(key, cached);
        }
        return cached;
    }

    /**
     * A named type with a struct underlying type becomes the named LLVM struct {@code %pkg.T};
     * it is registered before its body is built, so recursive types (through pointers,
     * slices, ...) find it. Other named types are represented as their underlying type.
     */
    private LLVMTypeRef makeNamedType(Named n) {
        if (!(n.underlying() instanceof Type.Struct s)) {
            LLVMTypeRef t = getLLVMType(n.underlying());
            namedCache.put(n, t);
            return t;
        }
        LLVMTypeRef named = LLVMStructCreateNamed(ctx, typeSymbols.symbol(n));
        namedCache.put(n, named);
        List<LLVMTypeRef> fields = fieldTypes(s);
        LLVMStructSetBody(named, LLVMArrays.of(fields), fields.size(), 0);
        return named;
    }

    /** The fields' types, then gc's one-byte pad after a final zero-size field (Sizes.hasTrailingPad). */
    private List<LLVMTypeRef> fieldTypes(Type.Struct s) {
        List<LLVMTypeRef> fields = new ArrayList<>();
        for (Obj.Var f : s.fields()) fields.add(getLLVMType(f.type()));
        if (Sizes.hasTrailingPad(s)) fields.add(i8);
        return fields;
    }

    /** Builds the LLVM type of an unnamed Go type (ABI.md "Value representation"). */
    private LLVMTypeRef makeLLVMType(Type t) {
        if (t instanceof Basic b) return basicType(b);
        if (t instanceof Type.Pointer || t instanceof Type.Map || t instanceof Type.Chan) return ptr;
        if (t instanceof Type.Slice) return sliceType;
        if (t instanceof Type.Array a) return LLVMArrayType2(getLLVMType(a.elem()), Math.max(0, a.len()));
        if (t instanceof Type.Struct s) return literalStruct(fieldTypes(s));
        if (t instanceof Type.Signature) return funcValueType;
        if (t instanceof Interface) return interfaceType;
        if (t instanceof Type.Tuple tu) return tupleType(tu);
        if (t instanceof TypeParam) throw new IllegalArgumentException("type parameter reached codegen: " + t);
        throw new IllegalArgumentException("no LLVM type for " + t);
    }

    /** A tuple (multiple results) is a literal struct of its element types; the empty tuple is void. */
    private LLVMTypeRef tupleType(Type.Tuple tu) {
        if (tu.size() == 0) return voidType;
        List<LLVMTypeRef> elems = new ArrayList<>();
        for (Obj.Var v : tu.vars()) elems.add(getLLVMType(v.type()));
        return literalStruct(elems);
    }

    private LLVMTypeRef basicType(Basic b) {
        return switch (b.kind()) {
            case BOOL, UNTYPED_BOOL -> i1;
            case INT8, UINT8 -> i8;
            case INT16, UINT16 -> LLVMInt16TypeInContext(ctx);
            case INT32, UINT32, UNTYPED_RUNE -> i32;
            case INT, INT64, UINT, UINT64, UINTPTR, UNTYPED_INT -> i64;
            case FLOAT32 -> LLVMFloatTypeInContext(ctx);
            case FLOAT64, UNTYPED_FLOAT -> LLVMDoubleTypeInContext(ctx);
            case COMPLEX64 -> literalStruct(LLVMFloatTypeInContext(ctx), LLVMFloatTypeInContext(ctx));
            case COMPLEX128, UNTYPED_COMPLEX -> literalStruct(LLVMDoubleTypeInContext(ctx), LLVMDoubleTypeInContext(ctx));
            case STRING, UNTYPED_STRING -> stringType;
            case UNSAFE_POINTER, UNTYPED_NIL -> ptr;
            case INVALID -> throw new IllegalArgumentException("invalid type reached codegen");
        };
    }

    /**
     * Whether values of LLVM type t are large (ABI.md "Large values"): bigger than
     * {@link #LARGE_VALUE} bytes. Such values are never LLVM first-class values: they live in
     * memory, are copied with memmove, passed by pointer and returned through an out-pointer.
     */
    boolean isLarge(LLVMTypeRef t) {
        int kind = LLVMGetTypeKind(t);
        return (kind == LLVMArrayTypeKind || kind == LLVMStructTypeKind) && sizeOf(t) > LARGE_VALUE;
    }

    /** Whether values of Go type t (a tuple included) are large; the empty tuple and iterators (no type) are not. */
    boolean isLarge(Type t) {
        if (t instanceof Type.Tuple tu && tu.size() == 0 || t == Basic.INVALID) return false;
        return isLarge(getLLVMType(t));
    }

    /** Bytes above which an array, struct or tuple value is large: eight words (ABI.md "Large values"). */
    static final long LARGE_VALUE = 64;

    /**
     * The LLVM function type of a Go signature: an out-pointer for large results, params
     * (receiver first; large ones by pointer), a trailing context ptr (ABI.md "Calling convention").
     */
    LLVMTypeRef functionType(Type.Signature sig) {
        return functionType(sig.recv() == null ? null : getLLVMType(sig.recv().type()), sig);
    }

    /**
     * As above with the receiver's LLVM type given (the data word of a method-table function),
     * or null for none; a large receiver is passed by pointer as a large parameter is.
     */
    LLVMTypeRef functionType(LLVMTypeRef receiver, Type.Signature sig) {
        List<LLVMTypeRef> params = new ArrayList<>();
        if (returnsInMemory(sig)) params.add(ptr);
        if (receiver != null) params.add(isLarge(receiver) ? ptr : receiver);
        for (Obj.Var p : sig.params().vars()) params.add(isLarge(p.type()) ? ptr : getLLVMType(p.type()));
        params.add(ptr);
        LLVMTypeRef result = returnsInMemory(sig) ? voidType : resultType(sig);
        return LLVMFunctionType(result, LLVMArrays.of(params), params.size(), 0);
    }

    /** Whether sig's results (the single result, or the tuple of several) are large: written through a leading out-pointer. */
    boolean returnsInMemory(Type.Signature sig) {
        Type.Tuple r = sig.results();
        return r.size() == 1 ? isLarge(r.type(0)) : isLarge(r);
    }

    /** void, the single result's type, or a literal struct of the results (the Go type of a call's value). */
    LLVMTypeRef resultType(Type.Signature sig) {
        Type.Tuple r = sig.results();
        return r.size() == 1 ? getLLVMType(r.type(0)) : getLLVMType(r);
    }

    long sizeOf(LLVMTypeRef t) { return LLVMABISizeOfType(dataLayout, t); }

    long alignOf(LLVMTypeRef t) { return LLVMABIAlignmentOfType(dataLayout, t); }

    long offsetOf(LLVMTypeRef struct, int field) { return LLVMOffsetOfElement(dataLayout, struct, field); }

    // ------------------------------------------------------------------ symbols

    /** The LLVM function for an SSA function, declared on first use (defined later if it has a body here). */
    LLVMValueRef getFunction(Function fn) {
        LLVMValueRef f = functions.get(fn);
        if (f != null) return f;
        f = LLVMGetNamedFunction(module, fn.symbol());
        if (f == null || f.isNull()) f = LLVMAddFunction(module, fn.symbol(), functionType(fn.signature()));
        functions.put(fn, f);
        return f;
    }

    /** The LLVM global for a package-level variable, declared on first use. */
    LLVMValueRef getGlobal(Global g) {
        LLVMValueRef v = globals.get(g);
        if (v != null) return v;
        v = LLVMGetNamedGlobal(module, g.symbol());
        if (v == null || v.isNull()) v = LLVMAddGlobal(module, getLLVMType(((Type.Pointer) g.type().underlying()).elem()), g.symbol());
        globals.put(g, v);
        return v;
    }

    /** A constant Go string {@code {ptr, len}} whose bytes are {@code bytes} (one char per byte, ISO-8859-1). */
    LLVMValueRef constString(String bytes) {
        LLVMValueRef len = LLVMConstInt(i64, bytes.length(), 0);
        if (bytes.isEmpty()) return LLVMConstStructInContext(ctx, LLVMArrays.of(LLVMConstNull(ptr), len), 2, 0);
        LLVMValueRef data = stringData.get(bytes);
        if (data == null) {
            byte[] raw = bytes.getBytes(StandardCharsets.ISO_8859_1);
            LLVMValueRef init = LLVMConstStringInContext2(ctx, new BytePointer(raw), raw.length, 1);
            data = LLVMAddGlobal(module, LLVMTypeOf(init), ".str");
            LLVMSetInitializer(data, init);
            LLVMSetGlobalConstant(data, 1);
            LLVMSetLinkage(data, LLVMPrivateLinkage);
            LLVMSetUnnamedAddress(data, LLVMGlobalUnnamedAddr);
            LLVMSetAlignment(data, 1);
            stringData.put(bytes, data);
        }
        return LLVMConstStructInContext(ctx, LLVMArrays.of(data, len), 2, 0);
    }
}
