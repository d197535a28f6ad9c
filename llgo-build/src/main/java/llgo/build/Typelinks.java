/*
 * The pass over the linked program's type descriptors (runtime/ABI.md "Type descriptors"):
 * gc's weak ptrToThis references, and the typelinks table. An unnamed type's ptrToThis is
 * left 0 by codegen (it does not know whether any package uses *T); here it becomes the
 * typeOff of *T when the program holds *T's descriptor ({@code type:*<symbol>}). The typelinks table: the typeOffs of the program's descriptors of unnamed pointer, array, chan, func,
 * map, slice and struct types (those gc marks for typelinks: the types reflect looks up by
 * string, e.g. for PtrTo, SliceOf, MapOf), sorted by type string, as the constant
 * {@code llgo.typelinks = { i64 count, [count x i32] }} in the descriptors' section. A
 * descriptor is a {@code type:} global whose initializer starts with the rtype header; its
 * kind, tflag and str (the constant expression {@code trunc(sub(ptrtoint @name, ptrtoint
 * @llgo.types))}) are read from that initializer, the string from the name's bytes.
 */
package llgo.build;

import static org.bytedeco.llvm.global.LLVM.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.javacpp.SizeTPointer;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

final class Typelinks {
    static final String SYMBOL = "llgo.typelinks";
    /** Must equal codegen's TypeDescriptors.SECTION and BASE_SYMBOL. */
    private static final String SECTION = "llgo_types", BASE_SYMBOL = "llgo.types";
    /** Operand numbers of the rtype header: tflag, kind, str, ptrToThis. */
    private static final int TFLAG = 3, KIND = 6, STR = 9, PTR_TO_THIS = 10;
    private static final int TFLAG_EXTRA_STAR = 2, TFLAG_NAMED = 4, KIND_MASK = 0x1f;
    /** gc's kinds kept in typelinks: Array, Chan, Func, Map, Ptr, Slice, Struct. */
    private static final List<Integer> KINDS = List.of(17, 18, 19, 21, 22, 23, 25);

    private Typelinks() {
    }

    /** One entry: the descriptor global and its type string (bytes, compared unsigned as Go compares strings). */
    record Link(LLVMValueRef descriptor, byte[] string) {}

    /** The program's typelinks, sorted by type string. */
    static List<Link> collect(LLVMModuleRef program) {
        List<Link> links = new ArrayList<>();
        for (LLVMValueRef g = LLVMGetFirstGlobal(program); g != null && !g.isNull(); g = LLVMGetNextGlobal(g)) {
            if (!LLVMGetValueName(g).getString().startsWith("type:") || LLVMIsDeclaration(g) != 0) continue;
            LLVMValueRef header = LLVMGetOperand(LLVMGetInitializer(g), 0);
            int tflag = (int) LLVMConstIntGetZExtValue(LLVMGetOperand(header, TFLAG));
            int kind = (int) LLVMConstIntGetZExtValue(LLVMGetOperand(header, KIND)) & KIND_MASK;
            if ((tflag & TFLAG_NAMED) != 0 || !KINDS.contains(kind)) continue;
            byte[] s = nameString(LLVMGetOperand(header, STR));
            if ((tflag & TFLAG_EXTRA_STAR) != 0) s = Arrays.copyOfRange(s, 1, s.length);
            links.add(new Link(g, s));
        }
        links.sort(Comparator.comparing(Link::string, Arrays::compareUnsigned));
        return links;
    }

    /** Runs the pass: fills the weak ptrToThis offsets, then emits llgo.typelinks. */
    static void run(LLVMModuleRef program) {
        fillPtrToThis(program);
        emit(program);
    }

