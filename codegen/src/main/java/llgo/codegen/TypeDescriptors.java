/*
 * Type descriptors (runtime/ABI.md "Type descriptors", "Method tables"): gc's go1.19
 * runtime/type.go and reflect/type.go declarations as llgo lays them out (DescriptorLayout):
 * the rtype header, the kind-specific part (ptrtype, slicetype, arraytype, chantype,
 * functype, maptype, structtype, interfacetype), the uncommon part for a named type or a
 * type with methods, then the trailing data gc puts in the same symbol (a func's in and out
 * types, a struct's fields, an interface's imethods) and the method table. Nothing is stored
 * before the header: a descriptor is one linkonce_odr global named {@code type:<symbol>}
 * (TypeSymbols), its address is the type. Names are gc's encoded names (flag byte, varint
 * length, bytes, optional tag, optional pkgpath nameOff), linkonce_odr globals
 * {@code name:...}. nameOff, typeOff and textOff fields are 32-bit differences from the word
 * {@code llgo.types} (runtime type.c) written as constant expressions; every global holding
 * such a field is in the section {@code llgo_types} beside that word, so the assembler turns
 * each difference into a PC-relative relocation (see SECTION). ptrdata and gcdata (a pointer bitmap) tell the
 * collector where a heap object of the type holds pointers (gc's runtime/mbitmap.go).
 */
package llgo.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
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
import llgo.frontend.types.Package;
import llgo.frontend.types.Type;
import llgo.frontend.types.Types;

final class TypeDescriptors {
    /** gc's kindDirectIface flag (runtime/typekind.go). */
    static final int KIND_DIRECT_IFACE = DescriptorLayout.KIND_DIRECT_IFACE;
    /** gc's maptype.flags bits (runtime/type.go): reflexivekey, needkeyupdate, hashMightPanic. */
    private static final int MAP_REFLEXIVE_KEY = 4, MAP_NEED_KEY_UPDATE = 8, MAP_HASH_MIGHT_PANIC = 16;
    /** gc's name flag bits (reflect/type.go name). */
    private static final int NAME_EXPORTED = 1, NAME_HAS_TAG = 2, NAME_HAS_PKGPATH = 4, NAME_EMBEDDED = 8;
    /** gc's chantype.dir values (reflect.ChanDir). */
    private static final int CHAN_RECV = 1, CHAN_SEND = 2;
    /** The textOff of a method function that is not emitted (gc's -1 for unreachable methods). */
    private static final int NO_TEXT = -1;
    /** The largest gcdata bitmap emitted, in words (gc switches to GC programs above 1024 words; we fall back to a conservative prefix). */
    static final long MAX_GCDATA_WORDS = 1 << 16;
    /**
     * The section of every global holding an offset, and the symbol of its base word (runtime
     * type.c). An offset {@code x - llgo.types} can only be assembled in a section that holds
     * llgo.types, and ELF gives one section name two sets of flags when it holds read-only
     * constants and constants with relocations ("a" and "aw" under PIC): the base word holds
     * a pointer and each global placed here holds an offset (a relocation), so all share the
     * flags. Names without offsets go to the default read-only section.
     */
    static final String SECTION = "llgo_types", BASE_SYMBOL = "llgo.types";

    private final ModuleContext mc;
    private final DescriptorLayout layout;
    private final Map<String, LLVMValueRef> descriptors = new HashMap<>();
    final HashFunctions hashFunctions;

    TypeDescriptors(ModuleContext mc) {
        this.mc = mc;
        this.layout = new DescriptorLayout(mc);
        this.hashFunctions = new HashFunctions(mc);
    }

    /** The address of t's descriptor (a constant), emitting the descriptor on first use. */
    LLVMValueRef getTypeDescriptor(Type t) {
        String symbol = "type:" + mc.typeSymbols.symbol(t);
        LLVMValueRef ref = descriptors.get(symbol);
        if (ref != null) return ref;
        // Element types may refer back to t: they see a placeholder, replaced once t's initializer is known.
        LLVMValueRef placeholder = LLVMAddGlobal(mc.module, mc.i8, symbol + ".pending");
        descriptors.put(symbol, placeholder);
        LLVMValueRef init = initializer(t, symbol, placeholder);
        LLVMValueRef global = LLVMAddGlobal(mc.module, LLVMTypeOf(init), symbol);
        LLVMReplaceAllUsesWith(placeholder, global);
        LLVMDeleteGlobal(placeholder);
        descriptors.put(symbol, global);
        LLVMSetInitializer(global, init);
        LLVMSetLinkage(global, LLVMLinkOnceODRLinkage);
        LLVMSetGlobalConstant(global, 1);
        LLVMSetAlignment(global, 8);
        LLVMSetSection(global, SECTION);
        return global;
    }

