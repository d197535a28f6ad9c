package llgo.ssa;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The passes that finish a built function, in order (go/ssa func.go finishBody): every
 * block gets a terminator; blocks unreachable from the entry are removed together with
 * their edges and the phi operands of those edges; phis made trivial by that are replaced
 * by their one value (Braun et al., "Simple and Efficient Construction of SSA Form", §3.1);
 * registers are numbered {@code t0, t1, ...} in block order. With assertions enabled (as in
 * the tests) {@link Sanity} checks the function after every pass, naming the pass that broke it.
 */
final class Finisher {
    private Finisher() {}

    static void finish(FunctionBuilder fb) {
        Function f = fb.fn;
        pass(f, "addMissingTerminators", Finisher::addMissingTerminators);
        pass(f, "removeUnreachable", Finisher::removeUnreachable);
        pass(f, "removeTrivialPhis", Finisher::removeTrivialPhis);
        pass(f, "numberRegisters", Finisher::numberRegisters);
    }

    private static void pass(Function f, String name, java.util.function.Consumer<Function> pass) {
        pass.accept(f);
        assert Sanity.check(f, "after " + name);
    }

    /** Only unreachable blocks can lack a terminator here; they get a Return so that the graph is well formed. */
    private static void addMissingTerminators(Function f) {
        for (BasicBlock b : f.blocks()) {
            if (b.terminator() != null) continue;
            List<Value> zeros = new ArrayList<>();
            var results = f.signature().results();
            for (int i = 0; i < results.size(); i++) zeros.add(Const.zero(results.type(i)));
            b.add(new Instruction.Return(zeros));
        }
    }

    private static void removeUnreachable(Function f) {
        Set<BasicBlock> live = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<BasicBlock> work = new ArrayDeque<>();
        work.push(f.blocks().get(0));
        if (f.recover() != null) work.push(f.recover());
        while (!work.isEmpty()) {
            BasicBlock b = work.pop();
            if (live.add(b)) for (BasicBlock s : b.succs()) work.push(s);
        }
        List<BasicBlock> keep = new ArrayList<>();
        for (BasicBlock b : f.blocks()) {
            if (live.contains(b)) { keep.add(b); continue; }
            for (BasicBlock s : b.succs()) {
                int i;
                while ((i = indexOf(s.preds(), b)) >= 0) {
                    s.preds().remove(i);
                    for (Instruction in : s.instrs()) if (in instanceof Instruction.Phi p) p.removeEdge(i);
                }
            }
            for (Instruction in : b.instrs()) unlink(in);
        }
        f.retainBlocks(keep);
    }

    private static int indexOf(List<BasicBlock> l, BasicBlock b) {
        for (int i = 0; i < l.size(); i++) if (l.get(i) == b) return i;
        return -1;
    }

    private static void unlink(Instruction in) {
        if (in instanceof Instruction.Go g) unlink(g.call());
        if (in instanceof Instruction.Defer d) unlink(d.call());
        for (int i = 0; i < in.operands().size(); i++) in.setOperand(i, null);
    }

    private static void removeTrivialPhis(Function f) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (BasicBlock b : f.blocks()) {
                for (Instruction in : List.copyOf(b.instrs())) {
                    if (!(in instanceof Instruction.Phi p)) continue;
                    Value same = null;
                    boolean trivial = true;
                    for (Value op : p.edges()) {
                        if (op == p || op == same) continue;
                        if (same != null) { trivial = false; break; }
                        same = op;
                    }
                    if (!trivial) continue;
                    VarResolver.replaceAll(p, same == null ? Const.zero(p.type()) : same);
                    changed = true;
                }
            }
        }
    }

    private static void numberRegisters(Function f) {
        int n = 0;
        for (BasicBlock b : f.blocks()) {
            for (Instruction in : b.instrs()) if (in instanceof Instruction.ValueInstr v) v.setName("t" + n++);
        }
    }
}
