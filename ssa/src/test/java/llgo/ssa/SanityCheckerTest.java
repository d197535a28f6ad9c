package llgo.ssa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;

import org.junit.jupiter.api.Test;

import llgo.frontend.constant.Value.Int;
import llgo.frontend.syntax.Pos;
import llgo.frontend.types.Type;

/** The sanity checker accepts a well-formed graph and names each kind of defect in a broken one. */
class SanityCheckerTest {

    private static final Type.Signature VOID = new Type.Signature(null, List.of(), Type.Tuple.EMPTY, Type.Tuple.EMPTY, false);

    private static Const c(int v) { return new Const(TypeFacts.INT, new Int(BigInteger.valueOf(v))); }

    /** entry: if p goto 1 else 2; 1, 2: jump 3; 3: phi [1, 2]; return. */
    private static Function diamond() {
        Function f = new Function("t.d", VOID, null, null, Pos.NONE);
        Parameter p = new Parameter("p", TypeFacts.BOOL, null);
        f.params().add(p);
        BasicBlock e = f.newBlock("entry"), a = f.newBlock("a"), b = f.newBlock("b"), j = f.newBlock("join");
        e.add(new Instruction.If(p));
        e.addEdge(a); e.addEdge(b);
        a.add(new Instruction.Jump()); a.addEdge(j);
        b.add(new Instruction.Jump()); b.addEdge(j);
        Instruction.Phi phi = j.addPhi(new Instruction.Phi(TypeFacts.INT, "x"));
        phi.addEdge(c(1));
        phi.addEdge(c(2));
        j.add(new Instruction.Return(List.of()));
        return f;
    }

    @Test
    void wellFormedGraphPasses() {
        assertEquals(List.of(), Sanity.problems(diamond()));
        assertTrue(Sanity.check(diamond()));
    }

    @Test
    void missingTerminatorIsReported() {
        Function f = diamond();
        BasicBlock j = f.blocks().get(3);
        j.instrs().remove(j.instrs().size() - 1);
        assertTrue(Sanity.problems(f).stream().anyMatch(s -> s.contains("does not end in a terminator")), Sanity.problems(f).toString());
    }

    @Test
    void phiEdgeCountAndAsymmetricEdgesAreReported() {
        Function f = diamond();
        BasicBlock j = f.blocks().get(3);
        ((Instruction.Phi) j.instrs().get(0)).removeEdge(1);
        f.blocks().get(1).succs().clear();
        List<String> problems = Sanity.problems(f);
        assertTrue(problems.stream().anyMatch(s -> s.contains("has 1 edges for 2 preds")), problems.toString());
        assertTrue(problems.stream().anyMatch(s -> s.contains("does not list it as successor")), problems.toString());
        assertTrue(problems.stream().anyMatch(s -> s.contains("jump") && s.contains("0 successors")), problems.toString());
    }

    @Test
    void foreignOperandAndStaleReferrerAreReported() {
        Function f = diamond();
        Parameter stranger = new Parameter("q", TypeFacts.BOOL, null);
        Instruction.If branch = (Instruction.If) f.blocks().get(0).instrs().get(0);
        branch.setOperand(0, stranger);
        f.params().get(0).referrers().add(branch);   // stale: p no longer used by the If
        List<String> problems = Sanity.problems(f);
        assertTrue(problems.stream().anyMatch(s -> s.contains("operand q") && s.contains("not defined")), problems.toString());
        assertTrue(problems.stream().anyMatch(s -> s.contains("p lists referrer") && s.contains("does not use it")), problems.toString());
        assertThrows(AssertionError.class, () -> Sanity.check(f));
    }
}
