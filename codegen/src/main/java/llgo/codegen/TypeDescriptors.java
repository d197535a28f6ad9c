/*
 * Type descriptors (runtime/ABI.md "Type descriptors"): gc's go1.19 runtime._type header
 * (runtime/type.go), field for field, followed by the kind-specific part of ptrtype,
 * slicetype, arraytype, chantype, maptype and interfacetype (imethods {name, pkgpath, typ}),
 * then for a type with methods gc's uncommontype with a pointer to its method table
 * {name, pkgpath, mtyp, ifn} (ABI.md "Method tables"; tflagUncommon set). The type's
 * reflect-style name as a GoString sits in the 16 bytes before the header, and the type's hash function (HashFunctions; null when
 * not comparable) in the 8 bytes before the name. Each descriptor is one linkonce_odr global
 * named {@code type:<string>} holding {hash, name, header, extra}; a reference to the type is
 * the address of the header, 24 bytes into that global, so ((GoString *)type)[-1] is the name.
 * The symbol names the type as TypeSymbols does (function-local types numbered), the stored
 * name as reflect prints it. ptrdata and gcdata (a pointer bitmap) tell the collector where
 * a heap object of the type holds pointers (gc's runtime/mbitmap.go).
 */
package llgo.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

import llgo.frontend.types.Basic;
import llgo.frontend.types.Interface;
import llgo.frontend.types.Named;
import llgo.frontend.types.Obj;
import llgo.frontend.types.Type;
import llgo.frontend.types.Types;

final class TypeDescriptors {
    /** gc's kindDirectIface flag (runtime/typekind.go). */
    static final int KIND_DIRECT_IFACE = 0x20;
    /** gc's maptype.flags bits (runtime/type.go): reflexivekey, needkeyupdate, hashMightPanic. */
    /** gc's tflagUncommon (runtime/type.go): the descriptor has an uncommon part (a method table). */
    private static final int TFLAG_UNCOMMON = 1;
    private static final int MAP_REFLEXIVE_KEY = 4, MAP_NEED_KEY_UPDATE = 8, MAP_HASH_MIGHT_PANIC = 16;
    /** The largest gcdata bitmap emitted, in words (gc switches to GC programs above 1024 words; we fall back to a conservative prefix). */
    static final long MAX_GCDATA_WORDS = 1 << 16;

    private final ModuleContext mc;
    private final Map<String, LLVMValueRef> descriptors = new HashMap<>();
    final HashFunctions hashFunctions;

    TypeDescriptors(ModuleContext mc) {
        this.mc = mc;
        this.hashFunctions = new HashFunctions(mc);
    }

    /** The address of t's descriptor header (a constant), emitting the descriptor on first use. */
    LLVMValueRef getTypeDescriptor(Type t) {
        String symbol = "type:" + mc.typeSymbols.symbol(t);
        LLVMValueRef ref = descriptors.get(symbol);
        if (ref != null) return ref;
        LLVMValueRef global = LLVMGetNamedGlobal(mc.module, symbol);
        if (global == null || global.isNull()) global = LLVMAddGlobal(mc.module, layout(t), symbol);
        ref = LLVMConstInBoundsGEP2(mc.i8, global, LLVMArrays.of(LLVMConstInt(mc.i64, 24, 0)), 1);
        descriptors.put(symbol, ref);      // before the initializer: element types may refer back
        LLVMSetInitializer(global, initializer(t, symbol));
        LLVMSetLinkage(global, LLVMLinkOnceODRLinkage);
        LLVMSetGlobalConstant(global, 1);
        LLVMSetAlignment(global, 8);
        return ref;
    }

    /**
     * Whether values of t are stored directly in an interface's data word (gc's
     * kindDirectIface) rather than boxed. In llgo only single-word pointer shapes qualify:
     * func values are two words (ABI.md "Value representation"), so they are boxed.
     */
    static boolean isDirectIface(Type t) {
        Type u = t.underlying();
        return u instanceof Type.Pointer || u instanceof Type.Map || u instanceof Type.Chan
                || (u instanceof Basic b && b.kind() == Basic.Kind.UNSAFE_POINTER);
    }