    /** The header's hash of t (also an itab's hash): FNV-1a of its symbol. */
    int typeHash(Type t) { return fnv1a("type:" + mc.typeSymbols.symbol(t)); }

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

    /** Whether t has a name in gc's sense (t.Sym() != nil): a defined type or a predeclared one. */
    private static boolean isNamed(Type t) { return t instanceof Named || t instanceof Basic; }

    /** gc's typePkg: the package of a named type, or of the named element of an unnamed array, slice, pointer or chan. */
    private static Package typePkg(Type t) {
        Type named = t;
        if (t instanceof Type.Array a) named = a.elem();
        else if (t instanceof Type.Slice s) named = s.elem();
        else if (t instanceof Type.Pointer p) named = p.elem();
        else if (t instanceof Type.Chan c) named = c.elem();
        if (named instanceof Named n) return n.obj().pkg();
        if (named instanceof Basic b && b.kind() == Basic.Kind.UNSAFE_POINTER) return UNSAFE;
        return null;
    }

    private static final Package UNSAFE = llgo.frontend.types.Universe.UNSAFE;

    private LLVMValueRef initializer(Type t, String symbol, LLVMValueRef self) {
        List<MethodFunctions.Entry> methods = sortedMethods(t);
        boolean uncommon = isNamed(t) || !methods.isEmpty();
        List<LLVMValueRef> v = new ArrayList<>();
        v.add(header(t, symbol, uncommon));
        Type u = t.underlying();
        List<LLVMValueRef> trailing = new ArrayList<>();
        LLVMTypeRef trailingType = null;
        int sliceField = -1;
        if (u instanceof Type.Pointer p) v.add(getTypeDescriptor(p.elem()));
        else if (u instanceof Type.Slice s) v.add(getTypeDescriptor(s.elem()));
        else if (u instanceof Type.Array a) {
            v.add(getTypeDescriptor(a.elem()));
            v.add(getTypeDescriptor(new Type.Slice(a.elem())));
            v.add(LLVMConstInt(mc.i64, a.len(), 0));
        } else if (u instanceof Type.Chan c) {
            v.add(getTypeDescriptor(c.elem()));
            v.add(LLVMConstInt(mc.i64, switch (c.dir()) { case RECV -> CHAN_RECV; case SEND -> CHAN_SEND; case BOTH -> CHAN_RECV | CHAN_SEND; }, 0));
        } else if (u instanceof Type.Signature sig) {
            int in = sig.params().vars().size(), out = sig.results().vars().size();
            v.add(LLVMConstInt(i16(), in, 0));
            v.add(LLVMConstInt(i16(), out | (sig.variadic() ? 1 << 15 : 0), 0));
            v.add(LLVMConstInt(mc.i32, 0, 0));          // gc's functype is 8-byte aligned: padding to 64 bytes
            for (Obj.Var p : sig.params().vars()) trailing.add(getTypeDescriptor(p.type()));
            for (Obj.Var r : sig.results().vars()) trailing.add(getTypeDescriptor(r.type()));
            trailingType = mc.ptr;
        } else if (u instanceof Type.Map m) {
            addMapType(v, m);
        } else if (u instanceof Type.Struct st) {
            Package spkg = null;
            for (Obj.Var f : st.fields()) if (!f.exported()) { spkg = f.pkg(); break; }
            v.add(spkg == null ? LLVMConstNull(mc.ptr) : pkgPathName(spkg));
            sliceField = v.size();
            v.add(null);
            LLVMTypeRef lt = mc.getLLVMType(t);
            for (int i = 0; i < st.fields().size(); i++) {
                Obj.Var f = st.fields().get(i);
                LLVMValueRef name = name(f.name(), st.tags().get(i), null, f.exported(), f.embedded());
                trailing.add(constStruct(name, getTypeDescriptor(f.type()), LLVMConstInt(mc.i64, mc.offsetOf(lt, i), 0)));
            }
            trailingType = layout.structField;
        } else if (u instanceof Interface it) {
            Package tpkg = t instanceof Named n ? n.obj().pkg() : null;
            v.add(tpkg == null ? LLVMConstNull(mc.ptr) : pkgPathName(tpkg));
            sliceField = v.size();
            v.add(null);
            for (Obj.Func m : it.allMethods()) {
                Package pkg = !m.exported() && m.pkg() != tpkg ? m.pkg() : null;
                trailing.add(constStruct(off(name(m.name(), "", pkg, m.exported(), false)),
                        off(getTypeDescriptor(MethodFunctions.withoutReceiver(m.signature())))));
            }
            trailingType = layout.imethod;
        }
        int uncommonField = -1;
        if (uncommon) {
            uncommonField = v.size();
            v.add(uncommonPart(t, methods, 0));
        }
        int trailingField = -1;
        if (trailingType != null) {
            trailingField = v.size();
            v.add(LLVMConstArray2(trailingType, LLVMArrays.of(trailing), trailing.size()));
        }
        int methodsField = -1;
        if (!methods.isEmpty()) {
            methodsField = v.size();
            v.add(methodTable(t, methods));
        }
        if (sliceField >= 0) v.set(sliceField, constStruct(LLVMConstNull(mc.ptr), LLVMConstInt(mc.i64, 0, 0), LLVMConstInt(mc.i64, 0, 0)));   // sized for the layout, filled below
        LLVMTypeRef type = mc.literalStruct(v.stream().map(x -> LLVMTypeOf(x)).toList());
        if (sliceField >= 0) {
            LLVMValueRef data = trailing.isEmpty() ? LLVMConstNull(mc.ptr) : selfAt(self, mc.offsetOf(type, trailingField));
            v.set(sliceField, constStruct(data, LLVMConstInt(mc.i64, trailing.size(), 0), LLVMConstInt(mc.i64, trailing.size(), 0)));
        }
        if (methodsField >= 0) {
            v.set(uncommonField, uncommonPart(t, methods, mc.offsetOf(type, methodsField) - mc.offsetOf(type, uncommonField)));
        } else if (uncommon) {
            long end = mc.sizeOf(type) - mc.offsetOf(type, uncommonField);
            v.set(uncommonField, uncommonPart(t, methods, end));
        }
        return LLVMConstStructInContext(mc.ctx, LLVMArrays.of(v), v.size(), 0);
    }

