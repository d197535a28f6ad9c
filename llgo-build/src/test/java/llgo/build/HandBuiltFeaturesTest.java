/*
 * More run-and-compare tests over hand-built SSA: closures and package variables, interfaces
 * (itabs for value and pointer receivers, invoke, type assertions), conversions and string
 * indexing, and the run-time errors of nil dereference, negative shift and slice bounds.
 * The equivalent Go program and gc's output are quoted above each test.
 */
package llgo.build;

import static llgo.build.SsaBuilder.*;

import java.util.List;

import org.junit.jupiter.api.Test;

import llgo.frontend.syntax.Op;
import llgo.frontend.types.Interface;
import llgo.frontend.types.Named;
import llgo.frontend.types.Type;
import llgo.ssa.Const;
import llgo.ssa.FreeVar;
import llgo.ssa.Global;
import llgo.ssa.Instruction.*;
import llgo.ssa.Value;

class HandBuiltFeaturesTest {

    private static Fn mainFunc(SsaBuilder p) { return p.func("main", sig(List.of())); }

    /*
     * var total int
     * var greeting = "hi"
     * func counter(step int) func() int { n := 0; return func() int { n += step; total += n; return n } }
     * func apply(f func(int) int, x int) int { return f(x) }
     * func double(x int) int { return x * 2 }
     * func main() { c := counter(5); c(); c(); println(c(), total, greeting, apply(double, 21)) }
     */
    @Test
    void closuresAndGlobals() throws Exception {
        SsaBuilder p = new SsaBuilder("main");
        Global total = p.global("total", INT), greeting = p.global("greeting", STRING);
        Fn init = p.func("init", sig(List.of()));
        init.store(greeting, str("hi"));
        init.ret();
        Type.Signature thunk = sig(List.of(), INT);
        Fn counter = p.func("counter", sig(List.of(INT), thunk), "step");
        Alloc n = counter.heap(INT, "n");
        Alloc step = counter.heap(INT, "step");
        counter.store(step, counter.param(0));
        Fn lit = p.literal(counter, thunk, List.of(), "n", ptr(INT), "step", ptr(INT));
        FreeVar fn = lit.fn.freeVars().get(0), fstep = lit.fn.freeVars().get(1);
        lit.store(fn, lit.bin(Op.ADD, lit.load(fn), lit.load(fstep)));
        lit.store(total, lit.bin(Op.ADD, lit.load(total), lit.load(fn)));
        lit.ret(lit.load(fn));
        counter.ret(counter.makeClosure(lit, n, step));
        Type.Signature intToInt = sig(List.of(INT), INT);
        Fn apply = p.func("apply", sig(List.of(intToInt, INT), INT), "f", "x");
        apply.ret(apply.callValue(apply.param(0), apply.param(1)));
        Fn dbl = p.func("double", intToInt, "x");
        dbl.ret(dbl.bin(Op.MUL, dbl.param(0), i(2)));
        Fn m = mainFunc(p);
        Call c = m.call(counter.fn, i(5));
        m.callValue(c);
        m.callValue(c);
        Call third = m.callValue(c);
        m.println(third, m.load(total), m.load(greeting), m.call(apply.fn, dbl.fn, i(21)));
        m.ret();
        RunAndCompare.assertRuns(p.pkg, "15 30 hi 42\n", 0);
    }

