package llgo.ssa;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import llgo.frontend.syntax.Expr;
import llgo.frontend.syntax.Field;
import llgo.frontend.syntax.Pos;
import llgo.frontend.syntax.Stmt;
import llgo.frontend.types.Info;
import llgo.frontend.types.Obj;
import llgo.frontend.types.Type;

/**
 * Per-function building state (go/ssa's Function fields used while building, TinyGo's
 * per-function builder): the block being filled, where each local lives (an SSA register
 * resolved by {@link VarResolver}, or an address: Alloc, spilled parameter, FreeVar),
 * break/continue targets, labels, named results and the free variables captured from the
 * enclosing function. Statements and expressions are built by {@link StmtBuilder},
 * {@link ExprBuilder} and {@link CallBuilder}, which share this state.
 */
final class FunctionBuilder {
    final Builder pkg;
    final Info info;
    final Function fn;
    final FunctionBuilder outer;
    final Set<Obj.Var> escaping;
    final VarResolver vars = new VarResolver();
    final ExprBuilder expr = new ExprBuilder(this);
    final CallBuilder calls = new CallBuilder(this);
    final StmtBuilder stmt = new StmtBuilder(this);
    final EvalOrder order = new EvalOrder(this);

    private BasicBlock current;
    private final Map<Obj.Var, VarResolver.Variable> registers = new IdentityHashMap<>();
    private final Map<Obj.Var, Value> addresses = new IdentityHashMap<>();
    /** The outer-function variable each of fn.freeVars() stands for, in the same order. */
    final List<Obj.Var> captured = new ArrayList<>();
    /** The named results, or null when the results are unnamed. */
    List<Obj.Var> namedResults;
    boolean hasDefer;
    /** Locals kept in memory though they could be registers: named results of functions with defer. */
    private final Set<Obj.Var> inMemory = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private int anonCount;

    FunctionBuilder(Builder pkg, Function fn, FunctionBuilder outer, Set<Obj.Var> escaping) {
        this(pkg, outer != null ? outer.info : pkg.info, fn, outer, escaping);
    }

    /** @param info the checker's tables, or their view for an instance of a generic function ({@link SubstInfo}) */
    FunctionBuilder(Builder pkg, Info info, Function fn, FunctionBuilder outer, Set<Obj.Var> escaping) {
        this.pkg = pkg;
        this.info = info;
        this.fn = fn;
        this.outer = outer;
        this.escaping = escaping;
    }

    BasicBlock current() { return current; }

    void setCurrent(BasicBlock b) { current = b; }

    BasicBlock newBlock(String comment) { return fn.newBlock(comment); }

    /** Appends instr to the current block; after a terminator, code goes to a fresh unreachable block. */
    <I extends Instruction> I emit(I instr, Pos pos) {
        if (current.terminator() != null) {
            current = newBlock("unreachable");
            vars.seal(current);
        }
        if (pos != null) instr.setPos(pos);
        return current.add(instr);
    }

    void unsupported(Pos pos, String what) { pkg.diag.unsupported(pos, what); }

    String nextAnonSymbol() { return fn.symbol() + "$" + (++anonCount); }

    // ------------------------------------------------------------------ the function body

    /**
     * Builds the whole body: parameters, statements, the implicit return, then the finishing passes.
     * @param recv the receiver field of a method, or null
     */
    void build(Field recv, Expr.FuncType type, Stmt.Block body) {
        hasDefer = containsDefer(body);
        current = newBlock("entry");
        vars.seal(current);
        Type.Signature sig = fn.signature();
        List<Field> fields = new ArrayList<>();
        if (recv != null) fields.add(recv);
        fields.addAll(type.params());
        List<Obj.Var> paramVars = new ArrayList<>();
        if (sig.recv() != null) paramVars.add(sig.recv());
        paramVars.addAll(sig.params().vars());
        List<Obj.Var> declared = declaredVars(fields);
        for (int i = 0; i < paramVars.size(); i++) {
            Obj.Var pv = i < declared.size() && declared.get(i) != null ? declared.get(i) : paramVars.get(i);
            String name = pv.name().isEmpty() || pv.name().equals("_") ? "arg" + i : pv.name();
            Parameter p = new Parameter(name, pv.type(), pv);
            fn.params().add(p);
            if (!pv.name().isEmpty() && !pv.name().equals("_")) declareLocal(pv, p, pv.pos());
        }
        if (!sig.results().vars().isEmpty() && !sig.results().vars().get(0).name().isEmpty()) {
            namedResults = new ArrayList<>();
            List<Obj.Var> declaredResults = declaredVars(type.results());
            for (int i = 0; i < sig.results().size(); i++) {
                Obj.Var rv = i < declaredResults.size() && declaredResults.get(i) != null ? declaredResults.get(i) : sig.results().vars().get(i);
                namedResults.add(rv);
                // After a recovered panic the results are read from memory by the recover block (go/ssa does not lift them either).
                if (hasDefer) inMemory.add(rv);
                declareLocal(rv, null, rv.pos());
            }
        }
        stmt.block(body);
        if (current.terminator() == null) stmt.emitReturn(new ArrayList<>(), body.rbrace());
        if (hasDefer) buildRecoverBlock(body.rbrace());
        vars.sealAll(fn);
        Finisher.finish(this);
    }