    /** The address offset bytes into the descriptor being built (self is its placeholder). */
    private LLVMValueRef selfAt(LLVMValueRef self, long offset) {
        return LLVMConstGEP2(mc.i8, self, LLVMArrays.of(LLVMConstInt(mc.i64, offset, 0)), 1);
    }

    /** gc's rtype: size, ptrdata, hash, tflag, align, fieldAlign, kind, equal {code, null}, gcdata, str, ptrToThis. */
    private LLVMValueRef header(Type t, String symbol, boolean uncommon) {
        LLVMTypeRef lt = mc.getLLVMType(t);
        long size = lt == mc.voidType ? 0 : mc.sizeOf(lt);
        long align = lt == mc.voidType ? 1 : mc.alignOf(lt);
        int kind = kind(t) | (isDirectIface(t) ? KIND_DIRECT_IFACE : 0);
        String string = reflectName(t);
        boolean extraStar = !string.startsWith("*");
        boolean exported = t instanceof Named n ? n.obj().exported()
                : t instanceof Type.Pointer p && p.elem() instanceof Named e && e.obj().exported();
        int tflag = (uncommon ? DescriptorLayout.TFLAG_UNCOMMON : 0) | (extraStar ? DescriptorLayout.TFLAG_EXTRA_STAR : 0)
                | (isNamed(t) ? DescriptorLayout.TFLAG_NAMED : 0)
                | (Types.comparable(t) && mc.equalFunctions.isPlainMemory(t) ? DescriptorLayout.TFLAG_REGULAR_MEMORY : 0);
        LLVMValueRef str = off(name(extraStar ? "*" + string : string, "", null, exported, false));
        // gc's ptrToThis: a strong reference for a named type (its *T is always emitted), else none (gc's weak reference)
        LLVMValueRef ptrToThis = isNamed(t) ? off(getTypeDescriptor(new Type.Pointer(t))) : LLVMConstInt(mc.i32, 0, 0);
        return LLVMConstStructInContext(mc.ctx, LLVMArrays.of(
                LLVMConstInt(mc.i64, size, 0),
                LLVMConstInt(mc.i64, ptrdata(t), 0),
                LLVMConstInt(mc.i32, fnv1a(symbol), 0),
                LLVMConstInt(mc.i8, tflag, 0),
                LLVMConstInt(mc.i8, align, 0),
                LLVMConstInt(mc.i8, align, 0),
                LLVMConstInt(mc.i8, kind, 0),
                constStruct(mc.equalFunctions.getEqualFunction(t), LLVMConstNull(mc.ptr)),
                gcdata(t),
                str,
                ptrToThis), 11, 0);
    }