    private LLVMTypeRef layout(Type t) {
        List<LLVMTypeRef> fields = new ArrayList<>(List.of(mc.ptr, mc.stringType, mc.i64, mc.i64, mc.i32, mc.i8, mc.i8, mc.i8, mc.i8,
                mc.ptr, mc.ptr, mc.i32, mc.i32));
        Type u = t.underlying();
        if (u instanceof Type.Pointer || u instanceof Type.Slice) fields.add(mc.ptr);
        else if (u instanceof Type.Array) fields.addAll(List.of(mc.ptr, mc.ptr, mc.i64));
        else if (u instanceof Type.Chan) fields.addAll(List.of(mc.ptr, mc.i64));
        else if (u instanceof Type.Map) fields.addAll(List.of(mc.ptr, mc.ptr, mc.ptr, mc.ptr, mc.i8, mc.i8, LLVMInt16TypeInContext(mc.ctx), mc.i32));
        else if (u instanceof Interface) fields.addAll(List.of(mc.ptr, mc.ptr, mc.i64, mc.i64));
        if (!MethodFunctions.methodSet(t).isEmpty()) fields.addAll(List.of(mc.ptr, LLVMInt16TypeInContext(mc.ctx), LLVMInt16TypeInContext(mc.ctx), mc.i32, mc.ptr));
        return mc.literalStruct(fields);
    }

    private LLVMValueRef initializer(Type t, String symbol) {
        LLVMTypeRef lt = mc.getLLVMType(t);
        long size = lt == mc.voidType ? 0 : mc.sizeOf(lt);
        long align = lt == mc.voidType ? 1 : mc.alignOf(lt);
        int kind = kind(t) | (isDirectIface(t) ? KIND_DIRECT_IFACE : 0);
        List<MethodFunctions.Entry> methods = MethodFunctions.methodSet(t);
        List<LLVMValueRef> v = new ArrayList<>(List.of(
                hashFunctions.getHashFunction(t),
                mc.constString(new String(reflectName(t).getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)),
                LLVMConstInt(mc.i64, size, 0),
                LLVMConstInt(mc.i64, ptrdata(t), 0),
                LLVMConstInt(mc.i32, fnv1a(symbol), 0),
                LLVMConstInt(mc.i8, methods.isEmpty() ? 0 : TFLAG_UNCOMMON, 0),
                LLVMConstInt(mc.i8, align, 0),
                LLVMConstInt(mc.i8, align, 0),
                LLVMConstInt(mc.i8, kind, 0),
                mc.equalFunctions.getEqualFunction(t),
                gcdata(t),
                LLVMConstInt(mc.i32, 0, 0),
                LLVMConstInt(mc.i32, 0, 0)));
        Type u = t.underlying();
        if (u instanceof Type.Pointer p) v.add(getTypeDescriptor(p.elem()));
        else if (u instanceof Type.Slice s) v.add(getTypeDescriptor(s.elem()));
        else if (u instanceof Type.Array a) {
            v.add(getTypeDescriptor(a.elem()));
            v.add(getTypeDescriptor(new Type.Slice(a.elem())));
            v.add(LLVMConstInt(mc.i64, a.len(), 0));
        } else if (u instanceof Type.Chan c) {
            v.add(getTypeDescriptor(c.elem()));
            v.add(LLVMConstInt(mc.i64, switch (c.dir()) { case RECV -> 1; case SEND -> 2; case BOTH -> 3; }, 0));
        } else if (u instanceof Type.Map m) {
            addMapType(v, m);
        } else if (u instanceof Interface it) {
            addInterfaceType(v, t, it);
        }
        if (!methods.isEmpty()) addUncommonType(v, t, methods);
        return LLVMConstStructInContext(mc.ctx, LLVMArrays.of(v), v.size(), 0);
    }

