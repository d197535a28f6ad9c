/*
 * Comparison operators (Go spec: "Comparison operators"): integers signed or unsigned by
 * type, floats with IEEE semantics (every comparison with NaN is false except !=), booleans,
 * strings through the runtime, pointers, channels, maps and funcs/slices against nil,
 * complex numbers, structs and arrays field by field (a long array in memory by its equal
 * function, so it is not unrolled), interfaces by dynamic type and value (through the type
 * descriptors' equal functions, see EqualFunctions).
 * Runtime functions: llgo_eqstring, llgo_cmpstring, llgo_panicuncomparable.
 */
package llgo.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.List;

import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

import llgo.frontend.syntax.Op;
import llgo.frontend.types.Basic;
import llgo.frontend.types.Interface;
import llgo.frontend.types.Type;

final class Comparisons {
    private final FunctionBuilder fb;

    Comparisons(FunctionBuilder fb) { this.fb = fb; }

    /** x op y where both have Go type t (op is ==, !=, <, <=, >, >=); the result is an i1. */
    LLVMValueRef createCompare(Op op, Type t, LLVMValueRef x, LLVMValueRef y) {
        Type u = t.underlying();
        if (u instanceof Basic b) return createBasicCompare(op, b, x, y);
        if (op != Op.EQL && op != Op.NEQ) throw new IllegalArgumentException("ordered comparison of " + t);
        LLVMValueRef eq;
        if (u instanceof Type.Pointer || u instanceof Type.Map || u instanceof Type.Chan) {
            eq = LLVMBuildICmp(fb.b, LLVMIntEQ, x, y, "");
        } else if (u instanceof Type.Slice || u instanceof Type.Signature) {
            // only comparable with nil: compare the data (slice) or code (func) word
            eq = LLVMBuildICmp(fb.b, LLVMIntEQ, LLVMBuildExtractValue(fb.b, x, 0, ""), LLVMBuildExtractValue(fb.b, y, 0, ""), "");
        } else if (u instanceof Interface) {
            eq = createInterfaceEqual((Interface) u, x, y);
        } else if (u instanceof Type.Struct s) {
            eq = LLVMConstInt(fb.mc.i1, 1, 0);
            for (int i = 0; i < s.fields().size(); i++) {
                if (s.fields().get(i).name().equals("_")) continue;
                LLVMValueRef f = createCompare(Op.EQL, s.fields().get(i).type(),
                        LLVMBuildExtractValue(fb.b, x, i, ""), LLVMBuildExtractValue(fb.b, y, i, ""));
                eq = LLVMBuildAnd(fb.b, eq, f, "");
            }
        } else if (u instanceof Type.Array a && EqualFunctions.comparesInMemory(a)) {
            eq = createCompareInMemory(t, x, y);
        } else if (u instanceof Type.Array a) {
            eq = LLVMConstInt(fb.mc.i1, 1, 0);
            for (int i = 0; i < a.len(); i++) {
                LLVMValueRef e = createCompare(Op.EQL, a.elem(), LLVMBuildExtractValue(fb.b, x, i, ""), LLVMBuildExtractValue(fb.b, y, i, ""));
                eq = LLVMBuildAnd(fb.b, eq, e, "");
            }
        } else {
            throw new IllegalArgumentException("comparison of " + t);
        }
        return op == Op.EQL ? eq : LLVMBuildNot(fb.b, eq, "");
    }

    /** x == y for a long array: both are stored in frame slots and compared by t's equal function, which loops. */
    private LLVMValueRef createCompareInMemory(Type t, LLVMValueRef x, LLVMValueRef y) {
        LLVMTypeRef lt = fb.llvmType(t);
        LLVMValueRef px = fb.createEntryAlloca(lt, "cmp.x"), py = fb.createEntryAlloca(lt, "cmp.y");
        LLVMBuildStore(fb.b, x, px);
        LLVMBuildStore(fb.b, y, py);
        return fb.call(fb.mc.equalFunctions.getEqualFunction(t), px, py, LLVMConstNull(fb.mc.ptr));
    }

