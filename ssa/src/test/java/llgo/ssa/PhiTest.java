package llgo.ssa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Phis appear exactly where a variable has different definitions flowing into a join (Braun et al.). */
class PhiTest {

    private static Function fn(String src, String name) {
        return SsaTestSupport.build("phi.go", "package main\n" + src + "\nfunc main() {}\n").function("main." + name);
    }

    private static List<Instruction.Phi> phis(Function f) {
        return f.blocks().stream().flatMap(b -> b.instrs().stream())
                .filter(i -> i instanceof Instruction.Phi).map(i -> (Instruction.Phi) i).toList();
    }

    private static Instruction.Return ret(Function f) {
        return f.blocks().stream().map(BasicBlock::terminator).filter(t -> t instanceof Instruction.Return)
                .map(t -> (Instruction.Return) t).findFirst().orElseThrow();
    }

    @Test
    void loopVariablesGetPhisInTheHeader() {
        Function f = fn("func sum(n int) int {\n s := 0\n for i := 0; i < n; i++ {\n  s += i\n }\n return s\n}", "sum");
        List<Instruction.Phi> ps = phis(f);
        assertEquals(2, ps.size(), Printer.function(f));
        BasicBlock header = ps.get(0).block();
        assertTrue(ps.stream().allMatch(p -> p.block() == header && p.edges().size() == 2));
        assertTrue(ps.stream().anyMatch(p -> p.comment().equals("s")) && ps.stream().anyMatch(p -> p.comment().equals("i")));
        Instruction.Phi s = ps.stream().filter(p -> p.comment().equals("s")).findFirst().orElseThrow();
        assertEquals(s, ret(f).results().get(0));
    }

    @Test
    void ifElseJoinGetsAPhi() {
        Function f = fn("func pick(c bool) int {\n x := 1\n if c {\n  x = 2\n } else {\n  x = 3\n }\n return x\n}", "pick");
        List<Instruction.Phi> ps = phis(f);
        assertEquals(1, ps.size(), Printer.function(f));
        Instruction.Phi x = ps.get(0);
        assertEquals(2, x.edges().size());
        assertEquals(List.of("2:int", "3:int"), x.edges().stream().map(Value::name).sorted().toList());
        assertEquals(x, ret(f).results().get(0));
    }

    @Test
    void trivialPhisAreRemoved() {
        Function f = fn("func keep(n int, c bool) int {\n k := 7\n for i := 0; i < n; i++ {\n  println(k)\n }\n"
                + " if c {\n  println(n)\n }\n return k\n}", "keep");
        List<Instruction.Phi> ps = phis(f);
        assertEquals(1, ps.size(), Printer.function(f));
        assertEquals("i", ps.get(0).comment());
        Value r = ret(f).results().get(0);
        assertInstanceOf(Const.class, r);
        assertEquals("7:int", r.name());
    }

    @Test
    void shortCircuitJoinsWithAPhi() {
        Function f = fn("func both(a, b bool) bool {\n return a && b\n}", "both");
        List<Instruction.Phi> ps = phis(f);
        assertEquals(1, ps.size(), Printer.function(f));
        assertTrue(ps.get(0).edges().stream().anyMatch(v -> v.name().equals("false:bool")));
    }

    @Test
    void addressTakenVariablesAreAllocs() {
        Function f = fn("func addr() int {\n x := 1\n p := &x\n *p = 2\n return x\n}", "addr");
        assertTrue(phis(f).isEmpty());
        assertTrue(f.blocks().get(0).instrs().stream().anyMatch(i -> i instanceof Instruction.Alloc a && a.comment().equals("x")),
                Printer.function(f));
    }
}
