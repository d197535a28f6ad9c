/*
 * Calls of built-in functions (Go spec: "Built-in functions"): print and println as
 * runtime/ABI.md "print and println" lowers them (printlock; one print call per argument,
 * printsp between println's arguments; printnl; printunlock), len and cap, append (grows
 * through the runtime when the capacity is too small, as gc's growslice grows it), copy,
 * new, complex/real/imag, panic, recover (through Defers), close and len/cap of channels
 * (through Channels). A Builtin call's signature is
 * the call's own: append is variadic when its extra arguments are elements, and not variadic
 * when the second argument is a slice (or string) spread with "...".
 * Runtime functions: llgo_printlock, llgo_printunlock, llgo_printsp, llgo_printnl,
 * llgo_printbool, llgo_printint, llgo_printuint, llgo_printfloat, llgo_printcomplex,
 * llgo_printstring, llgo_printpointer, llgo_printslice, llgo_printeface, llgo_printiface,
 * llgo_growslice, llgo_slicecopy, llgo_newobject.
 */
package llgo.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.List;

import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

import llgo.frontend.types.Basic;
import llgo.frontend.types.Interface;
import llgo.frontend.types.Type;
import llgo.frontend.types.Types;
import llgo.ssa.Builtin;
import llgo.ssa.Instruction.Call;
import llgo.ssa.Value;

final class Builtins {
    private final FunctionBuilder fb;

    Builtins(FunctionBuilder fb) { this.fb = fb; }

    LLVMValueRef createBuiltinCall(Call call, Builtin builtin) {
        List<Value> args = call.args();
        return switch (builtin.id()) {
            case PRINT -> createPrint(args, false);
            case PRINTLN -> createPrint(args, true);
            case LEN -> createLen(args.get(0), 1);
            case CAP -> createLen(args.get(0), 2);
            case APPEND -> createAppend(call, builtin);
            case COPY -> createCopy(args.get(0), args.get(1));
            case NEW -> fb.memory.createNew(((Type.Pointer) call.type().underlying()).elem());
            case PANIC -> fb.panics.createPanicCall(fb.getValue(args.get(0)));
            case REAL -> fb.arithmetic.re(fb.getValue(args.get(0)));
            case IMAG -> fb.arithmetic.im(fb.getValue(args.get(0)));
            case COMPLEX -> fb.arithmetic.complex(fb.getValue(args.get(0)), fb.getValue(args.get(1)), fb.llvmType(call.type()));
            case MAKE -> fb.unsupported("make through a builtin call", call.type());
            case DELETE -> fb.maps.createDelete(args.get(0), args.get(1));
            case CLOSE -> fb.channels.createClose(args.get(0));
            case RECOVER -> fb.defers.createRecover();
            case UNSAFE_ADD, UNSAFE_ALIGNOF, UNSAFE_OFFSETOF, UNSAFE_SIZEOF, UNSAFE_SLICE -> fb.unsupported("unsafe." + builtin.name(), call.type());
        };
    }

    // ------------------------------------------------------------------ print, println

    private LLVMValueRef createPrint(List<Value> args, boolean newline) {
        fb.call(fb.mc.runtime.printlock());
        for (int i = 0; i < args.size(); i++) {
            if (newline && i > 0) fb.call(fb.mc.runtime.printsp());
            createPrintValue(args.get(i).type(), fb.getValue(args.get(i)));
        }
        if (newline) fb.call(fb.mc.runtime.printnl());
        return fb.call(fb.mc.runtime.printunlock());
    }

    private void createPrintValue(Type t, LLVMValueRef v) {
        RuntimeFunctions rt = fb.mc.runtime;
        Type u = t.underlying();
        if (u instanceof Basic b) {
            if (b.kind() == Basic.Kind.UNTYPED_NIL) {
                fb.call(rt.printstring(), LLVMBuildExtractValue(fb.b, fb.mc.constString("nil"), 0, ""), fb.i64(3));
            } else if (b.isBoolean()) {
                fb.call(rt.printbool(), v);
            } else if (b.isInteger()) {
                fb.call(b.isUnsigned() ? rt.printuint() : rt.printint(), fb.conversions.createIntResize(v, b, fb.mc.i64));
            } else if (b.isFloat()) {
                fb.call(rt.printfloat(), LLVMBuildFPCast(fb.b, v, LLVMDoubleTypeInContext(fb.mc.ctx), ""));
            } else if (b.isComplex()) {
                LLVMTypeRef d = LLVMDoubleTypeInContext(fb.mc.ctx);
                fb.call(rt.printcomplex(), LLVMBuildFPCast(fb.b, fb.arithmetic.re(v), d, ""), LLVMBuildFPCast(fb.b, fb.arithmetic.im(v), d, ""));
            } else if (b.isString()) {
                fb.call(rt.printstring(), fb.strings.data(v), fb.strings.len(v));
            } else {
                fb.call(rt.printpointer(), v);     // unsafe.Pointer
            }
        } else if (u instanceof Type.Pointer || u instanceof Type.Map || u instanceof Type.Chan) {
            fb.call(rt.printpointer(), v);
        } else if (u instanceof Type.Signature) {
            fb.call(rt.printpointer(), LLVMBuildExtractValue(fb.b, v, 0, ""));
        } else if (u instanceof Type.Slice) {
            fb.call(rt.printslice(), word(v, 0), word(v, 1), word(v, 2));
        } else if (u instanceof Interface it) {
            fb.call(it.isEmpty() ? rt.printeface() : rt.printiface(), word(v, 0), word(v, 1));
        } else {
            fb.unsupported("print of " + Types.typeString(t), null);
        }
    }

