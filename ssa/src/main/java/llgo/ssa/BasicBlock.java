package llgo.ssa;

import java.util.ArrayList;
import java.util.List;

/**
 * A basic block: phis first, then ordinary instructions, ending in exactly one terminator
 * (Jump, If, Return or Panic). {@code preds} and {@code succs} are kept symmetric; the
 * order of {@code preds} is the order of every phi's edges. An If's succs are (then, else).
 */
public final class BasicBlock {
    private final Function parent;
    private int index;
    private final String comment;
    private final List<Instruction> instrs = new ArrayList<>();
    private final List<BasicBlock> preds = new ArrayList<>();
    private final List<BasicBlock> succs = new ArrayList<>();

    BasicBlock(Function parent, int index, String comment) {
        this.parent = parent;
        this.index = index;
        this.comment = comment;
    }

    public Function parent() { return parent; }
    /** The block's position in {@code parent().blocks()}; 0 is the entry. */
    public int index() { return index; }
    void setIndex(int i) { index = i; }
    /** What the block is for, in dumps: "entry", "for.body", "if.then", ... */
    public String comment() { return comment; }
    public List<Instruction> instrs() { return instrs; }
    public List<BasicBlock> preds() { return preds; }
    public List<BasicBlock> succs() { return succs; }

    /** Appends instr, sets its block and registers it as a referrer of its operands. */
    public <I extends Instruction> I add(I instr) {
        instr.setBlock(this);
        instr.linkOperands();
        instrs.add(instr);
        return instr;
    }

    /** Inserts a phi after the existing phis. */
    public Instruction.Phi addPhi(Instruction.Phi phi) {
        phi.setBlock(this);
        int i = 0;
        while (i < instrs.size() && instrs.get(i) instanceof Instruction.Phi) i++;
        instrs.add(i, phi);
        return phi;
    }

    /** Adds the edge this → to, keeping preds and succs symmetric. */
    public void addEdge(BasicBlock to) {
        succs.add(to);
        to.preds.add(this);
    }

    public Instruction terminator() {
        return instrs.isEmpty() ? null : instrs.get(instrs.size() - 1).isTerminator() ? instrs.get(instrs.size() - 1) : null;
    }

    @Override public String toString() { return index + ":" + comment; }
}