    /**
     * gc's maptype part: key, elem, bucket (null: no buckets), hasher (the key's hash
     * function), keysize and elemsize (the sizes when below 256, else 0: the runtime reads
     * key.size and elem.size, keys and elements are always stored inline), bucketsize 0, flags.
     */
    private void addMapType(List<LLVMValueRef> v, Type.Map m) {
        v.add(getTypeDescriptor(m.key()));
        v.add(getTypeDescriptor(m.elem()));
        v.add(LLVMConstNull(mc.ptr));
        v.add(hashFunctions.getHashFunction(m.key()));
        v.add(LLVMConstInt(mc.i8, smallSize(m.key()), 0));
        v.add(LLVMConstInt(mc.i8, smallSize(m.elem()), 0));
        v.add(LLVMConstInt(LLVMInt16TypeInContext(mc.ctx), 0, 0));
        int flags = (isReflexive(m.key()) ? MAP_REFLEXIVE_KEY : 0) | (needsKeyUpdate(m.key()) ? MAP_NEED_KEY_UPDATE : 0)
                | (hashMightPanic(m.key()) ? MAP_HASH_MIGHT_PANIC : 0);
        v.add(LLVMConstInt(mc.i32, flags, 0));
    }

    /**
     * gc's interfacetype part: pkgpath (a GoString, or null when the type has no package),
     * then mhdr as a slice of imethods {GoString name, ptr pkgpath (null when exported),
     * ptr typ (the method's func type descriptor)} in the interface's method order, the order
     * of itab.fun.
     */
    private void addInterfaceType(List<LLVMValueRef> v, Type t, Interface it) {
        v.add(t instanceof Named n && n.obj().pkg() != null ? getPkgPath(n.obj().pkg().path()) : LLVMConstNull(mc.ptr));
        List<LLVMValueRef> entries = new ArrayList<>();
        for (Obj.Func m : it.allMethods()) {
            entries.add(constStruct(nameString(m.name()), methodPkgPath(m), getTypeDescriptor(MethodFunctions.withoutReceiver(m.signature()))));
        }
        v.add(constArrayGlobal(mc.literalStruct(mc.stringType, mc.ptr, mc.ptr), entries));
        v.add(LLVMConstInt(mc.i64, entries.size(), 0));
        v.add(LLVMConstInt(mc.i64, entries.size(), 0));
    }

    /**
     * The uncommon part (gc's uncommontype with pointers for offsets): pkgpath of the named
     * type, mcount and xcount (methods, exported methods), 4 bytes padding, then a pointer to
     * the method array {GoString name, ptr pkgpath (null when exported), ptr mtyp, ptr ifn},
     * sorted by name.
     */
    private void addUncommonType(List<LLVMValueRef> v, Type t, List<MethodFunctions.Entry> methods) {
        Type base = t instanceof Type.Pointer p ? p.elem() : t;
        boolean hasPkg = base instanceof Named named && named.obj().pkg() != null;
        v.add(hasPkg ? getPkgPath(((Named) base).obj().pkg().path()) : LLVMConstNull(mc.ptr));
        List<LLVMValueRef> entries = new ArrayList<>();
        int exported = 0;
        for (MethodFunctions.Entry e : methods) {
            Obj.Func m = e.method();
            if (m.exported()) exported++;
            entries.add(constStruct(nameString(m.name()), methodPkgPath(m),
                    getTypeDescriptor(MethodFunctions.withoutReceiver(m.signature())), mc.methodFunctions.getMethodFunction(t, e)));
        }
        v.add(LLVMConstInt(LLVMInt16TypeInContext(mc.ctx), methods.size(), 0));
        v.add(LLVMConstInt(LLVMInt16TypeInContext(mc.ctx), exported, 0));
        v.add(LLVMConstInt(mc.i32, 0, 0));
        v.add(constArrayGlobal(mc.literalStruct(mc.stringType, mc.ptr, mc.ptr, mc.ptr), entries));
    }

