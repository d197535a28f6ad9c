/*
 * Arithmetic operators with Go's semantics (Go spec: "Arithmetic operators", "Integer
 * overflow", "Integer operators"): integer + - * wrap (plain LLVM add/sub/mul without
 * nsw/nuw); / and % truncate toward zero, % takes the sign of the dividend, division by zero
 * panics, and MinInt / -1 == MinInt, MinInt % -1 == 0 without trapping (x86 idiv would: the
 * divisor -1 is replaced by 1 and the result fixed up); shifts by a count >= the width give 0
 * (or the sign fill for signed >>), a negative signed count panics; IEEE float operations;
 * complex + - * /; string + (in Strings) and comparisons (in Comparisons).
 * Runtime functions: llgo_panicdivide, llgo_panicshift.
 */
package llgo.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

import llgo.frontend.syntax.Op;
import llgo.frontend.types.Basic;
import llgo.ssa.Const;
import llgo.ssa.Instruction.BinOp;
import llgo.ssa.Instruction.UnOp;
import llgo.ssa.Value;

final class Arithmetic {
    private final FunctionBuilder fb;

    Arithmetic(FunctionBuilder fb) { this.fb = fb; }

    LLVMValueRef createBinOp(BinOp i) {
        Op op = i.op();
        if (op.isComparison() && fb.isLarge(i.x().type())) {
            return fb.comparisons.createCompareInMemory(op, i.x().type(), fb.getAddress(i.x()), fb.getAddress(i.y()));
        }
        if (op.isComparison()) return fb.comparisons.createCompare(op, i.x().type(), fb.getValue(i.x()), fb.getValue(i.y()));
        Basic basic = (Basic) i.x().type().underlying();
        LLVMValueRef x = fb.getValue(i.x());
        LLVMValueRef y = fb.getValue(i.y());
        if (basic.isString()) return fb.strings.createConcat(x, y);
        if (basic.isComplex()) return createComplexOp(op, x, y);
        if (basic.isFloat()) return createFloatOp(op, x, y);
        boolean signed = !basic.isUnsigned();
        return switch (op) {
            case ADD -> LLVMBuildAdd(fb.b, x, y, "");
            case SUB -> LLVMBuildSub(fb.b, x, y, "");
            case MUL -> LLVMBuildMul(fb.b, x, y, "");
            case AND -> LLVMBuildAnd(fb.b, x, y, "");
            case OR -> LLVMBuildOr(fb.b, x, y, "");
            case XOR -> LLVMBuildXor(fb.b, x, y, "");
            case AND_NOT -> LLVMBuildAnd(fb.b, x, LLVMBuildNot(fb.b, y, ""), "");
            case QUO, REM -> createDivision(op, signed, x, i.y(), y);
            case SHL, SHR -> createShift(op, signed, x, i.y(), y);
            default -> throw new IllegalArgumentException("not a binary arithmetic operator: " + op);
        };
    }

    LLVMValueRef createUnOp(UnOp i) {
        if (i.op() == Op.MUL) return fb.memory.createLoad(i);
        if (i.op() == Op.ARROW) return fb.channels.createReceive(i);
        LLVMValueRef x = fb.getValue(i.x());
        Basic basic = (Basic) i.x().type().underlying();
        return switch (i.op()) {
            case NOT, XOR -> LLVMBuildNot(fb.b, x, "");
            case SUB -> basic.isComplex()
                    ? complex(LLVMBuildFNeg(fb.b, re(x), ""), LLVMBuildFNeg(fb.b, im(x), ""), LLVMTypeOf(x))
                    : basic.isFloat() ? LLVMBuildFNeg(fb.b, x, "") : LLVMBuildNeg(fb.b, x, "");
            default -> throw new IllegalArgumentException("not a unary operator: " + i.op());
        };
    }

    /** x / y or x % y on integers; checks y != 0 and avoids the MinInt / -1 trap. */
    private LLVMValueRef createDivision(Op op, boolean signed, LLVMValueRef x, Value ssaY, LLVMValueRef y) {
        LLVMTypeRef t = LLVMTypeOf(x);
        Long constY = constInt(ssaY);
        if (constY == null || constY == 0) {
            LLVMValueRef isZero = LLVMBuildICmp(fb.b, LLVMIntEQ, y, LLVMConstNull(t), "");
            fb.createCheck(isZero, "divzero", () -> fb.call(fb.mc.runtime.panicdivide()));
        }
        if (!signed) return op == Op.QUO ? LLVMBuildUDiv(fb.b, x, y, "") : LLVMBuildURem(fb.b, x, y, "");
        if (constY != null && constY != -1) return op == Op.QUO ? LLVMBuildSDiv(fb.b, x, y, "") : LLVMBuildSRem(fb.b, x, y, "");
        LLVMValueRef minusOne = LLVMConstAllOnes(t);
        LLVMValueRef isMinusOne = LLVMBuildICmp(fb.b, LLVMIntEQ, y, minusOne, "");
        LLVMValueRef safeY = LLVMBuildSelect(fb.b, isMinusOne, LLVMConstInt(t, 1, 0), y, "");
        if (op == Op.QUO) {
            LLVMValueRef q = LLVMBuildSDiv(fb.b, x, safeY, "");
            return LLVMBuildSelect(fb.b, isMinusOne, LLVMBuildNeg(fb.b, x, ""), q, "");
        }
        LLVMValueRef r = LLVMBuildSRem(fb.b, x, safeY, "");
        return LLVMBuildSelect(fb.b, isMinusOne, LLVMConstNull(t), r, "");
    }

