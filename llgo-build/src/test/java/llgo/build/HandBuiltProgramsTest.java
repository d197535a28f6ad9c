/*
 * Run-and-compare tests over SSA built by hand (SsaBuilder), one per feature the code
 * generator must get right before the SSA builder exists. Each package must pass the LLVM
 * verifier; the driver then builds it without and with optimisation (RunAndCompare), and its
 * output and exit status compared with what gc (go1.19) prints for the equivalent Go
 * program, which is quoted above each test.
 */
package llgo.build;

import static llgo.build.SsaBuilder.*;

import java.math.BigInteger;
import java.util.List;

import org.junit.jupiter.api.Test;

import llgo.frontend.syntax.Op;
import llgo.frontend.types.Named;
import llgo.frontend.types.Type;
import llgo.ssa.BasicBlock;
import llgo.ssa.Instruction.*;
import llgo.ssa.Value;

class HandBuiltProgramsTest {

    private static void assertRuns(SsaBuilder pkg, String expectedStderr, int expectedExit) throws Exception {
        RunAndCompare.assertRuns(pkg.pkg, expectedStderr, expectedExit);
    }

    private static Fn mainFunc(SsaBuilder p) { return p.func("main", sig(List.of())); }

    /*
     * func fib(n int) int { if n < 2 { return n }; return fib(n-1) + fib(n-2) }
     * func main() { println(fib(30)) }
     */
    @Test
    void recursiveFib() throws Exception {
        SsaBuilder p = new SsaBuilder("main");
        Fn fib = p.func("fib", sig(List.of(INT), INT), "n");
        BasicBlock small = fib.block("if.then"), big = fib.block("if.done");
        fib.branch(fib.bin(Op.LSS, fib.param(0), i(2)), small, big);
        fib.in(small).ret(fib.param(0));
        fib.in(big);
        Call a = fib.call(fib.fn, fib.bin(Op.SUB, fib.param(0), i(1)));
        Call b = fib.call(fib.fn, fib.bin(Op.SUB, fib.param(0), i(2)));
        fib.ret(fib.bin(Op.ADD, a, b));
        Fn main = mainFunc(p);
        main.println(main.call(fib.fn, i(30)));
        main.ret();
        assertRuns(p, "832040\n", 0);
    }

    /*
     * s := 0; for i := 0; i < 10; i++ { s += i }
     * a, b := 0, 1; for k := 0; k < 50; k++ { a, b = b, a+b }
     * println(s, a, b)
     */
    @Test
    void loopsWithPhis() throws Exception {
        SsaBuilder p = new SsaBuilder("main");
        Fn m = mainFunc(p);
        BasicBlock loop = m.block("for.loop"), body = m.block("for.body"), done = m.block("for.done");
        BasicBlock loop2 = m.block("for.loop"), body2 = m.block("for.body"), done2 = m.block("for.done");
        m.jump(loop);
        m.in(loop);
        Phi i = m.phi(INT, "i"), s = m.phi(INT, "s");
        m.branch(m.bin(Op.LSS, i, i(10)), body, done);
        m.in(body);
        BinOp s1 = m.bin(Op.ADD, s, i);
        BinOp i1 = m.bin(Op.ADD, i, i(1));
        m.jump(loop);
        i.addEdge(i(0)); i.addEdge(i1);
        s.addEdge(i(0)); s.addEdge(s1);
        m.in(done).jump(loop2);
        m.in(loop2);
        Phi k = m.phi(INT, "k"), a = m.phi(INT, "a"), b = m.phi(INT, "b");
        m.branch(m.bin(Op.LSS, k, i(50)), body2, done2);
        m.in(body2);
        BinOp sum = m.bin(Op.ADD, a, b);
        BinOp k1 = m.bin(Op.ADD, k, i(1));
        m.jump(loop2);
        k.addEdge(i(0)); k.addEdge(k1);
        a.addEdge(i(0)); a.addEdge(b);          // a, b = b, a+b: the phis swap in parallel
        b.addEdge(i(1)); b.addEdge(sum);
        m.in(done2).println(s, a, b);
        m.ret();
        assertRuns(p, "45 12586269025 20365011074\n", 0);
    }

