/*
 * Compile cost is linear in the size of composite literals and independent of array lengths
 * (issue 7: GOROOT/test nilptr2.go and fixedbugs/issue34395.go used to never finish):
 * measured by counting SSA and LLVM instructions, not by timing. A literal ten times longer
 * must cost at most about ten times as many instructions, and a program over a 100 MB array
 * must not emit more instructions than the same program over a 16-byte one, nor any
 * first-class load or store of an aggregate larger than Memory.LARGE_AGGREGATE.
 */
package llgo.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.bytedeco.llvm.global.LLVM.*;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.junit.jupiter.api.Test;

import llgo.ssa.Function;
import llgo.ssa.Member;

class LinearSizeTest {

    /** A program with a global array literal and a local slice literal of n elements each, and a function call per element. */
    private static String literals(int n) {
        String elems = IntStream.range(0, n).mapToObj(i -> "f(" + i + ")").collect(Collectors.joining(", "));
        return "package main\n\nfunc f(i int) int { return i * 3 }\n\nvar table = [" + n + "]int{" + elems + "}\n\n"
                + "func main() {\n\ts := []int{" + elems + "}\n\tprintln(len(s), table[1])\n}\n";
    }

    /** A program copying, zeroing and boxing values of a struct holding an n-byte array. */
    private static String bigArray(long n) {
        return """
                package main

                type Big struct {
                	i int
                	x [%d]byte
                }

                var test = [%d]byte{42}
                var g Big
                var p *Big
                var v interface{}

                func main() {
                	var local Big
                	local.x[1] = 7
                	g = local
                	*p = g
                	v = *p
                	q := &*p
                	println(test[0], g.x[1], q != nil)
                }
                """.formatted(n, n);
    }

    private record Size(long ssa, long llvm) {}

    private static Size size(String source, boolean noLargeAggregates) {
        llgo.ssa.Package pkg = GoSources.build("x.go", source.getBytes(StandardCharsets.UTF_8));
        long ssa = 0;
        for (Member m : pkg.members().values()) if (m instanceof Function f) ssa += instructions(f);
        LLVMContextRef ctx = LLVMContextCreate();
        try {
            LLVMModuleRef module = Codegen.generate(pkg, ctx);
            assertEquals(null, IrText.verify(module));
            long llvm = 0;
            for (LLVMValueRef fn = LLVMGetFirstFunction(module); fn != null && !fn.isNull(); fn = LLVMGetNextFunction(fn)) {
                for (var b = LLVMGetFirstBasicBlock(fn); b != null && !b.isNull(); b = LLVMGetNextBasicBlock(b)) {
                    for (var i = LLVMGetFirstInstruction(b); i != null && !i.isNull(); i = LLVMGetNextInstruction(i)) {
                        llvm++;
                        String name = LLVMGetValueName(fn).getString();
                        if (noLargeAggregates) assertFalse(isLargeAggregateAccess(module, i), () -> "first-class access of a large aggregate in " + name);
                    }
                }
            }
            return new Size(ssa, llvm);
        } finally {
            LLVMContextDispose(ctx);
        }
    }

    private static long instructions(Function f) {
        long n = f.blocks().stream().mapToLong(b -> b.instrs().size()).sum();
        for (Function a : f.anonFuncs()) n += instructions(a);
        return n;
    }

    private static boolean isLargeAggregateAccess(LLVMModuleRef module, LLVMValueRef i) {
        int op = LLVMGetInstructionOpcode(i);
        var t = op == LLVMLoad ? LLVMTypeOf(i) : op == LLVMStore ? LLVMTypeOf(LLVMGetOperand(i, 0)) : null;
        if (t == null) return false;
        int kind = LLVMGetTypeKind(t);
        if (kind != LLVMArrayTypeKind && kind != LLVMStructTypeKind) return false;
        return LLVMABISizeOfType(LLVMGetModuleDataLayout(module), t) > Memory.LARGE_AGGREGATE;
    }

    @Test
    void literalCostIsLinearInItsLength() {
        Size small = size(literals(300), false), large = size(literals(3000), false);
        assertTrue(large.ssa() <= 10 * small.ssa() + 100, () -> "SSA: " + small + " -> " + large);
        assertTrue(large.llvm() <= 10 * small.llvm() + 100, () -> "LLVM: " + small + " -> " + large);
        assertTrue(large.ssa() >= 5 * small.ssa(), () -> "SSA: " + small + " -> " + large + " (elements lost?)");
    }

    @Test
    void arrayLengthCostsNothing() {
        Size small = size(bigArray(16), false), huge = size(bigArray(100 << 20), true);
        assertTrue(huge.llvm() <= small.llvm() + 10, () -> "LLVM: " + small + " -> " + huge);
        assertEquals(small.ssa(), huge.ssa());
    }
}