    /**
     * x << y or x >> y. The count y may have any integer type; it is compared with x's width
     * in its own type (after the negative check), then converted to x's type.
     */
    private LLVMValueRef createShift(Op op, boolean signed, LLVMValueRef x, Value ssaY, LLVMValueRef y) {
        LLVMTypeRef t = LLVMTypeOf(x);
        int width = LLVMGetIntTypeWidth(t);
        LLVMTypeRef yt = LLVMTypeOf(y);
        int yWidth = LLVMGetIntTypeWidth(yt);
        boolean ySigned = !((Basic) ssaY.type().underlying()).isUnsigned();
        Long constY = constInt(ssaY);
        if (constY != null && constY >= 0 && constY < width) {
            LLVMValueRef count = LLVMConstInt(t, constY, 0);
            return op == Op.SHL ? LLVMBuildShl(fb.b, x, count, "")
                    : signed ? LLVMBuildAShr(fb.b, x, count, "") : LLVMBuildLShr(fb.b, x, count, "");
        }
        if (ySigned && (constY == null || constY < 0)) {
            LLVMValueRef negative = LLVMBuildICmp(fb.b, LLVMIntSLT, y, LLVMConstNull(yt), "");
            fb.createCheck(negative, "shift", () -> fb.call(fb.mc.runtime.panicshift()));
        }
        // width fits in y's type unless y is narrower than log2(width)+1 bits, which never happens for Go's types (i8 holds 64)
        LLVMValueRef tooBig = LLVMBuildICmp(fb.b, LLVMIntUGE, y, LLVMConstInt(yt, width, 0), "");
        LLVMValueRef count = yWidth > width ? LLVMBuildTrunc(fb.b, y, t, "")
                : yWidth < width ? LLVMBuildZExt(fb.b, y, t, "") : y;
        if (op == Op.SHR && signed) {
            LLVMValueRef clamped = LLVMBuildSelect(fb.b, tooBig, LLVMConstInt(t, width - 1, 0), count, "");
            return LLVMBuildAShr(fb.b, x, clamped, "");
        }
        LLVMValueRef safeCount = LLVMBuildSelect(fb.b, tooBig, LLVMConstNull(t), count, "");
        LLVMValueRef shifted = op == Op.SHL ? LLVMBuildShl(fb.b, x, safeCount, "") : LLVMBuildLShr(fb.b, x, safeCount, "");
        return LLVMBuildSelect(fb.b, tooBig, LLVMConstNull(t), shifted, "");
    }

    private LLVMValueRef createFloatOp(Op op, LLVMValueRef x, LLVMValueRef y) {
        return switch (op) {
            case ADD -> LLVMBuildFAdd(fb.b, x, y, "");
            case SUB -> LLVMBuildFSub(fb.b, x, y, "");
            case MUL -> LLVMBuildFMul(fb.b, x, y, "");
            case QUO -> LLVMBuildFDiv(fb.b, x, y, "");
            default -> throw new IllegalArgumentException("not a float operator: " + op);
        };
    }

    /** Complex arithmetic on {re, im} pairs; division by the textbook formula. */
    private LLVMValueRef createComplexOp(Op op, LLVMValueRef x, LLVMValueRef y) {
        LLVMTypeRef t = LLVMTypeOf(x);
        LLVMValueRef a = re(x), bi = im(x), c = re(y), d = im(y);
        return switch (op) {
            case ADD -> complex(LLVMBuildFAdd(fb.b, a, c, ""), LLVMBuildFAdd(fb.b, bi, d, ""), t);
            case SUB -> complex(LLVMBuildFSub(fb.b, a, c, ""), LLVMBuildFSub(fb.b, bi, d, ""), t);
            case MUL -> complex(
                    LLVMBuildFSub(fb.b, LLVMBuildFMul(fb.b, a, c, ""), LLVMBuildFMul(fb.b, bi, d, ""), ""),
                    LLVMBuildFAdd(fb.b, LLVMBuildFMul(fb.b, a, d, ""), LLVMBuildFMul(fb.b, bi, c, ""), ""), t);
            case QUO -> {
                LLVMValueRef denom = LLVMBuildFAdd(fb.b, LLVMBuildFMul(fb.b, c, c, ""), LLVMBuildFMul(fb.b, d, d, ""), "");
                LLVMValueRef reNum = LLVMBuildFAdd(fb.b, LLVMBuildFMul(fb.b, a, c, ""), LLVMBuildFMul(fb.b, bi, d, ""), "");
                LLVMValueRef imNum = LLVMBuildFSub(fb.b, LLVMBuildFMul(fb.b, bi, c, ""), LLVMBuildFMul(fb.b, a, d, ""), "");
                yield complex(LLVMBuildFDiv(fb.b, reNum, denom, ""), LLVMBuildFDiv(fb.b, imNum, denom, ""), t);
            }
            default -> throw new IllegalArgumentException("not a complex operator: " + op);
        };
    }

    LLVMValueRef re(LLVMValueRef c) { return LLVMBuildExtractValue(fb.b, c, 0, ""); }

    LLVMValueRef im(LLVMValueRef c) { return LLVMBuildExtractValue(fb.b, c, 1, ""); }

    LLVMValueRef complex(LLVMValueRef re, LLVMValueRef im, LLVMTypeRef t) {
        LLVMValueRef v = LLVMBuildInsertValue(fb.b, LLVMGetUndef(t), re, 0, "");
        return LLVMBuildInsertValue(fb.b, v, im, 1, "");
    }

    /** The value of an integer constant operand (sign-extended), or null when y is not a constant. */
    static Long constInt(Value y) {
        if (y instanceof Const c && c.value() instanceof llgo.frontend.constant.Value.Int i) return i.value().longValue();
        if (y instanceof Const c && c.isZero() && c.type().underlying() instanceof Basic) return 0L;
        return null;
    }
}