    /** The target of a recovered panic: return the named results as they are now (zero for unnamed results). */
    private void buildRecoverBlock(Pos pos) {
        BasicBlock b = newBlock("recover");
        vars.seal(b);
        current = b;
        List<Value> results = new ArrayList<>();
        Type.Tuple rt = fn.signature().results();
        for (int i = 0; i < rt.size(); i++) results.add(namedResults != null ? readVar(namedResults.get(i), pos) : Const.zero(rt.type(i)));
        emit(new Instruction.Return(results), pos);
        fn.setRecover(b);
    }

    /** Whether a defer statement occurs in this function (not counting nested function literals). */
    private static boolean containsDefer(Stmt s) {
        if (s instanceof Stmt.Defer) return true;
        if (s instanceof Stmt.Block b) return b.stmts().stream().anyMatch(FunctionBuilder::containsDefer);
        if (s instanceof Stmt.Labeled l) return containsDefer(l.stmt());
        if (s instanceof Stmt.If i) return containsDefer(i.then()) || (i.els() != null && containsDefer(i.els()));
        if (s instanceof Stmt.For f) return containsDefer(f.body());
        if (s instanceof Stmt.Range r) return containsDefer(r.body());
        if (s instanceof Stmt.Switch w) return w.clauses().stream().anyMatch(FunctionBuilder::containsDefer);
        if (s instanceof Stmt.TypeSwitch w) return w.clauses().stream().anyMatch(FunctionBuilder::containsDefer);
        if (s instanceof Stmt.Select w) return w.clauses().stream().anyMatch(FunctionBuilder::containsDefer);
        if (s instanceof Stmt.CaseClause c) return c.body().stream().anyMatch(FunctionBuilder::containsDefer);
        if (s instanceof Stmt.CommClause c) return c.body().stream().anyMatch(FunctionBuilder::containsDefer);
        return false;
    }

    /** The Vars the checker declared for these fields' names (one per name; null for unnamed fields). */
    private List<Obj.Var> declaredVars(List<Field> fields) {
        List<Obj.Var> out = new ArrayList<>();
        for (Field f : fields) {
            if (f.names().isEmpty()) { out.add(null); continue; }
            for (Expr.Ident id : f.names()) out.add(info.defs.get(id) instanceof Obj.Var v ? v : null);
        }
        return out;
    }

    // ------------------------------------------------------------------ locals

    /** Declares a local; init null means the zero value. A blank result ({@code _}) is declared too: return reads it. */
    void declareLocal(Obj.Var v, Value init, Pos pos) {
        if (escaping.contains(v) || TypeFacts.isAggregate(v.type()) || inMemory.contains(v)) {
            Instruction.Alloc a = Emit.alloc(this, v.type(), escaping.contains(v), v.name(), pos);
            addresses.put(v, a);
            if (init != null) Emit.store(this, a, init, pos);
        } else {
            VarResolver.Variable r = new VarResolver.Variable(v.name(), v.type());
            registers.put(v, r);
            vars.write(r, current, init == null ? Const.zero(v.type()) : Emit.conv(this, init, v.type(), pos));
        }
    }

    boolean isRegister(Obj.Var v) { return registers.containsKey(v); }

    /** Writes a register local. Precondition: {@link #isRegister}(v). */
    void writeRegister(Obj.Var v, Value val, Pos pos) {
        vars.write(registers.get(v), current, Emit.conv(this, val, v.type(), pos));
    }

    /** Reads a variable of any kind: register, local or captured address, or package-level. */
    Value readVar(Obj.Var v, Pos pos) {
        VarResolver.Variable r = registers.get(v);
        if (r != null) return vars.read(r, current);
        Value addr = addressOf(v, pos);
        return addr == null ? Const.zero(v.type()) : Emit.load(this, addr, pos);
    }

    /**
     * The address of a variable kept in memory: a local Alloc, a FreeVar for a variable of an
     * enclosing function, or a package-level Global. Null (after reporting) if unknown.
     */
    Value addressOf(Obj.Var v, Pos pos) {
        Value a = addresses.get(v);
        if (a != null) return a;
        Global g = pkg.global(v);
        if (g != null) return g;
        if (outer != null && outer.knows(v)) {
            FreeVar fv = new FreeVar(v.name(), TypeFacts.pointer(v.type()));
            fn.freeVars().add(fv);
            captured.add(v);
            addresses.put(v, fv);
            return fv;
        }
        unsupported(pos, "reference to variable " + v.name() + " outside its function");
        return null;
    }

    private boolean knows(Obj.Var v) {
        return addresses.containsKey(v) || registers.containsKey(v) || (outer != null && outer.knows(v));
    }
}
