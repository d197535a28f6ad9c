package llgo.ssa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.List;

import org.junit.jupiter.api.Test;

import llgo.frontend.constant.Value.Int;
import llgo.frontend.syntax.Pos;
import llgo.frontend.types.Type;

/**
 * The register-variable resolver on hand-made graphs: the phis it creates depend only on
 * the graph and the definitions, not on the order in which blocks are visited or sealed.
 */
class VarResolverTest {

    private static Const c(int v) { return new Const(TypeFacts.INT, new Int(BigInteger.valueOf(v))); }

    /**
     * entry: x = 1; if → then (x = 2) / else (no def) → join; join → loop header with a back
     * edge from the latch, which sets x = 3; header → exit. ops is a schedule of "sN" (seal
     * block N) and "rN" (read x in block N); blocks left unsealed are sealed at the end.
     */
    private static String build(String ops) {
        Type.Signature sig = new Type.Signature(null, List.of(), Type.Tuple.EMPTY, Type.Tuple.EMPTY, false);
        Function f = new Function("t.f", sig, null, null, Pos.NONE);
        BasicBlock entry = f.newBlock("entry"), then = f.newBlock("then"), els = f.newBlock("else"),
                join = f.newBlock("join"), header = f.newBlock("header"), latch = f.newBlock("latch"), exit = f.newBlock("exit");
        entry.addEdge(then); entry.addEdge(els);
        then.addEdge(join); els.addEdge(join);
        join.addEdge(header);
        header.addEdge(latch); header.addEdge(exit);
        latch.addEdge(header);
        BasicBlock[] blocks = { entry, then, els, join, header, latch, exit };
        VarResolver r = new VarResolver();
        VarResolver.Variable x = new VarResolver.Variable("x", TypeFacts.INT);
        r.write(x, entry, c(1));
        r.write(x, then, c(2));
        r.write(x, latch, c(3));
        for (String op : ops.split(" ")) {
            BasicBlock b = blocks[op.charAt(1) - '0'];
            if (op.charAt(0) == 's') r.seal(b); else r.read(x, b);
        }
        r.sealAll(f);
        StringBuilder sb = new StringBuilder();
        for (BasicBlock b : blocks) {
            for (Instruction in : b.instrs()) {
                Instruction.Phi p = (Instruction.Phi) in;
                sb.append(b.comment()).append(": phi ").append(p.edges().stream().map(VarResolverTest::show).toList()).append('\n');
            }
        }
        for (int i : new int[] { 3, 4, 6 }) sb.append(blocks[i].comment()).append(" reads ").append(show(r.read(x, blocks[i]))).append('\n');
        return sb.toString();
    }

    private static String show(Value v) { return v instanceof Instruction.Phi q ? "phi@" + q.block().comment() : v.name(); }

    @Test
    void resultDoesNotDependOnVisitOrder() {
        String expected = "join: phi [2:int, 1:int]\nheader: phi [phi@join, 3:int]\njoin reads phi@join\nheader reads phi@header\nexit reads phi@header\n";
        assertEquals(expected, build("s0 s1 s2 s3 r3 r4 s5 s4 s6 r6"));
        assertEquals(expected, build("r6 r4 r3 s6 s5 s4 s3 s2 s1 s0"));
        assertEquals(expected, build("s0 r4 s5 r3 s2 s6 r6 s1 s4 s3"));
        assertEquals(expected, build("r3 r6"));
    }

    @Test
    void loopWithoutRedefinitionHasNoPhi() {
        Type.Signature sig = new Type.Signature(null, List.of(), Type.Tuple.EMPTY, Type.Tuple.EMPTY, false);
        Function f = new Function("t.g", sig, null, null, Pos.NONE);
        BasicBlock entry = f.newBlock("entry"), header = f.newBlock("header"), body = f.newBlock("body"), exit = f.newBlock("exit");
        entry.addEdge(header); header.addEdge(body); header.addEdge(exit); body.addEdge(header);
        VarResolver r = new VarResolver();
        VarResolver.Variable k = new VarResolver.Variable("k", TypeFacts.INT);
        r.seal(entry);
        r.write(k, entry, c(7));
        Value inHeader = r.read(k, header);           // header not sealed: placeholder phi
        r.seal(body);
        Value inBody = r.read(k, body);
        r.seal(header);                               // phi [7, phi] is trivial and goes away
        r.seal(exit);
        assertEquals("7:int", r.read(k, exit).name());
        assertEquals("7:int", r.read(k, body).name());
        assertEquals(0, header.instrs().size());
        assertEquals(inHeader, inBody);               // the same (removed) placeholder was seen in both
    }
}