    /*
     * type Counter struct { n int; name string }
     * func (c *Counter) Inc(by int) { c.n += by }
     * func main() { c := &Counter{name: "ctr"}; c.Inc(2); c.Inc(40); v := *c; println(c.name, c.n, v.n) }
     */
    @Test
    void structWithPointerMethod() throws Exception {
        SsaBuilder p = new SsaBuilder("main");
        Named counter = p.named("Counter", p.struct("n", INT, "name", STRING));
        Fn inc = p.method(counter, true, "Inc", sig(List.of(INT)), "c", "by");
        FieldAddr n = inc.fieldAddr(inc.param(0), 0);
        inc.store(n, inc.bin(Op.ADD, inc.load(n), inc.param(1)));
        inc.ret();
        Fn m = mainFunc(p);
        Alloc c = m.heap(counter, "complit");
        m.store(m.fieldAddr(c, 1), str("ctr"));
        m.call(inc.fn, c, i(2));
        m.call(inc.fn, c, i(40));
        Alloc v = m.local(counter, "v");
        m.store(v, m.load(c));
        UnOp vv = m.load(v);
        m.println(m.load(m.fieldAddr(c, 1)), m.load(m.fieldAddr(c, 0)), m.field(vv, 0));
        m.ret();
        assertRuns(p, "ctr 42 42\n", 0);
    }

    /*
     * func divmod(a, b int) (int, int) { return a / b, a % b }
     * func main() { q, r := divmod(17, 5); println(q, r); q, r = divmod(-17, 5); println(q, r) }
     */
    @Test
    void multipleReturnValues() throws Exception {
        SsaBuilder p = new SsaBuilder("main");
        Fn dm = p.func("divmod", sig(List.of(INT, INT), INT, INT), "a", "b");
        dm.ret(dm.bin(Op.QUO, dm.param(0), dm.param(1)), dm.bin(Op.REM, dm.param(0), dm.param(1)));
        Fn m = mainFunc(p);
        Call t = m.call(dm.fn, i(17), i(5));
        m.println(m.extract(t, 0), m.extract(t, 1));
        Call u = m.call(dm.fn, i(-17), i(5));
        m.println(m.extract(u, 0), m.extract(u, 1));
        m.ret();
        assertRuns(p, "3 2\n-3 -2\n", 0);
    }

    /*
     * var p *int; var s []int
     * println(true, false, -1, int8(-128), int16(-32768), int32(-2147483648), int64(-9223372036854775808))
     * println(uint(18446744073709551615), uint8(255), uint16(65535), uint32(4294967295), uint64(18446744073709551615), uintptr(4096))
     * println(float32(1.5), 2.25, -0.0, 1e300, complex64(1+2i), complex(-1.5, 0.25))
     * println("hello, world", "", p, s)
     * print("no", "spaces", 42, true, "\n")
     */
    @Test
    void printlnOfEveryBasicKind() throws Exception {
        SsaBuilder p = new SsaBuilder("main");
        Fn m = mainFunc(p);
        BigInteger maxU64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        m.println(bool(true), bool(false), i(-1), c(INT8, -128), c(INT16, -32768), c(INT32, Integer.MIN_VALUE), c(INT64, Long.MIN_VALUE));
        m.println(c(UINT, maxU64), c(UINT8, 255), c(UINT16, 65535), c(UINT32, 4294967295L), c(UINT64, maxU64), c(UINTPTR, 4096));
        m.println(f(FLOAT32, 1.5), f(FLOAT64, 2.25), f(FLOAT64, 0.0), f(FLOAT64, 1e300), cx(COMPLEX64, 1, 2), cx(COMPLEX128, -1.5, 0.25));
        m.println(str("hello, world"), str(""), llgo.ssa.Const.zero(ptr(INT)), llgo.ssa.Const.zero(slice(INT)));
        m.print(str("no"), str("spaces"), i(42), bool(true), str("\n"));
        m.ret();
        assertRuns(p, """
                true false -1 -128 -32768 -2147483648 -9223372036854775808
                18446744073709551615 255 65535 4294967295 18446744073709551615 4096
                +1.500000e+000 +2.250000e+000 +0.000000e+000 +1.000000e+300 (+1.000000e+000+2.000000e+000i) (-1.500000e+000+2.500000e-001i)
                hello, world  0x0 [0/0]0x0
                nospaces42true
                """, 0);
    }

    /*
     * s := ""; for i := 0; i < 3; i++ { s = s + "ab" }
     * t := s + "!"
     * println(s, len(s), t, s < t, s == "ababab", s != "ababab", "b" > "abc")
     */
    @Test
    void stringConcatenationInALoop() throws Exception {
        SsaBuilder p = new SsaBuilder("main");
        Fn m = mainFunc(p);
        BasicBlock loop = m.block("for.loop"), body = m.block("for.body"), done = m.block("for.done");
        m.jump(loop);
        m.in(loop);
        Phi i = m.phi(INT, "i"), s = m.phi(STRING, "s");
        m.branch(m.bin(Op.LSS, i, i(3)), body, done);
        m.in(body);
        BinOp s1 = m.bin(Op.ADD, s, str("ab"));
        BinOp i1 = m.bin(Op.ADD, i, i(1));
        m.jump(loop);
        i.addEdge(i(0)); i.addEdge(i1);
        s.addEdge(str("")); s.addEdge(s1);
        m.in(done);
        BinOp t = m.bin(Op.ADD, s, str("!"));
        m.println(s, m.len(s), t, m.bin(Op.LSS, s, t), m.bin(Op.EQL, s, str("ababab")), m.bin(Op.NEQ, s, str("ababab")),
                m.bin(Op.GTR, str("b"), str("abc")));
        m.ret();
        assertRuns(p, "ababab 6 ababab! true true false true\n", 0);
    }