    /**
     * gc's maptype part: key, elem, bucket (null: no buckets), hasher (the key's hash
     * function as a func value), keysize and elemsize (the sizes when below 256, else 0: the
     * runtime reads key.size and elem.size, keys and elements are always stored inline),
     * bucketsize 0, flags.
     */
    private void addMapType(List<LLVMValueRef> v, Type.Map m) {
        v.add(getTypeDescriptor(m.key()));
        v.add(getTypeDescriptor(m.elem()));
        v.add(LLVMConstNull(mc.ptr));
        v.add(constStruct(hashFunctions.getHashFunction(m.key()), LLVMConstNull(mc.ptr)));
        v.add(LLVMConstInt(mc.i8, smallSize(m.key()), 0));
        v.add(LLVMConstInt(mc.i8, smallSize(m.elem()), 0));
        v.add(LLVMConstInt(i16(), 0, 0));
        int flags = (isReflexive(m.key()) ? MAP_REFLEXIVE_KEY : 0) | (needsKeyUpdate(m.key()) ? MAP_NEED_KEY_UPDATE : 0)
                | (hashMightPanic(m.key()) ? MAP_HASH_MIGHT_PANIC : 0);
        v.add(LLVMConstInt(mc.i32, flags, 0));
    }

    /** t's method set in gc's order (types.Sym.Less): exported names first, each group by name. */
    private static List<MethodFunctions.Entry> sortedMethods(Type t) {
        List<MethodFunctions.Entry> methods = new ArrayList<>(MethodFunctions.methodSet(t));
        methods.sort(Comparator.comparing((MethodFunctions.Entry e) -> !e.method().exported())
                .thenComparing(e -> e.method().name()));
        return methods;
    }

    /** gc's uncommontype: pkgpath nameOff, mcount, xcount, moff (bytes from here to the methods), unused. */
    private LLVMValueRef uncommonPart(Type t, List<MethodFunctions.Entry> methods, long moff) {
        Package pkg = typePkg(t);
        int exported = (int) methods.stream().filter(e -> e.method().exported()).count();
        return constStruct(pkg == null ? LLVMConstInt(mc.i32, 0, 0) : off(pkgPathName(pkg)),
                LLVMConstInt(i16(), methods.size(), 0), LLVMConstInt(i16(), exported, 0),
                LLVMConstInt(mc.i32, moff, 0), LLVMConstInt(mc.i32, 0, 0));
    }

    /**
     * gc's method array: {name nameOff, mtyp typeOff, ifn textOff, tfn textOff}. ifn takes
     * the data word as receiver (MethodFunctions); tfn takes the receiver value: the same
     * function when the data word is the receiver (a pointer-shaped type), the method itself
     * when declared on t with a value receiver, else none (NO_TEXT).
     */
    private LLVMValueRef methodTable(Type t, List<MethodFunctions.Entry> methods) {
        Package tpkg = typePkg(t);
        List<LLVMValueRef> entries = new ArrayList<>();
        for (MethodFunctions.Entry e : methods) {
            Obj.Func m = e.method();
            Package pkg = !m.exported() && m.pkg() != tpkg ? m.pkg() : null;
            LLVMValueRef ifn = mc.methodFunctions.getMethodFunction(t, e);
            LLVMValueRef tfn;
            if (isDirectIface(t)) tfn = off(ifn);
            else if (e.path().isEmpty() && e.viaInterface() == null && !(m.signature().recv().type() instanceof Type.Pointer)) {
                tfn = off(mc.methodFunctions.declareMethod(m));
            } else tfn = LLVMConstInt(mc.i32, NO_TEXT, 1);
            entries.add(constStruct(off(name(m.name(), "", pkg, m.exported(), false)),
                    off(getTypeDescriptor(MethodFunctions.withoutReceiver(m.signature()))), off(ifn), tfn));
        }
        return LLVMConstArray2(layout.method, LLVMArrays.of(entries), entries.size());
    }

