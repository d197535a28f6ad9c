/*
 * Compile cost is linear in the size of composite literals and independent of array lengths
 * (issue 7: GOROOT/test nilptr2.go and fixedbugs/issue34395.go used to never finish):
 * measured by counting SSA and LLVM instructions, not by timing. A literal ten times longer
 * must cost at most about ten times as many instructions, and a program over a 100 MB array
 * must not emit more instructions than the same program over a 100-byte one, nor any
 * first-class value of a large aggregate (ModuleContext.LARGE_VALUE, ABI.md "Large values"):
 * no instruction, operand or parameter of such a type, through loads, stores, calls, results,
 * phis, methods called through interfaces, closures, defer and go statements, maps and channels.
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

                type I interface{ M(Big) Big }

                func (b Big) M(c Big) Big { c.i += b.i; return c }

                func pass(b Big, k int) (Big, int) { b.x[0]++; return b, k + 1 }

                func loop(b Big, n int) Big {
                	c := b
                	for i := 0; i < n; i++ {
                		b, c = c, b
                	}
                	return b
                }

                func main() {
                	var local Big
                	local.x[1] = 7
                	g = local
                	*p = g
                	v = *p
                	q := &*p
                	r, k := pass(g, 1)
                	var i I = r
                	r = i.M(loop(r, k))
                	f := r.M
                	r = f(r)
                	defer r.M(g)
                	go pass(r, k)
                	m := map[int]Big{1: r}
                	r, ok := m[2]
                	var e [%d]byte
                	ch := make(chan [len(e)]byte, 1)
                	ch <- e
                	e = <-ch
                	println(test[0], g.x[1], q != nil, r == g, ok, v.(Big).i, e[0])
                }
                """.formatted(n, n, Math.min(n, 1000));
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
                String fnName = LLVMGetValueName(fn).getString();
                for (int k = 0; noLargeAggregates && k < LLVMCountParams(fn); k++) {
                    assertFalse(isLarge(module, LLVMTypeOf(LLVMGetParam(fn, k))), () -> "large parameter of " + fnName);
                }
                if (noLargeAggregates) assertFalse(isLarge(module, LLVMGetReturnType(LLVMGlobalGetValueType(fn))), () -> "large result of " + fnName);
                for (var b = LLVMGetFirstBasicBlock(fn); b != null && !b.isNull(); b = LLVMGetNextBasicBlock(b)) {
                    for (var i = LLVMGetFirstInstruction(b); i != null && !i.isNull(); i = LLVMGetNextInstruction(i)) {
                        llvm++;
                        String name = LLVMGetValueName(fn).getString();
                        LLVMValueRef inst = i;
                        if (noLargeAggregates) assertFalse(isLargeAggregateValue(module, inst), () -> "first-class large aggregate in " + name + ": " + text(inst));
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

    /** Whether instruction i or one of its operands is a first-class value of a large aggregate type. */
    private static boolean isLargeAggregateValue(LLVMModuleRef module, LLVMValueRef i) {
        if (isLarge(module, LLVMTypeOf(i))) return true;
        for (int k = 0; k < LLVMGetNumOperands(i); k++) if (isLarge(module, LLVMTypeOf(LLVMGetOperand(i, k)))) return true;
        return false;
    }

    private static boolean isLarge(LLVMModuleRef module, org.bytedeco.llvm.LLVM.LLVMTypeRef t) {
        int kind = LLVMGetTypeKind(t);
        if (kind != LLVMArrayTypeKind && kind != LLVMStructTypeKind) return false;
        return LLVMABISizeOfType(LLVMGetModuleDataLayout(module), t) > ModuleContext.LARGE_VALUE;
    }

    private static String text(LLVMValueRef i) {
        var p = LLVMPrintValueToString(i);
        String s = p.getString();
        LLVMDisposeMessage(p);
        return s.length() > 200 ? s.substring(0, 200) : s;
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
        Size small = size(bigArray(100), true), huge = size(bigArray(100 << 20), true);
        assertTrue(huge.llvm() <= small.llvm() + 10, () -> "LLVM: " + small + " -> " + huge);
        assertEquals(small.ssa(), huge.ssa());
    }
}