    /*
     * var s []int; for i := 0; i < 10; i++ { s = append(s, i*i) }
     * sum := 0; for i := 0; i < len(s); i++ { sum += s[i] }
     * println(len(s), cap(s), s[0], s[9], sum)
     * t := append(s[:2], s[5:7]...)
     * println(len(t), cap(t), t[2], t[3], s[2])
     */
    @Test
    void sliceAppend() throws Exception {
        SsaBuilder p = new SsaBuilder("main");
        Fn m = mainFunc(p);
        Type.Slice ints = slice(INT);
        BasicBlock loop = m.block("for.loop"), body = m.block("for.body"), done = m.block("for.done");
        BasicBlock loop2 = m.block("for.loop"), body2 = m.block("for.body"), done2 = m.block("for.done");
        m.jump(loop);
        m.in(loop);
        Phi i = m.phi(INT, "i"), s = m.phi(ints, "s");
        m.branch(m.bin(Op.LSS, i, i(10)), body, done);
        m.in(body);
        Call s1 = m.append(s, false, m.bin(Op.MUL, i, i));
        BinOp i1 = m.bin(Op.ADD, i, i(1));
        m.jump(loop);
        i.addEdge(i(0)); i.addEdge(i1);
        s.addEdge(llgo.ssa.Const.zero(ints)); s.addEdge(s1);
        m.in(done).jump(loop2);
        m.in(loop2);
        Phi j = m.phi(INT, "i"), sum = m.phi(INT, "sum");
        m.branch(m.bin(Op.LSS, j, m.len(s)), body2, done2);
        m.in(body2);
        BinOp sum1 = m.bin(Op.ADD, sum, m.load(m.indexAddr(s, j)));
        BinOp j1 = m.bin(Op.ADD, j, i(1));
        m.jump(loop2);
        j.addEdge(i(0)); j.addEdge(j1);
        sum.addEdge(i(0)); sum.addEdge(sum1);
        m.in(done2);
        m.println(m.len(s), m.cap(s), m.load(m.indexAddr(s, i(0))), m.load(m.indexAddr(s, i(9))), sum);
        Value head = m.slice(s, null, i(2));
        Value mid = m.slice(s, i(5), i(7));
        Call t = m.append(head, true, mid);
        m.println(m.len(t), m.cap(t), m.load(m.indexAddr(t, i(2))), m.load(m.indexAddr(t, i(3))), m.load(m.indexAddr(s, i(2))));
        m.ret();
        assertRuns(p, "10 16 0 81 285\n4 16 25 36 25\n", 0);
    }