    private LLVMValueRef methodPkgPath(Obj.Func m) {
        return m.exported() || m.pkg() == null ? LLVMConstNull(mc.ptr) : getPkgPath(m.pkg().path());
    }

    private LLVMValueRef nameString(String name) {
        return mc.constString(new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    }

    private LLVMValueRef constStruct(LLVMValueRef... fields) {
        return LLVMConstStructInContext(mc.ctx, LLVMArrays.of(fields), fields.length, 0);
    }

    /** A private constant global holding the array of the entries (each of type elem). */
    private LLVMValueRef constArrayGlobal(LLVMTypeRef elem, List<LLVMValueRef> entries) {
        LLVMValueRef init = LLVMConstArray2(elem, LLVMArrays.of(entries), entries.size());
        LLVMValueRef g = LLVMAddGlobal(mc.module, LLVMTypeOf(init), ".methods");
        LLVMSetInitializer(g, init);
        LLVMSetLinkage(g, LLVMPrivateLinkage);
        LLVMSetGlobalConstant(g, 1);
        LLVMSetAlignment(g, 8);
        return g;
    }

    /** A linkonce_odr GoString global {@code pkgpath:<path>} holding a package path. */
    private LLVMValueRef getPkgPath(String path) {
        String symbol = "pkgpath:" + path;
        LLVMValueRef g = LLVMGetNamedGlobal(mc.module, symbol);
        if (g != null && !g.isNull()) return g;
        g = LLVMAddGlobal(mc.module, mc.stringType, symbol);
        LLVMSetInitializer(g, nameString(path));
        LLVMSetLinkage(g, LLVMLinkOnceODRLinkage);
        LLVMSetGlobalConstant(g, 1);
        LLVMSetAlignment(g, 8);
        return g;
    }

    private long smallSize(Type t) {
        long size = mc.sizeOf(mc.getLLVMType(t));
        return size < 256 ? size : 0;
    }

    /** gc's isReflexive: k == k for every key k (false for floats, complex numbers and interfaces). */
    private static boolean isReflexive(Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) return !b.isFloat() && !b.isComplex();
        if (u instanceof Interface) return false;
        if (u instanceof Type.Array a) return isReflexive(a.elem());
        if (u instanceof Type.Struct s) return s.fields().stream().allMatch(f -> isReflexive(f.type()));
        return true;
    }

