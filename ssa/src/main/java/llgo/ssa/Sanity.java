package llgo.ssa;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Structural checks of a finished function (go/ssa sanity.go): blocks indexed in order;
 * each ends in exactly one terminator and holds no other; phis come first with one edge
 * per predecessor; preds and succs are symmetric; If has 2 successors, Jump 1, Return and
 * Panic none; every operand is a constant, builtin, global, function, parameter or free
 * variable of this function, or an instruction placed in this function; operands list the
 * instruction among their referrers and referrers use the value. On failure the function
 * is printed first, then an {@link AssertionError} names every problem.
 */
public final class Sanity {
    private Sanity() {}

    /** Returns true, or throws an AssertionError describing the problems (so it can sit in an {@code assert}). */
    public static boolean check(Function f) { return check(f, "when finished"); }

    /** As {@link #check(Function)}; when (such as "after removeUnreachable") says at which point in the message. */
    public static boolean check(Function f, String when) {
        List<String> problems = problems(f);
        if (problems.isEmpty()) return true;
        String printed = Printer.function(f);
        System.err.print(printed);
        throw new AssertionError("SSA sanity check failed for " + f.symbol() + " " + when + ":\n" + printed
                + "problems:\n  " + String.join("\n  ", problems));
    }

    public static List<String> problems(Function f) {
        List<String> out = new ArrayList<>();
        Set<Instruction> placed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (BasicBlock b : f.blocks()) {
            for (Instruction in : b.instrs()) {
                placed.add(in);
                if (in instanceof Instruction.Go g) placed.add(g.call());
                if (in instanceof Instruction.Defer d) placed.add(d.call());
            }
        }
        for (int i = 0; i < f.blocks().size(); i++) {
            BasicBlock b = f.blocks().get(i);
            String where = "block " + b;
            if (b.index() != i) out.add(where + ": index " + b.index() + " at position " + i);
            if (b.parent() != f) out.add(where + ": belongs to another function");
            if (i == 0 && !b.preds().isEmpty()) out.add("the entry block has predecessors");
            List<Instruction> ins = b.instrs();
            if (ins.isEmpty() || !ins.get(ins.size() - 1).isTerminator()) out.add(where + ": does not end in a terminator");
            boolean phis = true;
            for (int k = 0; k < ins.size(); k++) {
                Instruction in = ins.get(k);
                if (in.block() != b) out.add(where + ": instruction " + in + " has block " + in.block());
                if (in.isTerminator() && k != ins.size() - 1) out.add(where + ": terminator " + in + " is not last");
                if (in instanceof Instruction.Phi p) {
                    if (!phis) out.add(where + ": phi " + p + " after a non-phi");
                    if (p.edges().size() != b.preds().size()) out.add(where + ": phi " + p + " has " + p.edges().size() + " edges for " + b.preds().size() + " preds");
                } else phis = false;
                checkOperands(f, in, placed, out);
                if (in instanceof Instruction.Go g) checkOperands(f, g.call(), placed, out);
                if (in instanceof Instruction.Defer d) checkOperands(f, d.call(), placed, out);
                if (in instanceof Instruction.ValueInstr v) checkReferrers(where, v, placed, out);
            }
            Instruction t = b.terminator();
            int want = t instanceof Instruction.If ? 2 : t instanceof Instruction.Jump ? 1 : 0;
            if (t != null && b.succs().size() != want) out.add(where + ": " + t + " with " + b.succs().size() + " successors");
            for (BasicBlock s : b.succs()) {
                if (Collections.frequency(s.preds(), b) != Collections.frequency(b.succs(), s)) out.add(where + ": edge to " + s + " not mirrored in its preds");
                if (s.parent() != f || !f.blocks().contains(s)) out.add(where + ": successor " + s + " not in the function");
            }
            for (BasicBlock p : b.preds()) {
                if (!p.succs().contains(b)) out.add(where + ": pred " + p + " does not list it as successor");
                if (!f.blocks().contains(p)) out.add(where + ": predecessor " + p + " not in the function");
            }
        }
        for (Parameter p : f.params()) checkReferrers("parameter", p, placed, out);
        for (FreeVar v : f.freeVars()) checkReferrers("free variable", v, placed, out);
        return out;
    }

    private static void checkReferrers(String where, Value v, Set<Instruction> placed, List<String> out) {
        for (Instruction r : v.referrers()) {
            if (!r.operands().contains(v)) out.add(where + ": " + v.name() + " lists referrer " + r + " that does not use it");
            if (!placed.contains(r)) out.add(where + ": " + v.name() + " lists referrer " + r + " not in the function");
        }
    }

    private static void checkOperands(Function f, Instruction in, Set<Instruction> placed, List<String> out) {
        for (Value v : in.operands()) {
            if (v == null) continue;
            boolean ok;
            if (v instanceof Const || v instanceof Builtin || v instanceof Global || v instanceof Function) ok = true;
            else if (v instanceof Parameter p) ok = f.params().contains(p);
            else if (v instanceof FreeVar fv) ok = f.freeVars().contains(fv);
            else ok = v instanceof Instruction i && placed.contains(i);
            if (!ok) out.add("operand " + v.name() + " of " + in + " is not defined in " + f.symbol());
            if (!(v instanceof Const) && !(v instanceof Builtin) && !v.referrers().contains(in)) {
                out.add("operand " + v.name() + " of " + in + " does not list it as referrer");
            }
        }
    }
}
