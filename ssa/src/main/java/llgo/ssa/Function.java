package llgo.ssa;

import java.util.ArrayList;
import java.util.List;

import llgo.frontend.syntax.Pos;
import llgo.frontend.types.Obj;
import llgo.frontend.types.Type;

/**
 * A function in SSA form: a declared function or method, a function literal (anonymous,
 * with free variables and a parent), or a synthetic function such as a package
 * initialiser or a wrapper. As a value it is the function itself (a func value with no
 * context). A function without blocks is external (declared without a body).
 */
public final class Function implements Value, Member {
    private final String symbol;
    private final Type.Signature signature;
    private final Obj.Func obj;
    private final Function parent;
    private final Pos pos;
    private final List<Parameter> params = new ArrayList<>();
    private final List<FreeVar> freeVars = new ArrayList<>();
    private final List<BasicBlock> blocks = new ArrayList<>();
    private final List<Function> anonFuncs = new ArrayList<>();
    private final List<Instruction> referrers = new ArrayList<>();
    private BasicBlock recover;
    private boolean wrapper;
    private boolean instance;

    /**
     * @param symbol    gc's symbol name ({@code main.f}, {@code main.(*T).M}, {@code main.main$1} for literals)
     * @param signature the Go signature; for methods it includes the receiver
     * @param obj       the declared function, or null for literals and synthetic functions
     * @param parent    the enclosing function of a function literal, else null
     */
    public Function(String symbol, Type.Signature signature, Obj.Func obj, Function parent, Pos pos) {
        this.symbol = symbol;
        this.signature = signature;
        this.obj = obj;
        this.parent = parent;
        this.pos = pos;
        if (parent != null) parent.anonFuncs.add(this);
    }

    @Override public String symbol() { return symbol; }
    public Type.Signature signature() { return signature; }
    public Obj.Func obj() { return obj; }
    public Function parent() { return parent; }
    public Pos pos() { return pos; }
    /** The parameters, receiver first for methods. */
    public List<Parameter> params() { return params; }
    public List<FreeVar> freeVars() { return freeVars; }
    public List<BasicBlock> blocks() { return blocks; }
    public List<Function> anonFuncs() { return anonFuncs; }
    public boolean isExternal() { return blocks.isEmpty(); }

    /**
     * Whether this is an instance of a generic function or method, or a literal inside one:
     * every package that uses the instance may emit it, so codegen gives it linkonce_odr linkage.
     */
    public boolean isInstance() { return instance || (parent != null && parent.isInstance()); }
    public void markInstance() { instance = true; }

    /**
     * The block control reaches after a panic is recovered by one of this function's
     * deferred calls (go/ssa Function.Recover): it returns the current values of the named
     * results, or zero values, with no RunDefers (the deferred calls ran while panicking).
     * Null when the function has no defer statement. It has no predecessors.
     */
    public BasicBlock recover() { return recover; }
    public void setRecover(BasicBlock b) { recover = b; }

    /**
     * Whether this is a synthetic wrapper (a bound method value's or a method expression's)
     * whose only work is to call the method: a panic that runs it as a deferred call counts
     * as running the method directly (gc's WRAPPER functions, recover.go).
     */
    public boolean isWrapper() { return wrapper; }
    public void markWrapper() { wrapper = true; }

    /** Appends a new block. */
    public BasicBlock newBlock(String comment) {
        BasicBlock b = new BasicBlock(this, blocks.size(), comment);
        blocks.add(b);
        return b;
    }

    /** Removes the blocks not in keep and renumbers the rest; used when unreachable blocks are dropped. */
    public void retainBlocks(List<BasicBlock> keep) {
        blocks.retainAll(keep);
        for (int i = 0; i < blocks.size(); i++) blocks.get(i).setIndex(i);
    }

    @Override public Type type() { return signature; }
    @Override public String name() { return symbol; }
    @Override public List<Instruction> referrers() { return referrers; }
    @Override public String toString() { return symbol; }
}