    /** gc's needkeyupdate: equal keys may differ in bytes (±0, strings, interfaces), so an assignment overwrites the key. */
    private static boolean needsKeyUpdate(Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) return b.isFloat() || b.isComplex() || b.isString();
        if (u instanceof Interface) return true;
        if (u instanceof Type.Array a) return needsKeyUpdate(a.elem());
        if (u instanceof Type.Struct s) return s.fields().stream().anyMatch(f -> needsKeyUpdate(f.type()));
        return false;
    }

    /** gc's hashMightPanic: the key holds an interface, whose dynamic type may not be hashable. */
    private static boolean hashMightPanic(Type t) {
        Type u = t.underlying();
        if (u instanceof Interface) return true;
        if (u instanceof Type.Array a) return hashMightPanic(a.elem());
        if (u instanceof Type.Struct s) return s.fields().stream().anyMatch(f -> hashMightPanic(f.type()));
        return false;
    }

    /** gc's kind numbers (runtime/typekind.go): Bool=1 ... UnsafePointer=26. */
    static int kind(Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) {
            return switch (b.kind()) {
                case BOOL, UNTYPED_BOOL -> 1;
                case INT, UNTYPED_INT -> 2;
                case INT8 -> 3; case INT16 -> 4; case INT32, UNTYPED_RUNE -> 5; case INT64 -> 6;
                case UINT -> 7; case UINT8 -> 8; case UINT16 -> 9; case UINT32 -> 10; case UINT64 -> 11; case UINTPTR -> 12;
                case FLOAT32 -> 13; case FLOAT64, UNTYPED_FLOAT -> 14; case COMPLEX64 -> 15; case COMPLEX128, UNTYPED_COMPLEX -> 16;
                case STRING, UNTYPED_STRING -> 24;
                case UNSAFE_POINTER, UNTYPED_NIL -> 26;
                case INVALID -> 0;
            };
        }
        if (u instanceof Type.Array) return 17;
        if (u instanceof Type.Chan) return 18;
        if (u instanceof Type.Signature) return 19;
        if (u instanceof Interface) return 20;
        if (u instanceof Type.Map) return 21;
        if (u instanceof Type.Pointer) return 22;
        if (u instanceof Type.Slice) return 23;
        if (u instanceof Type.Struct) return 25;
        return 0;
    }

    /**
     * gc's gcdata: a bitmap with one bit per pointer-sized word of the first ptrdata bytes,
     * set where the word holds a pointer (a func value's two words and an interface's two
     * words are both marked), as a linkonce_odr constant {@code gcbits:<hex>} shared by every
     * type with the same bitmap. Null when the type holds no pointers, and for a type whose
     * bitmap would exceed MAX_GCDATA_WORDS words (the collector then treats every word of the
     * ptrdata prefix as a possible pointer: ABI.md "Type descriptors").
     */
    private LLVMValueRef gcdata(Type t) {
        long words = ptrdata(t) / 8;
        if (words == 0 || words > MAX_GCDATA_WORDS) return LLVMConstNull(mc.ptr);
        byte[] bitmap = new byte[(int) ((words + 7) / 8)];
        markPointerWords(t, 0, bitmap);
        StringBuilder name = new StringBuilder("gcbits:");
        for (byte b : bitmap) name.append(String.format("%02x", b & 0xff));
        LLVMValueRef global = LLVMGetNamedGlobal(mc.module, name.toString());
        if (global != null && !global.isNull()) return global;
        LLVMValueRef init = LLVMConstStringInContext(mc.ctx, new BytePointer(bitmap), bitmap.length, 1);
        global = LLVMAddGlobal(mc.module, LLVMTypeOf(init), name.toString());
        LLVMSetInitializer(global, init);
        LLVMSetLinkage(global, LLVMLinkOnceODRLinkage);
        LLVMSetGlobalConstant(global, 1);
        return global;
    }

    /** Sets the bits of bitmap for the pointer words of a value of type t starting at word {@code word}. */
    private void markPointerWords(Type t, long word, byte[] bitmap) {
        Type u = t.underlying();
        if (ptrdata(t) == 0) return;
        if (u instanceof Basic || u instanceof Type.Pointer || u instanceof Type.Map || u instanceof Type.Chan || u instanceof Type.Slice) {
            setBit(bitmap, word);
        } else if (u instanceof Type.Signature || u instanceof Interface) {
            setBit(bitmap, word);
            setBit(bitmap, word + 1);
        } else if (u instanceof Type.Array a) {
            long elemWords = mc.sizeOf(mc.getLLVMType(a.elem())) / 8;
            for (long i = 0; i < a.len(); i++) markPointerWords(a.elem(), word + i * elemWords, bitmap);
        } else if (u instanceof Type.Struct s) {
            LLVMTypeRef st = mc.getLLVMType(t);
            for (int i = 0; i < s.fields().size(); i++) markPointerWords(s.fields().get(i).type(), word + mc.offsetOf(st, i) / 8, bitmap);
        }
    }

    private static void setBit(byte[] bitmap, long word) {
        bitmap[(int) (word / 8)] |= (byte) (1 << (word % 8));
    }

    /** Bytes of the prefix of a value of type t that can hold pointers (gc's ptrdata). */
    private long ptrdata(Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) return b.kind() == Basic.Kind.STRING || b.kind() == Basic.Kind.UNSAFE_POINTER ? 8 : 0;
        if (u instanceof Type.Pointer || u instanceof Type.Map || u instanceof Type.Chan || u instanceof Type.Slice) return 8;
        if (u instanceof Type.Signature || u instanceof Interface) return 16;
        if (u instanceof Type.Array a) {
            long elem = ptrdata(a.elem());
            return elem == 0 || a.len() <= 0 ? 0 : (a.len() - 1) * mc.sizeOf(mc.getLLVMType(a.elem())) + elem;
        }
        if (u instanceof Type.Struct s) {
            LLVMTypeRef st = mc.getLLVMType(t);
            for (int i = s.fields().size() - 1; i >= 0; i--) {
                long p = ptrdata(s.fields().get(i).type());
                if (p != 0) return mc.offsetOf(st, i) + p;
            }
        }
        return 0;
    }

    private static int fnv1a(String s) {
        int h = 0x811c9dc5;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x01000193;
        }
        return h;
    }

    /** The type as reflect.Type.String spells it: package names (not paths), {@code interface {}}, {@code struct { X int }}. */
    static String reflectName(Type t) {
        if (t instanceof Named n) {
            Obj.TypeName o = n.obj();
            String args = n.typeArgs().stream().map(TypeDescriptors::reflectName).collect(java.util.stream.Collectors.joining(","));
            String name = n.typeArgs().isEmpty() ? o.name() : o.name() + "[" + args + "]";
            return o.pkg() == null ? name : o.pkg().name() + "." + name;
        }
        if (t instanceof Basic b) return b.name();
        if (t instanceof Type.Pointer p) return "*" + reflectName(p.elem());
        if (t instanceof Type.Slice s) return "[]" + reflectName(s.elem());
        if (t instanceof Type.Array a) return "[" + a.len() + "]" + reflectName(a.elem());
        if (t instanceof Type.Map m) return "map[" + reflectName(m.key()) + "]" + reflectName(m.elem());
        if (t instanceof Type.Chan c) {
            String dir = switch (c.dir()) { case BOTH -> "chan "; case SEND -> "chan<- "; case RECV -> "<-chan "; };
            return dir + reflectName(c.elem());
        }
        if (t instanceof Type.Signature sig) return "func" + signature(sig);
        if (t instanceof Interface it) {
            if (it.allMethods().isEmpty()) return "interface {}";
            List<String> ms = new ArrayList<>();
            for (Obj.Func m : it.allMethods()) ms.add(m.name() + signature(m.signature()));
            return "interface { " + String.join("; ", ms) + " }";
        }
        if (t instanceof Type.Struct s) {
            if (s.fields().isEmpty()) return "struct {}";
            List<String> fs = new ArrayList<>();
            for (Obj.Var f : s.fields()) fs.add(f.embedded() ? reflectName(f.type()) : f.name() + " " + reflectName(f.type()));
            return "struct { " + String.join("; ", fs) + " }";
        }
        return Types.typeString(t);
    }

    private static String signature(Type.Signature sig) {
        List<String> ps = new ArrayList<>();
        List<Obj.Var> params = sig.params().vars();
        for (int i = 0; i < params.size(); i++) {
            Type pt = params.get(i).type();
            ps.add(sig.variadic() && i == params.size() - 1 && pt instanceof Type.Slice s ? "..." + reflectName(s.elem()) : reflectName(pt));
        }
        String out = "(" + String.join(", ", ps) + ")";
        List<Obj.Var> rs = sig.results().vars();
        if (rs.isEmpty()) return out;
        if (rs.size() == 1) return out + " " + reflectName(rs.get(0).type());
        List<String> rl = new ArrayList<>();
        for (Obj.Var r : rs) rl.add(reflectName(r.type()));
        return out + " (" + String.join(", ", rl) + ")";
    }
}