    /** x op y (== or !=) for large values of type t at px and py: t's equal function compares them in memory. */
    LLVMValueRef createCompareInMemory(Op op, Type t, LLVMValueRef px, LLVMValueRef py) {
        LLVMValueRef eq = fb.call(fb.mc.equalFunctions.getEqualFunction(t), px, py, LLVMConstNull(fb.mc.ptr));
        return op == Op.EQL ? eq : LLVMBuildNot(fb.b, eq, "");
    }

    /**
     * Interface equality (gc's efaceeq/ifaceeq, runtime/alg.go): equal when both type words
     * are equal and either both are nil, or the values are equal. A dynamic type without an
     * equal function panics with gc's "comparing uncomparable type" error, checked first, so
     * that a map (pointer-shaped) panics too; then the data words themselves are compared for
     * a pointer-shaped (direct) type, else the dynamic type's equal function is applied to the
     * two boxes. For a non-empty interface the type word is an
     * itab, not unique (static and run-time itabs coexist), so the dynamic types itab._type
     * are compared instead.
     */
    private LLVMValueRef createInterfaceEqual(Interface it, LLVMValueRef x, LLVMValueRef y) {
        ModuleContext mc = fb.mc;
        if (LLVMIsNull(x) != 0 || LLVMIsNull(y) != 0) {          // comparison with nil: the type word decides
            LLVMValueRef other = LLVMIsNull(x) != 0 ? y : x;
            return LLVMBuildICmp(fb.b, LLVMIntEQ, word(other, 0), LLVMConstNull(mc.ptr), "");
        }
        LLVMValueRef tx = word(x, 0), ty = word(y, 0), dx = word(x, 1), dy = word(y, 1);
        if (!it.isEmpty()) {        // the dynamic types: a run-time itab differs from the static one for the same pair
            tx = fb.interfaces.createDynamicType(x);
            ty = fb.interfaces.createDynamicType(y);
        }
        LLVMBasicBlockRef start = LLVMGetInsertBlock(fb.b);
        LLVMBasicBlockRef values = fb.newBlock("ifaceeq.values");
        LLVMBasicBlockRef boxed = LLVMAppendBasicBlockInContext(mc.ctx, fb.llvmFn, "ifaceeq.boxed");
        LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(mc.ctx, fb.llvmFn, "ifaceeq.done");
        LLVMMoveBasicBlockAfter(boxed, values);
        LLVMMoveBasicBlockAfter(done, boxed);
        LLVMValueRef sameType = LLVMBuildICmp(fb.b, LLVMIntEQ, tx, ty, "");
        LLVMValueRef bothNil = LLVMBuildICmp(fb.b, LLVMIntEQ, tx, LLVMConstNull(mc.ptr), "");
        LLVMBuildCondBr(fb.b, LLVMBuildAnd(fb.b, sameType, LLVMBuildNot(fb.b, bothNil, ""), ""), values, done);

        LLVMPositionBuilderAtEnd(fb.b, values);
        LLVMValueRef type = tx;
        LLVMValueRef equal = LLVMBuildLoad2(fb.b, mc.ptr, at(type, 24), "");      // rtype.equal's code word
        LLVMValueRef uncomparable = LLVMBuildICmp(fb.b, LLVMIntEQ, equal, LLVMConstNull(mc.ptr), "");
        fb.createCheck(uncomparable, "uncomparable", () -> fb.call(mc.runtime.panicuncomparable(), type));
        LLVMValueRef kind = LLVMBuildLoad2(fb.b, mc.i8, at(type, 23), "");
        LLVMValueRef direct = LLVMBuildICmp(fb.b, LLVMIntNE,
                LLVMBuildAnd(fb.b, kind, LLVMConstInt(mc.i8, TypeDescriptors.KIND_DIRECT_IFACE, 0), ""), LLVMConstNull(mc.i8), "");
        LLVMValueRef sameWord = LLVMBuildICmp(fb.b, LLVMIntEQ, dx, dy, "");
        LLVMBasicBlockRef valuesExit = LLVMGetInsertBlock(fb.b);
        LLVMBuildCondBr(fb.b, direct, done, boxed);

        LLVMPositionBuilderAtEnd(fb.b, boxed);
        LLVMValueRef context = LLVMBuildLoad2(fb.b, mc.ptr, at(type, 32), "");   // and its context word
        LLVMValueRef boxedEqual = fb.callTyped(mc.equalFunctions.equalFunctionType(), equal, List.of(dx, dy, context));
        LLVMBasicBlockRef boxedExit = LLVMGetInsertBlock(fb.b);
        LLVMBuildBr(fb.b, done);

        LLVMPositionBuilderAtEnd(fb.b, done);
        LLVMValueRef result = LLVMBuildPhi(fb.b, mc.i1, "");
        LLVMAddIncoming(result, LLVMArrays.of(sameType, sameWord, boxedEqual), LLVMArrays.of(start, valuesExit, boxedExit), 3);
        return result;
    }