    /*
     * func ops(a, b int, c, d int32, e, f uint8, n uint) {
     *     println(a+b, a-b, a*b, a/b, a%b, a<<n, a>>n, a&b, a|b, a^b, a&^b)
     *     println(c+d, c-d, c*d, c/d, c%d, c<<n, c>>n, c&d, c|d, c^d)
     *     println(e+f, e-f, e*f, e/f, e%f, e<<n, e>>n, e&f, e|f, e^f)
     * }
     * func main() {
     *     ops(9223372036854775807, 3, 2147483647, 7, 200, 100, 3)
     *     ops(-9223372036854775808, -1, -2147483648, -1, 7, 250, 70)
     *     ops(-7, 2, -7, 2, 255, 16, 8)
     *     ops(-5, 64, -5, 32, 129, 8, 64)   // counts equal to and above each width: x86 would mask them
     *     ops(-5, 64, -5, 32, 129, 8, 32)
     * }
     */
    @Test
    void integerOperatorsWrap() throws Exception {
        SsaBuilder p = new SsaBuilder("main");
        Fn ops = p.func("ops", sig(List.of(INT, INT, INT32, INT32, UINT8, UINT8, UINT)), "a", "b", "c", "d", "e", "f", "n");
        Value n = ops.param(6);
        for (int pair = 0; pair < 3; pair++) {
            Value x = ops.param(2 * pair), y = ops.param(2 * pair + 1);
            List<Value> out = new java.util.ArrayList<>();
            for (Op op : List.of(Op.ADD, Op.SUB, Op.MUL, Op.QUO, Op.REM)) out.add(ops.bin(op, x, y));
            out.add(ops.bin(Op.SHL, x, n));
            out.add(ops.bin(Op.SHR, x, n));
            for (Op op : List.of(Op.AND, Op.OR, Op.XOR)) out.add(ops.bin(op, x, y));
            if (pair == 0) out.add(ops.bin(Op.AND_NOT, x, y));
            ops.println(out.toArray(Value[]::new));
        }
        ops.ret();
        Fn m = mainFunc(p);
        m.call(ops.fn, i(Long.MAX_VALUE), i(3), c(INT32, Integer.MAX_VALUE), c(INT32, 7), c(UINT8, 200), c(UINT8, 100), c(UINT, 3));
        m.call(ops.fn, i(Long.MIN_VALUE), i(-1), c(INT32, Integer.MIN_VALUE), c(INT32, -1), c(UINT8, 7), c(UINT8, 250), c(UINT, 70));
        m.call(ops.fn, i(-7), i(2), c(INT32, -7), c(INT32, 2), c(UINT8, 255), c(UINT8, 16), c(UINT, 8));
        m.call(ops.fn, i(-5), i(64), c(INT32, -5), c(INT32, 32), c(UINT8, 129), c(UINT8, 8), c(UINT, 64));
        m.call(ops.fn, i(-5), i(64), c(INT32, -5), c(INT32, 32), c(UINT8, 129), c(UINT8, 8), c(UINT, 32));
        m.ret();
        assertRuns(p, """
                -9223372036854775806 9223372036854775804 9223372036854775805 3074457345618258602 1 -8 1152921504606846975 3 9223372036854775807 9223372036854775804 9223372036854775804
                -2147483642 2147483640 2147483641 306783378 1 -8 268435455 7 2147483647 2147483640
                44 100 32 2 0 64 25 64 236 172
                9223372036854775807 -9223372036854775807 -9223372036854775808 -9223372036854775808 0 0 -1 -9223372036854775808 -1 9223372036854775807 0
                2147483647 -2147483647 -2147483648 -2147483648 0 0 -1 -2147483648 -1 2147483647
                1 13 214 0 7 0 0 2 255 253
                -5 -9 -14 -3 -1 -1792 -1 0 -5 -5 -7
                -5 -9 -14 -3 -1 -1792 -1 0 -5 -5
                15 239 240 15 15 0 0 16 255 239
                59 -69 -320 0 -5 0 -1 64 -5 -69 -69
                27 -37 -160 0 -5 0 -1 32 -5 -37
                137 121 8 16 1 0 0 0 137 137
                59 -69 -320 0 -5 -21474836480 -1 64 -5 -69 -69
                27 -37 -160 0 -5 0 -1 32 -5 -37
                137 121 8 16 1 0 0 0 137 137
                """, 0);
    }

    /* func main() { println("before"); panic("boom") } */
    @Test
    void panicWithAString() throws Exception {
        SsaBuilder p = new SsaBuilder("main");
        Fn m = mainFunc(p);
        m.println(str("before"));
        m.panic(m.makeInterface(EMPTY_INTERFACE, str("boom")));
        assertRuns(p, "before\npanic: boom\n\ngoroutine 1 [running]:\n", 2);
    }

    /* func div(a, b int) int { return a / b }; func main() { println(div(1, 0)) } */
    @Test
    void integerDivisionByZeroPanics() throws Exception {
        SsaBuilder p = new SsaBuilder("main");
        Fn div = p.func("div", sig(List.of(INT, INT), INT), "a", "b");
        div.ret(div.bin(Op.QUO, div.param(0), div.param(1)));
        Fn m = mainFunc(p);
        m.println(m.call(div.fn, i(1), i(0)));
        m.ret();
        assertRuns(p, "panic: runtime error: integer divide by zero\n\ngoroutine 1 [running]:\n", 2);
    }

    /* func at(s []int, i int) int { return s[i] }; func main() { println(at(append([]int(nil), 1, 2), 5)) } */
    @Test
    void indexOutOfRangePanics() throws Exception {
        SsaBuilder p = new SsaBuilder("main");
        Fn at = p.func("at", sig(List.of(slice(INT), INT), INT), "s", "i");
        at.ret(at.load(at.indexAddr(at.param(0), at.param(1))));
        Fn m = mainFunc(p);
        Call s = m.append(llgo.ssa.Const.zero(slice(INT)), false, i(1), i(2));
        m.println(m.call(at.fn, s, i(5)));
        m.ret();
        assertRuns(p, "panic: runtime error: index out of range [5] with length 2\n\ngoroutine 1 [running]:\n", 2);
    }
}