    // ------------------------------------------------------------------ len, cap

    /** len (word 1) or cap (word 2) of a string, slice, array or pointer to array. */
    private LLVMValueRef createLen(Value x, int word) {
        Type u = x.type().underlying();
        if (u instanceof Type.Pointer p) u = p.elem().underlying();
        if (u instanceof Type.Array a) return fb.i64(a.len());
        if (u instanceof Type.Slice || (u instanceof Basic b && b.isString())) return word(fb.getValue(x), word);
        if (u instanceof Type.Map && word == 1) return fb.maps.createLen(x);
        if (u instanceof Type.Chan) return fb.channels.createLen(x, word);
        return fb.unsupported((word == 1 ? "len" : "cap") + " of " + Types.typeString(x.type()), Basic.of(Basic.Kind.INT));
    }

    // ------------------------------------------------------------------ append, copy

    private LLVMValueRef createAppend(Call call, Builtin builtin) {
        List<Value> args = call.args();
        Type.Slice sliceType = (Type.Slice) call.type().underlying();
        LLVMTypeRef elemType = fb.llvmType(sliceType.elem());
        long elemSize = fb.mc.sizeOf(elemType);
        LLVMValueRef s = fb.conversions.createCoerce(fb.getValue(args.get(0)), fb.mc.sliceType);
        if (args.size() == 1) return s;
        boolean spread = !builtin.sig().variadic();
        LLVMValueRef extra = spread ? fb.getValue(args.get(1)) : null;
        LLVMValueRef addLen = spread ? word(extra, 1) : fb.i64(args.size() - 1);

        LLVMValueRef oldPtr = word(s, 0), oldLen = word(s, 1), oldCap = word(s, 2);
        LLVMValueRef newLen = LLVMBuildAdd(fb.b, oldLen, addLen, "");
        LLVMValueRef needGrow = LLVMBuildICmp(fb.b, LLVMIntUGT, newLen, oldCap, "");
        FunctionBuilder.Conditional grow = fb.beginConditional(needGrow, true, "append.grow", "append.done");
        LLVMValueRef out = fb.createEntryAlloca(fb.mc.sliceType, "append");
        fb.call(fb.mc.runtime.growslice(), out, oldPtr, oldLen, oldCap, newLen, fb.mc.typeDescriptors.getTypeDescriptor(sliceType.elem()));
        LLVMValueRef grown = LLVMBuildLoad2(fb.b, fb.mc.sliceType, out, "");
        LLVMValueRef grownPtr = word(grown, 0), grownCap = word(grown, 2);
        fb.endConditional(grow, null, null, null);
        LLVMValueRef ptr = phi(fb.mc.ptr, oldPtr, grow.before(), grownPtr, grow.body());
        LLVMValueRef cap = phi(fb.mc.i64, oldCap, grow.before(), grownCap, grow.body());
        if (spread) {
            LLVMValueRef dst = LLVMBuildGEP2(fb.b, elemType, ptr, LLVMArrays.of(oldLen), 1, "");
            fb.call(fb.mc.runtime.slicecopy(), dst, addLen, word(extra, 0), addLen, fb.i64(elemSize));
        } else {
            for (int k = 1; k < args.size(); k++) {
                LLVMValueRef index = LLVMBuildAdd(fb.b, oldLen, fb.i64(k - 1), "");
                LLVMValueRef dst = LLVMBuildGEP2(fb.b, elemType, ptr, LLVMArrays.of(index), 1, "");
                fb.createStoreValue(dst, args.get(k));
            }
        }
        LLVMValueRef result = LLVMBuildInsertValue(fb.b, LLVMGetUndef(fb.mc.sliceType), ptr, 0, "");
        result = LLVMBuildInsertValue(fb.b, result, newLen, 1, "");
        return LLVMBuildInsertValue(fb.b, result, cap, 2, "");
    }

    private LLVMValueRef createCopy(Value dst, Value src) {
        Type.Slice dstType = (Type.Slice) dst.type().underlying();
        long elemSize = fb.mc.sizeOf(fb.llvmType(dstType.elem()));
        LLVMValueRef d = fb.getValue(dst), s = fb.getValue(src);
        return fb.call(fb.mc.runtime.slicecopy(), word(d, 0), word(d, 1), word(s, 0), word(s, 1), fb.i64(elemSize));
    }

    private LLVMValueRef phi(LLVMTypeRef t, LLVMValueRef a, LLVMBasicBlockRef fromA, LLVMValueRef b, LLVMBasicBlockRef fromB) {
        LLVMValueRef phi = LLVMBuildPhi(fb.b, t, "");
        LLVMAddIncoming(phi, LLVMArrays.of(a, b), LLVMArrays.of(fromA, fromB), 2);
        return phi;
    }

    private LLVMValueRef word(LLVMValueRef agg, int i) { return LLVMBuildExtractValue(fb.b, agg, i, ""); }
}
