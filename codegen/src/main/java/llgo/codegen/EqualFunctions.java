/*
 * The equal functions of type descriptors (runtime/ABI.md "Type descriptors", field equal;
 * gc's runtime._type.equal and its generated type..eq functions): for every comparable type
 * T a linkonce_odr function {@code i1 @"eq:<T>"(ptr p, ptr q)} that compares *p and *q with
 * Go's == (Go spec: "Comparison operators"); null for types that are not comparable
 * (slices, maps, funcs and structs or arrays containing them). Interface comparison uses
 * them at run time (Comparisons).
 * Runtime functions: those of Comparisons.
 */
package llgo.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.HashMap;
import java.util.Map;

import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

import llgo.frontend.syntax.Op;
import llgo.frontend.types.Basic;
import llgo.frontend.types.Interface;
import llgo.frontend.types.Obj;
import llgo.frontend.types.Type;
import llgo.frontend.types.Types;

final class EqualFunctions {
    private final ModuleContext mc;
    private final Map<String, LLVMValueRef> made = new HashMap<>();

    EqualFunctions(ModuleContext mc) { this.mc = mc; }

    /** Go spec "Comparison operators": whether == is defined on values of type t. */
    static boolean isComparable(Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) return b.kind() != Basic.Kind.UNTYPED_NIL && b.kind() != Basic.Kind.INVALID;
        if (u instanceof Type.Pointer || u instanceof Type.Chan || u instanceof Interface) return true;
        if (u instanceof Type.Array a) return isComparable(a.elem());
        if (u instanceof Type.Struct s) {
            for (Obj.Var f : s.fields()) if (!isComparable(f.type())) return false;
            return true;
        }
        return false;
    }

    /** The equal function of t, or a null constant when t is not comparable. */
    LLVMValueRef getEqualFunction(Type t) {
        if (!isComparable(t)) return LLVMConstNull(mc.ptr);
        String symbol = "eq:" + mc.typeSymbols.symbol(t);
        LLVMValueRef fn = made.get(symbol);
        if (fn != null) return fn;
        fn = LLVMGetNamedFunction(mc.module, symbol);
        if (fn == null || fn.isNull()) {
            LLVMTypeRef type = LLVMFunctionType(mc.i1, LLVMArrays.of(mc.ptr, mc.ptr), 2, 0);
            fn = LLVMAddFunction(mc.module, symbol, type);
            made.put(symbol, fn);     // before the body: a recursive comparison refers to itself
            LLVMSetLinkage(fn, LLVMLinkOnceODRLinkage);
            FunctionBuilder fb = FunctionBuilder.forHelper(mc, fn);
            LLVMTypeRef lt = mc.getLLVMType(t);
            LLVMValueRef x = LLVMBuildLoad2(fb.b, lt, LLVMGetParam(fn, 0), "");
            LLVMValueRef y = LLVMBuildLoad2(fb.b, lt, LLVMGetParam(fn, 1), "");
            LLVMBuildRet(fb.b, fb.comparisons.createCompare(Op.EQL, t, x, y));
            fb.dispose();
        }
        made.put(symbol, fn);
        return fn;
    }
}