    /** The 32-bit offset of target from the base byte llgo.types (a nameOff, typeOff or textOff). */
    private LLVMValueRef off(LLVMValueRef target) {
        LLVMValueRef base = LLVMGetNamedGlobal(mc.module, BASE_SYMBOL);
        if (base == null || base.isNull()) base = LLVMAddGlobal(mc.module, mc.i8, BASE_SYMBOL);
        LLVMValueRef diff = LLVMConstSub(LLVMConstPtrToInt(target, mc.i64), LLVMConstPtrToInt(base, mc.i64));
        return LLVMConstTrunc(diff, mc.i32);
    }

    /** The encoded name of a package path (gc's dgopkgpath): the path, no flags. */
    private LLVMValueRef pkgPathName(Package pkg) { return name(pkg.path(), "", null, false, false); }

    /**
     * gc's encoded name (reflect/type.go name): flags, varint length, the bytes, then the tag
     * (varint length, bytes) when not empty, then the nameOff of pkgPath's name when not
     * null; a linkonce_odr global shared by every use of the same name.
     */
    private LLVMValueRef name(String s, String tag, Package pkgPath, boolean exported, boolean embedded) {
        int flags = (exported ? NAME_EXPORTED : 0) | (tag.isEmpty() ? 0 : NAME_HAS_TAG)
                | (pkgPath != null ? NAME_HAS_PKGPATH : 0) | (embedded ? NAME_EMBEDDED : 0);
        String symbol = "name:" + flags + ":" + s + (tag.isEmpty() ? "" : "\u0000tag:" + tag)
                + (pkgPath == null ? "" : "\u0000pkg:" + pkgPath.path());
        LLVMValueRef g = LLVMGetNamedGlobal(mc.module, symbol);
        if (g != null && !g.isNull()) return g;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(flags);
        writeString(bytes, s);
        if (!tag.isEmpty()) writeString(bytes, tag);
        byte[] data = bytes.toByteArray();
        LLVMValueRef chars = LLVMConstStringInContext(mc.ctx, new BytePointer(data), data.length, 1);
        LLVMValueRef init = pkgPath == null ? chars
                : LLVMConstStructInContext(mc.ctx, LLVMArrays.of(chars, off(pkgPathName(pkgPath))), 2, 1);
        g = LLVMAddGlobal(mc.module, LLVMTypeOf(init), symbol);
        LLVMSetInitializer(g, init);
        LLVMSetLinkage(g, LLVMLinkOnceODRLinkage);
        LLVMSetGlobalConstant(g, 1);
        LLVMSetAlignment(g, 1);
        if (pkgPath != null) LLVMSetSection(g, SECTION);   // it holds an offset: see SECTION
        return g;
    }

    /** A varint length (encoding/binary's uvarint, as reflect's writeVarint) and the UTF-8 bytes. */
    private static void writeString(ByteArrayOutputStream out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        int n = b.length;
        while (n >= 0x80) {
            out.write((n & 0x7f) | 0x80);
            n >>>= 7;
        }
        out.write(n);
        out.write(b, 0, b.length);
    }

    private LLVMTypeRef i16() { return LLVMInt16TypeInContext(mc.ctx); }

    private LLVMValueRef constStruct(LLVMValueRef... fields) {
        return LLVMConstStructInContext(mc.ctx, LLVMArrays.of(fields), fields.length, 0);
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
        if (t instanceof Basic b) return Basic.of(b.kind()).name();    // byte and rune are uint8 and int32
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