    /** Sets ptrToThis of each descriptor that has none to *T's descriptor, when the program has it. */
    static void fillPtrToThis(LLVMModuleRef program) {
        for (LLVMValueRef g = LLVMGetFirstGlobal(program); g != null && !g.isNull(); g = LLVMGetNextGlobal(g)) {
            String name = LLVMGetValueName(g).getString();
            if (!name.startsWith("type:") || LLVMIsDeclaration(g) != 0) continue;
            LLVMValueRef init = LLVMGetInitializer(g);
            LLVMValueRef header = LLVMGetOperand(init, 0);
            LLVMValueRef ptrToThis = LLVMGetOperand(header, PTR_TO_THIS);
            if (LLVMIsAConstantInt(ptrToThis) == null || LLVMIsAConstantInt(ptrToThis).isNull()
                    || LLVMConstIntGetSExtValue(ptrToThis) != 0) continue;
            LLVMValueRef pointer = LLVMGetNamedGlobal(program, "type:*" + name.substring("type:".length()));
            if (pointer == null || pointer.isNull() || LLVMIsDeclaration(pointer) != 0) continue;
            LLVMValueRef newHeader = withOperand(header, PTR_TO_THIS, offset(program, pointer));
            LLVMSetInitializer(g, withOperand(init, 0, newHeader));
        }
    }

    /** The constant struct s with element k replaced. */
    private static LLVMValueRef withOperand(LLVMValueRef s, int k, LLVMValueRef value) {
        int n = LLVMGetNumOperands(s);
        PointerPointer<LLVMValueRef> elems = new PointerPointer<>(n);
        for (int i = 0; i < n; i++) elems.put(i, i == k ? value : LLVMGetOperand(s, i));
        return LLVMConstNamedStruct(LLVMTypeOf(s), elems, n);
    }

    /** The typeOff of descriptor d: trunc(sub(ptrtoint d, ptrtoint @llgo.types)), as codegen writes it. */
    private static LLVMValueRef offset(LLVMModuleRef program, LLVMValueRef d) {
        LLVMContextRef ctx = LLVMGetModuleContext(program);
        LLVMTypeRef i64 = LLVMInt64TypeInContext(ctx);
        LLVMValueRef base = LLVMGetNamedGlobal(program, BASE_SYMBOL);
        return LLVMConstTrunc(LLVMConstSub(LLVMConstPtrToInt(d, i64), LLVMConstPtrToInt(base, i64)), LLVMInt32TypeInContext(ctx));
    }

    /** Emits llgo.typelinks into the program, with external linkage so that the optimiser keeps it. */
    static void emit(LLVMModuleRef program) {
        LLVMContextRef ctx = LLVMGetModuleContext(program);
        LLVMTypeRef i32 = LLVMInt32TypeInContext(ctx), i64 = LLVMInt64TypeInContext(ctx);
        List<Link> links = collect(program);
        PointerPointer<LLVMValueRef> offs = new PointerPointer<>(links.size());
        for (int i = 0; i < links.size(); i++) offs.put(i, offset(program, links.get(i).descriptor()));
        PointerPointer<LLVMValueRef> fields = new PointerPointer<>(2);
        fields.put(0, LLVMConstInt(i64, links.size(), 0));
        fields.put(1, LLVMConstArray2(i32, offs, links.size()));
        LLVMValueRef init = LLVMConstStructInContext(ctx, fields, 2, 0);
        LLVMValueRef table = LLVMAddGlobal(program, LLVMTypeOf(init), SYMBOL);
        LLVMSetInitializer(table, init);
        LLVMSetGlobalConstant(table, 1);
        LLVMSetSection(table, SECTION);
        LLVMSetAlignment(table, 8);
    }

    /** The string of the encoded name at the target of a str constant expression. */
    private static byte[] nameString(LLVMValueRef str) {
        LLVMValueRef name = LLVMGetOperand(LLVMGetOperand(LLVMGetOperand(str, 0), 0), 0);   // trunc(sub(ptrtoint @name, ...))
        LLVMValueRef init = LLVMGetInitializer(name);
        if (LLVMIsAConstantStruct(init) != null && !LLVMIsAConstantStruct(init).isNull()) init = LLVMGetOperand(init, 0);
        SizeTPointer length = new SizeTPointer(1);
        BytePointer data = LLVMGetAsString(init, length);
        byte[] bytes = new byte[(int) length.get()];
        data.get(bytes);
        int n = 0, shift = 0, i = 1;
        while (true) {
            int b = bytes[i++] & 0xff;
            n |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) break;
            shift += 7;
        }
        return Arrays.copyOfRange(bytes, i, i + n);
    }

    /** For tests: the strings in table order. */
    static List<String> strings(LLVMModuleRef program) {
        return collect(program).stream().map(l -> new String(l.string(), StandardCharsets.UTF_8)).toList();
    }
}