    private LLVMValueRef at(LLVMValueRef base, long offset) {
        return LLVMBuildGEP2(fb.b, fb.mc.i8, base, LLVMArrays.of(fb.i64(offset)), 1, "");
    }

    private LLVMValueRef createBasicCompare(Op op, Basic b, LLVMValueRef x, LLVMValueRef y) {
        if (b.isString()) return createStringCompare(op, x, y);
        if (b.isComplex()) {
            LLVMValueRef re = LLVMBuildFCmp(fb.b, LLVMRealOEQ, fb.arithmetic.re(x), fb.arithmetic.re(y), "");
            LLVMValueRef im = LLVMBuildFCmp(fb.b, LLVMRealOEQ, fb.arithmetic.im(x), fb.arithmetic.im(y), "");
            LLVMValueRef eq = LLVMBuildAnd(fb.b, re, im, "");
            return op == Op.EQL ? eq : LLVMBuildNot(fb.b, eq, "");
        }
        if (b.isFloat()) {
            int pred = switch (op) {
                case EQL -> LLVMRealOEQ; case NEQ -> LLVMRealUNE; case LSS -> LLVMRealOLT;
                case LEQ -> LLVMRealOLE; case GTR -> LLVMRealOGT; case GEQ -> LLVMRealOGE;
                default -> throw new IllegalArgumentException(op.text);
            };
            return LLVMBuildFCmp(fb.b, pred, x, y, "");
        }
        boolean unsigned = b.isUnsigned() || b.isBoolean() || b.kind() == Basic.Kind.UNSAFE_POINTER;
        return LLVMBuildICmp(fb.b, intPredicate(op, unsigned), x, y, "");
    }

    private LLVMValueRef createStringCompare(Op op, LLVMValueRef x, LLVMValueRef y) {
        LLVMValueRef[] args = { word(x, 0), word(x, 1), word(y, 0), word(y, 1) };
        if (op == Op.EQL || op == Op.NEQ) {
            LLVMValueRef eq = fb.call(fb.mc.runtime.eqstring(), args);
            return op == Op.EQL ? eq : LLVMBuildNot(fb.b, eq, "");
        }
        LLVMValueRef cmp = fb.call(fb.mc.runtime.cmpstring(), args);
        return LLVMBuildICmp(fb.b, intPredicate(op, false), cmp, fb.i64(0), "");
    }

    private LLVMValueRef word(LLVMValueRef agg, int i) { return LLVMBuildExtractValue(fb.b, agg, i, ""); }

    static int intPredicate(Op op, boolean unsigned) {
        return switch (op) {
            case EQL -> LLVMIntEQ;
            case NEQ -> LLVMIntNE;
            case LSS -> unsigned ? LLVMIntULT : LLVMIntSLT;
            case LEQ -> unsigned ? LLVMIntULE : LLVMIntSLE;
            case GTR -> unsigned ? LLVMIntUGT : LLVMIntSGT;
            case GEQ -> unsigned ? LLVMIntUGE : LLVMIntSGE;
            default -> throw new IllegalArgumentException("not a comparison: " + op);
        };
    }
}