    /*
     * type Shape interface { Area() int; Name() string }
     * type Rect struct{ w, h int }
     * func (r Rect) Area() int { return r.w * r.h }; func (r Rect) Name() string { return "rect" }
     * type Sq struct{ s int }
     * func (q *Sq) Area() int { return q.s * q.s }; func (q *Sq) Name() string { return "square" }
     * func describe(s Shape) { println(s.Name(), s.Area()) }
     * func main() {
     *     describe(Rect{3, 4}); describe(&Sq{5})
     *     var e interface{} = 42
     *     n, ok := e.(int); str, ok2 := e.(string); println(n, ok, str, ok2)
     *     var x interface{} = "text"; println(x.(string))
     *     println(e.(string))
     * }
     */
    @Test
    void interfacesInvokeAndTypeAssertions() throws Exception {
        SsaBuilder p = new SsaBuilder("main");
        Interface shapeType = p.iface("Area", sig(List.of(), INT), "Name", sig(List.of(), STRING));
        Named shape = p.named("Shape", shapeType);
        Named rect = p.named("Rect", p.struct("w", INT, "h", INT));
        Named sq = p.named("Sq", p.struct("s", INT));
        Fn rectArea = p.method(rect, false, "Area", sig(List.of(), INT), "r");
        rectArea.ret(rectArea.bin(Op.MUL, rectArea.field(rectArea.param(0), 0), rectArea.field(rectArea.param(0), 1)));
        Fn rectName = p.method(rect, false, "Name", sig(List.of(), STRING), "r");
        rectName.ret(str("rect"));
        Fn sqArea = p.method(sq, true, "Area", sig(List.of(), INT), "q");
        sqArea.ret(sqArea.bin(Op.MUL, sqArea.load(sqArea.fieldAddr(sqArea.param(0), 0)), sqArea.load(sqArea.fieldAddr(sqArea.param(0), 0))));
        Fn sqName = p.method(sq, true, "Name", sig(List.of(), STRING), "q");
        sqName.ret(str("square"));
        Fn describe = p.func("describe", sig(List.of(shape)), "s");
        describe.println(describe.invoke(describe.param(0), "Name"), describe.invoke(describe.param(0), "Area"));
        describe.ret();

        Fn m = mainFunc(p);
        Alloc r = m.local(rect, "complit");
        m.store(m.fieldAddr(r, 0), i(3));
        m.store(m.fieldAddr(r, 1), i(4));
        m.call(describe.fn, m.makeInterface(shape, m.load(r)));
        Alloc q = m.heap(sq, "complit");
        m.store(m.fieldAddr(q, 0), i(5));
        m.call(describe.fn, m.makeInterface(shape, q));
        MakeInterface e = m.makeInterface(EMPTY_INTERFACE, i(42));
        TypeAssert asInt = m.typeAssert(e, INT, true), asString = m.typeAssert(e, STRING, true);
        m.println(m.extract(asInt, 0), m.extract(asInt, 1), m.extract(asString, 0), m.extract(asString, 1));
        MakeInterface x = m.makeInterface(EMPTY_INTERFACE, str("text"));
        m.println(m.typeAssert(x, STRING, false));
        m.println(m.typeAssert(e, STRING, false));
        m.ret();
        RunAndCompare.assertRuns(p.pkg, """
                rect 12
                square 25
                42 true  false
                text
                panic: interface conversion: interface {} is int, not string

                goroutine 1 [running]:
                """, 2);
    }

    /*
     * f := 3.75; i := int(f); var u uint8 = uint8(i + 254)
     * r := rune(0x4e16); s := string(r) + string(rune(65)); b := []byte("héllo")
     * println(i, u, float64(i)/2, float32(f), s, len(s), len(b), b[1], string(b[3:]))
     * h := "hello"; println(h[1], h[1:3], h[:0], len(h[2:]))
     * rs := []rune("héllo"); println(len(rs), rs[1], string(rs))
     */
    @Test
    void conversionsAndStringIndexing() throws Exception {
        SsaBuilder p = new SsaBuilder("main");
        Fn conv = p.func("conv", sig(List.of(FLOAT64, INT32, STRING)), "f", "r", "word");
        Convert i = conv.convert(INT, conv.param(0));
        Convert u = conv.convert(UINT8, conv.bin(Op.ADD, i, i(254)));
        Value half = conv.bin(Op.QUO, conv.convert(FLOAT64, i), f(FLOAT64, 2));
        BinOp s = conv.bin(Op.ADD, conv.convert(STRING, conv.param(1)), conv.convert(STRING, c(INT32, 65)));
        Convert b = conv.convert(slice(UINT8), conv.param(2));
        conv.println(i, u, half, conv.convert(FLOAT32, conv.param(0)), s, conv.len(s), conv.len(b),
                conv.load(conv.indexAddr(b, i(1))), conv.convert(STRING, conv.slice(b, i(3), null)));
        Const h = str("hello");
        conv.println(conv.stringIndex(h, i(1)), conv.slice(h, i(1), i(3)), conv.slice(h, null, i(0)), conv.len(conv.slice(h, i(2), null)));
        Convert rs = conv.convert(slice(INT32), conv.param(2));
        conv.println(conv.len(rs), conv.load(conv.indexAddr(rs, i(1))), conv.convert(STRING, rs));
        conv.ret();
        Fn m = mainFunc(p);
        m.call(conv.fn, f(FLOAT64, 3.75), c(INT32, 0x4e16), str(utf8Bytes("héllo")));
        m.ret();
        RunAndCompare.assertRuns(p.pkg, "3 1 +1.500000e+000 +3.750000e+000 世A 4 6 195 llo\n101 el  3\n5 233 héllo\n", 0);
    }

