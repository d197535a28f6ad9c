package llgo.ssa;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import llgo.frontend.types.Type;

/**
 * SSA construction for the locals that live in registers, following Braun, Buchwald,
 * Hack, Leißa, Mallon and Zwinkau, "Simple and Efficient Construction of Static Single
 * Assignment Form" (CC 2013), Algorithms 1–3: each block keeps the current definition of
 * every variable; reading a variable in a block without one looks through the
 * predecessors, creating a placeholder phi when the block is not yet sealed (its
 * predecessors are not all known) or has several predecessors; sealing a block fills
 * the operands of its placeholder phis; a phi whose operands are all the same value (or
 * itself) is trivial and is replaced by that value everywhere. Because definitions are
 * looked up on demand, the result does not depend on the order blocks are built in.
 *
 * <p>Preconditions: a block is sealed only once all its predecessor edges exist, and no
 * edge into it is added afterwards.
 */
final class VarResolver {

    /** A register variable: a Go local, or a synthetic one such as a range loop's index. Identity matters. */
    static final class Variable {
        final String name;
        final Type type;
        Variable(String name, Type type) { this.name = name; this.type = type; }
        @Override public String toString() { return name; }
    }

    private final Map<BasicBlock, Map<Variable, Value>> currentDef = new IdentityHashMap<>();
    private final Map<BasicBlock, Map<Variable, Instruction.Phi>> incompletePhis = new IdentityHashMap<>();
    private final Set<BasicBlock> sealed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** Trivial phis that were removed, mapped to the value that replaced them (Braun et al., §3.1). */
    private final Map<Instruction.Phi, Value> replaced = new IdentityHashMap<>();

    /** Algorithm 1, writeVariable. */
    void write(Variable v, BasicBlock b, Value val) {
        currentDef.computeIfAbsent(b, k -> new LinkedHashMap<>()).put(v, val);
    }

    /** Algorithm 1, readVariable. */
    Value read(Variable v, BasicBlock b) {
        Map<Variable, Value> defs = currentDef.get(b);
        if (defs != null && defs.containsKey(v)) return resolve(defs.get(v));
        return readRecursive(v, b);
    }

    private Value resolve(Value val) {
        while (val instanceof Instruction.Phi p && replaced.containsKey(p)) val = replaced.get(p);
        return val;
    }

    /** Algorithm 2, readVariableRecursive. */
    private Value readRecursive(Variable v, BasicBlock b) {
        Value val;
        if (!sealed.contains(b)) {
            Instruction.Phi phi = b.addPhi(new Instruction.Phi(v.type, v.name));
            incompletePhis.computeIfAbsent(b, k -> new LinkedHashMap<>()).put(v, phi);
            val = phi;
        } else if (b.preds().size() == 1) {
            val = read(v, b.preds().get(0));
        } else if (b.preds().isEmpty()) {
            // Only unreachable blocks (and the entry, where every variable is defined) have no
            // predecessor: the paper's "undefined" value; Go zero-initialises.
            val = Const.zero(v.type);
        } else {
            Instruction.Phi phi = b.addPhi(new Instruction.Phi(v.type, v.name));
            write(v, b, phi);
            val = addPhiOperands(v, phi);
        }
        write(v, b, val);
        return val;
    }

    private Value addPhiOperands(Variable v, Instruction.Phi phi) {
        for (BasicBlock pred : phi.block().preds()) phi.addEdge(read(v, pred));
        return tryRemoveTrivialPhi(phi);
    }

    /** Algorithm 3, tryRemoveTrivialPhi. Package-private so that the finisher can reuse it after dropping dead edges. */
    Value tryRemoveTrivialPhi(Instruction.Phi phi) {
        Value same = null;
        for (Value op : phi.edges()) {
            if (op == same || op == phi) continue;
            if (same != null) return phi;
            same = op;
        }
        if (same == null) same = Const.zero(phi.type());
        List<Instruction> users = new ArrayList<>(phi.referrers());
        users.remove(phi);
        replaceAll(phi, same);
        replaced.put(phi, same);
        for (Instruction u : users) {
            if (u instanceof Instruction.Phi p && p.block() != null && p.block().instrs().contains(p)) tryRemoveTrivialPhi(p);
        }
        return same;
    }

    /** Rewrites every use of phi to same and deletes phi from its block. */
    static void replaceAll(Instruction.Phi phi, Value same) {
        for (Instruction user : new ArrayList<>(phi.referrers())) {
            if (user == phi) continue;
            for (int i = 0; i < user.operands().size(); i++) {
                if (user.operand(i) == phi) user.setOperand(i, same);
            }
        }
        for (int i = 0; i < phi.operands().size(); i++) phi.setOperand(i, null);
        phi.referrers().clear();
        phi.block().instrs().remove(phi);
    }

    /** Algorithm 2, sealBlock: all predecessors of b are known. */
    void seal(BasicBlock b) {
        if (!sealed.add(b)) return;
        Map<Variable, Instruction.Phi> pending = incompletePhis.remove(b);
        if (pending == null) return;
        for (Map.Entry<Variable, Instruction.Phi> e : pending.entrySet()) addPhiOperands(e.getKey(), e.getValue());
    }

    /** Seals every block of f not sealed yet (labels reached by goto, unreachable blocks). */
    void sealAll(Function f) {
        Set<BasicBlock> seen = new HashSet<>();
        boolean again = true;
        while (again) {
            again = false;
            for (BasicBlock b : List.copyOf(f.blocks())) {
                if (seen.add(b) && !sealed.contains(b)) { seal(b); again = true; }
            }
        }
    }
}