    /** A Go string constant holds one char per byte (llgo.frontend.constant.Value.Str). */
    private static String utf8Bytes(String s) {
        return new String(s.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /*
     * type T struct{ a, b int }
     * func get(p *T) int { return p.b }
     * func main() { println(get(&T{1, 2})); println(get(nil)) }
     */
    @Test
    void nilDereferencePanics() throws Exception {
        SsaBuilder p = new SsaBuilder("main");
        Named t = p.named("T", p.struct("a", INT, "b", INT));
        Fn get = p.func("get", sig(List.of(ptr(t)), INT), "p");
        get.ret(get.load(get.fieldAddr(get.param(0), 1)));
        Fn m = mainFunc(p);
        Alloc v = m.heap(t, "complit");
        m.store(m.fieldAddr(v, 0), i(1));
        m.store(m.fieldAddr(v, 1), i(2));
        m.println(m.call(get.fn, v));
        m.println(m.call(get.fn, Const.zero(ptr(t))));
        m.ret();
        RunAndCompare.assertRunsWithPrefix(p.pkg, "2\npanic: runtime error: invalid memory address or nil pointer dereference\n", 2);
    }

    /* func sh(x int, n int) int { return x << n }; func main() { println(sh(1, 3)); println(sh(1, -1)) } */
    @Test
    void negativeShiftPanics() throws Exception {
        SsaBuilder p = new SsaBuilder("main");
        Fn sh = p.func("sh", sig(List.of(INT, INT), INT), "x", "n");
        sh.ret(sh.bin(Op.SHL, sh.param(0), sh.param(1)));
        Fn m = mainFunc(p);
        m.println(m.call(sh.fn, i(1), i(3)));
        m.println(m.call(sh.fn, i(1), i(-1)));
        m.ret();
        RunAndCompare.assertRuns(p.pkg, "8\npanic: runtime error: negative shift amount\n\ngoroutine 1 [running]:\n", 2);
    }

    /*
     * func sl(s []int, lo, hi int) []int { return s[lo:hi] }
     * func main() { s := make([]int, 3, 5); println(len(sl(s, 1, 5))); println(len(sl(s, 2, 6))) }
     */
    @Test
    void sliceBoundsPanic() throws Exception {
        SsaBuilder p = new SsaBuilder("main");
        Fn sl = p.func("sl", sig(List.of(slice(INT), INT, INT), slice(INT)), "s", "lo", "hi");
        sl.ret(sl.slice(sl.param(0), sl.param(1), sl.param(2)));
        Fn m = mainFunc(p);
        MakeSlice s = m.makeSlice(slice(INT), i(3), i(5));
        m.println(m.len(m.call(sl.fn, s, i(1), i(5))));
        m.println(m.len(m.call(sl.fn, s, i(2), i(6))));
        m.ret();
        RunAndCompare.assertRuns(p.pkg, "4\npanic: runtime error: slice bounds out of range [:6] with capacity 5\n\ngoroutine 1 [running]:\n", 2);
    }

    /* func main() { for i, r := range "héllo, 世界\xff!" { print(i, ":", r, " ") }; println() } */
    @Test
    void rangeOverAString() throws Exception {
        SsaBuilder p = new SsaBuilder("main");
        Fn m = mainFunc(p);
        Range iter = m.add(new Range(llgo.frontend.types.Basic.INVALID, str(utf8Bytes("héllo, 世界") + "\u00ff!")));
        llgo.ssa.BasicBlock loop = m.block("rangeiter.loop"), body = m.block("rangeiter.body"), done = m.block("rangeiter.done");
        m.jump(loop);
        m.in(loop);
        Next next = m.add(new Next(tuple(BOOL, INT, INT32), iter, true));
        m.branch(m.extract(next, 0), body, done);
        m.in(body);
        m.print(m.extract(next, 1), str(":"), m.extract(next, 2), str(" "));
        m.jump(loop);
        m.in(done);
        m.println();
        m.ret();
        RunAndCompare.assertRuns(p.pkg, "0:104 1:233 3:108 4:108 5:111 6:44 7:32 8:19990 11:30028 14:65533 15:33 \n", 0);
    }
}
