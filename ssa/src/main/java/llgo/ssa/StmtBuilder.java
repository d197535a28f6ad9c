package llgo.ssa;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import llgo.frontend.constant.Value.Int;
import llgo.frontend.syntax.Decl;
import llgo.frontend.syntax.Expr;
import llgo.frontend.syntax.Op;
import llgo.frontend.syntax.Pos;
import llgo.frontend.syntax.Spec;
import llgo.frontend.syntax.Stmt;
import llgo.frontend.types.Basic;
import llgo.frontend.types.Obj;
import llgo.frontend.types.Type;

/**
 * Statements → blocks and instructions (Go spec: "Statements"; go/ssa builder.go's stmt,
 * assignStmt, forStmt, rangeStmt, switchStmt, typeSwitchStmt, selectStmt). Each block is
 * sealed for {@link VarResolver} as soon as all its predecessors exist: a loop header
 * after its back edges, a label reached by goto at the end of the function.
 */
final class StmtBuilder {
    private final FunctionBuilder fb;

    /** The innermost break/continue/fallthrough targets (go/ssa's targets). */
    private record Targets(Targets tail, BasicBlock brk, BasicBlock cont, BasicBlock fallthrough) {}

    /** The blocks a label stands for. */
    private static final class LabelBlocks {
        BasicBlock target, brk, cont;
    }

    private Targets targets;
    private final Map<Obj.Label, LabelBlocks> labels = new IdentityHashMap<>();

    StmtBuilder(FunctionBuilder fb) { this.fb = fb; }

    void block(Stmt.Block b) { for (Stmt s : b.stmts()) stmt(s); }

    private void startSealed(BasicBlock b) {
        fb.vars.seal(b);
        fb.setCurrent(b);
    }

    private void start(BasicBlock b) { fb.setCurrent(b); }

    void stmt(Stmt s) {
        if (s == null || s instanceof Stmt.Empty) return;
        buildStmt(s);
        fb.order.checkAllTaken(s);
    }

    private void buildStmt(Stmt s) {
        if (s instanceof Stmt.Block b) block(b);
        else if (s instanceof Stmt.ExprStmt e) fb.expr.ordered(e.x());
        else if (s instanceof Stmt.DeclStmt d) decl(d.decl());
        else if (s instanceof Stmt.Assign a) assign(a);
        else if (s instanceof Stmt.IncDec i) {
            fb.order.hoistOperands(i.x());
            LValue lv = fb.expr.lvalue(i.x());
            Value one = Emit.constant(new Const(TypeFacts.INT, new Int(BigInteger.ONE)), lv.type());
            lv.store(fb, Emit.arith(fb, i.op() == Op.INC ? Op.ADD : Op.SUB, lv.load(fb, i.pos()), one, lv.type(), i.pos()), i.pos());
        } else if (s instanceof Stmt.Send x) {
            fb.order.hoistAll(List.of(x.chan(), x.value()));
            Value ch = fb.expr.value(x.chan());
            Type elem = ((Type.Chan) ch.type().underlying()).elem();
            fb.emit(new Instruction.Send(ch, fb.expr.valueAs(x.value(), elem)), x.pos());
        } else if (s instanceof Stmt.Return r) returnStmt(r);
        else if (s instanceof Stmt.If i) ifStmt(i);
        else if (s instanceof Stmt.For f) forStmt(f, null);
        else if (s instanceof Stmt.Range r) rangeStmt(r, null);
        else if (s instanceof Stmt.Switch w) switchStmt(w, null);
        else if (s instanceof Stmt.TypeSwitch w) typeSwitch(w, null);
        else if (s instanceof Stmt.Select x) selectStmt(x, null);
        else if (s instanceof Stmt.Labeled l) labeled(l);
        else if (s instanceof Stmt.Branch b) branch(b);
        else if (s instanceof Stmt.Go g) goOrDefer(g.call(), true, g.pos());
        else if (s instanceof Stmt.Defer d) goOrDefer(d.call(), false, d.pos());
        else fb.unsupported(s.pos(), "statement " + s.getClass().getSimpleName());
    }

    // ------------------------------------------------------------------ declarations and assignments

    private void decl(Decl.Gen d) {
        if (d.keyword() != Decl.Keyword.VAR) return;   // constants are folded; local types need no code
        for (Spec sp : d.specs()) {
            if (!(sp instanceof Spec.Value v)) continue;
            List<Obj.Var> vars = new ArrayList<>();
            for (Expr.Ident id : v.names()) vars.add(fb.info.defs.get(id) instanceof Obj.Var x ? x : null);
            if (v.values().isEmpty()) {
                for (Obj.Var x : vars) if (x != null) fb.declareLocal(x, null, v.pos());
                continue;
            }
            // gc declares var a, b = x, y as a = x; b = y, each ordered alone (noder's varDecl)
            if (v.values().size() > 1) {
                for (int i = 0; i < vars.size(); i++) {
                    Value val = fb.expr.ordered(v.values().get(i));
                    if (vars.get(i) != null) fb.declareLocal(vars.get(i), val, v.pos());
                }
                continue;
            }
            List<Value> vals = rhsValues(v.values(), vars.size(), v.pos());
            for (int i = 0; i < vars.size(); i++) if (vars.get(i) != null) fb.declareLocal(vars.get(i), vals.get(i), v.pos());
        }
    }

    /**
     * The n values of a right-hand side: n expressions, or one multi-valued call or comma-ok
     * expression; their calls, receives and logical operators first, in order (EvalOrder).
     */
    List<Value> rhsValues(List<Expr> rhs, int n, Pos pos) {
        hoistRhs(rhs, n);
        List<Value> out = new ArrayList<>();
        if (rhs.size() == n) {
            for (Expr e : rhs) out.add(fb.expr.value(e));
            return out;
        }
        Expr e = ExprBuilder.unparen(rhs.get(0));
        Value tuple = e instanceof Expr.Call ? fb.expr.value(e) : fb.expr.commaOk(e);
        for (int i = 0; i < n; i++) out.add(Emit.extract(fb, tuple, i, pos));
        return out;
    }

    /** Hoists the calls, receives and logical operators of a right-hand side of n values (not a comma-ok expression itself). */
    private void hoistRhs(List<Expr> rhs, int n) {
        if (rhs.size() == n || ExprBuilder.unparen(rhs.get(0)) instanceof Expr.Call) fb.order.hoistAll(rhs);
        else fb.order.hoistOperands(rhs.get(0));
    }

    private void assign(Stmt.Assign a) {
        Pos pos = a.opPos();
        if (a.op() == Op.DEFINE) {
            List<Value> vals = rhsValues(a.rhs(), a.lhs().size(), pos);
            for (int i = 0; i < a.lhs().size(); i++) {
                Expr.Ident id = (Expr.Ident) a.lhs().get(i);
                Obj def = fb.info.defs.get(id);
                if (def instanceof Obj.Var v) fb.declareLocal(v, vals.get(i), pos);
                else if (!id.isBlank()) fb.expr.lvalue(id).store(fb, vals.get(i), pos);   // redeclared: plain assignment
            }
            return;
        }
        for (Expr l : a.lhs()) fb.order.hoistOperands(l);
        if (a.op() != Op.ASSIGN) {
            fb.order.hoist(a.rhs().get(0));
            LValue lv = fb.expr.lvalue(a.lhs().get(0));
            Value x = lv.load(fb, pos);
            Value y = fb.expr.value(a.rhs().get(0));
            lv.store(fb, Emit.arith(fb, a.op().binaryOfAssign(), x, y, lv.type(), pos), pos);
            return;
        }
        hoistRhs(a.rhs(), a.lhs().size());
        if (a.lhs().size() == 1) {
            // gc (ssagen's OAS): the right side first, then the destination's address and checks
            Value v = fb.expr.value(a.rhs().get(0));
            fb.expr.lvalue(a.lhs().get(0)).store(fb, v, pos);
            return;
        }
        List<LValue> lvs = new ArrayList<>();
        for (Expr l : a.lhs()) lvs.add(fb.expr.lateLvalue(l));
        List<Value> vals = rhsValues(a.rhs(), lvs.size(), pos);
        for (int i = 0; i < lvs.size(); i++) lvs.get(i).store(fb, vals.get(i), pos);
    }

    // ------------------------------------------------------------------ control flow

    void emitReturn(List<Value> results, Pos pos) {
        if (fb.namedResults != null && results.isEmpty() && !fb.namedResults.isEmpty()) {
            if (fb.hasDefer) fb.emit(new Instruction.RunDefers(), pos);
            for (Obj.Var r : fb.namedResults) results.add(fb.readVar(r, pos));
            fb.emit(new Instruction.Return(results), pos);
            return;
        }
        if (fb.namedResults != null && fb.hasDefer) {
            // Deferred calls may read or change the named results: store, run them, reload.
            for (int i = 0; i < results.size(); i++) assignVar(fb.namedResults.get(i), results.get(i), pos);
            fb.emit(new Instruction.RunDefers(), pos);
            List<Value> reloaded = new ArrayList<>();
            for (Obj.Var r : fb.namedResults) reloaded.add(fb.readVar(r, pos));
            fb.emit(new Instruction.Return(reloaded), pos);
            return;
        }
        if (fb.hasDefer) fb.emit(new Instruction.RunDefers(), pos);
        Type.Tuple rt = fb.fn.signature().results();
        List<Value> conv = new ArrayList<>();
        for (int i = 0; i < rt.size(); i++) conv.add(i < results.size() ? Emit.conv(fb, results.get(i), rt.type(i), pos) : Const.zero(rt.type(i)));
        fb.emit(new Instruction.Return(conv), pos);
    }

    private void assignVar(Obj.Var v, Value val, Pos pos) {
        if (fb.isRegister(v)) fb.writeRegister(v, val, pos);
        else Emit.store(fb, fb.addressOf(v, pos), val, pos);
    }

    private void returnStmt(Stmt.Return r) {
        List<Value> vals = r.results().isEmpty() ? new ArrayList<>()
                : rhsValues(r.results(), fb.fn.signature().results().size(), r.pos());
        emitReturn(new ArrayList<>(vals), r.pos());
    }

    private void ifStmt(Stmt.If s) {
        stmt(s.init());
        BasicBlock then = fb.newBlock("if.then");
        BasicBlock done = fb.newBlock("if.done");
        BasicBlock els = s.els() == null ? done : fb.newBlock("if.else");
        fb.expr.cond(s.cond(), then, els);
        startSealed(then);
        block(s.then());
        Emit.jump(fb, done, s.pos());
        if (s.els() != null) {
            startSealed(els);
            stmt(s.els());
            Emit.jump(fb, done, s.pos());
        }
        startSealed(done);
    }

    private void forStmt(Stmt.For s, LabelBlocks label) {
        stmt(s.init());
        BasicBlock body = fb.newBlock("for.body");
        BasicBlock done = fb.newBlock("for.done");
        BasicBlock loop = fb.newBlock("for.loop");
        BasicBlock cont = s.post() != null ? fb.newBlock("for.post") : loop;
        Emit.jump(fb, loop, s.pos());
        start(loop);
        if (s.cond() != null) fb.expr.cond(s.cond(), body, done);
        else Emit.jump(fb, body, s.pos());
        startSealed(body);
        loopBody(s.body(), done, cont, label);
        Emit.jump(fb, cont, s.pos());
        if (s.post() != null) {
            startSealed(cont);
            stmt(s.post());
            Emit.jump(fb, loop, s.pos());
        }
        fb.vars.seal(loop);
        startSealed(done);
    }

    private void loopBody(Stmt.Block body, BasicBlock brk, BasicBlock cont, LabelBlocks label) {
        if (label != null) { label.brk = brk; label.cont = cont; }
        targets = new Targets(targets, brk, cont, null);
        block(body);
        targets = targets.tail();
    }

    // ------------------------------------------------------------------ range

    private void rangeStmt(Stmt.Range s, LabelBlocks label) {
        Type xt = fb.expr.typeOf(s.x()).underlying();
        if (xt instanceof Type.Pointer p) xt = p.elem().underlying();
        if (xt instanceof Type.Slice || xt instanceof Type.Array) rangeIndexed(s, label);
        else if (xt instanceof Type.Chan) rangeChan(s, label);
        else if (xt instanceof Basic b && b.isString() || xt instanceof Type.Map) rangeIter(s, label, xt instanceof Basic);
        else fb.unsupported(s.pos(), "range over " + xt);
    }

    /**
     * Declares the iteration variables of a range statement with := once, before the loop
     * (Go 1.19: one variable for all iterations), and returns their locations; null entries
     * are absent or blank. Returns null for a range statement with =, whose operands are
     * evaluated in each iteration ({@link #rangeTargets}).
     */
    private List<LValue> declareRangeVars(Stmt.Range s) {
        if (s.op() != Op.DEFINE) return null;
        List<LValue> out = new ArrayList<>();
        for (Expr e : new Expr[] { s.key(), s.value() }) {
            if (e == null || (e instanceof Expr.Ident id && id.isBlank())) { out.add(null); continue; }
            Obj.Var v = (Obj.Var) fb.info.defs.get((Expr.Ident) e);
            fb.declareLocal(v, null, e.pos());
            out.add(fb.isRegister(v) ? new LValue.Register(v) : new LValue.Address(fb.addressOf(v, e.pos())));
        }
        return out;
    }

    /**
     * The key and value locations for one iteration: the declared variables, or with = the
     * left-hand operands evaluated anew, as each iteration assigns "as in an assignment
     * statement" (Go spec "For statements with range clause"), so {@code *f() = range x}
     * calls f once per iteration. Null entries are absent or blank.
     */
    private List<LValue> rangeTargets(Stmt.Range s, List<LValue> declared) {
        if (declared != null) return declared;
        List<LValue> out = new ArrayList<>();
        for (Expr e : new Expr[] { s.key(), s.value() }) {
            out.add(e == null || (e instanceof Expr.Ident id && id.isBlank()) ? null : fb.expr.lvalue(e));
        }
        return out;
    }

    private void rangeIndexed(Stmt.Range s, LabelBlocks label) {
        Pos pos = s.pos();
        Type xt = fb.expr.typeOf(s.x());
        Type u = xt.underlying();
        boolean viaPtr = u instanceof Type.Pointer;
        Type arr = viaPtr ? TypeFacts.deref(xt).underlying() : u;
        Value x = null;
        Value length;
        if (arr instanceof Type.Array a && (s.value() == null || s.value() instanceof Expr.Ident id && id.isBlank())
                && (!viaPtr || !hasCallOrReceive(s.x()))) {
            // Go spec: with at most one iteration variable, x is evaluated only if len(x) is not constant.
            if (hasCallOrReceive(s.x())) fb.expr.value(s.x());
            length = new Const(TypeFacts.INT, new Int(BigInteger.valueOf(a.len())));
        } else {
            if (arr instanceof Type.Array && !viaPtr) {
                // The range expression is evaluated once, and an array is copied (Go spec: "For statements with range clause").
                Value copy = Emit.alloc(fb, xt, false, "rangearray", pos);
                Emit.store(fb, copy, fb.expr.value(s.x()), pos);
                x = copy;
            } else {
                x = fb.expr.value(s.x());
            }
            length = arr instanceof Type.Array a ? new Const(TypeFacts.INT, new Int(BigInteger.valueOf(a.len())))
                    : fb.emit(lenCall(x), pos);
        }
        List<LValue> declared = declareRangeVars(s);
        VarResolver.Variable index = new VarResolver.Variable("rangeindex", TypeFacts.INT);
        fb.vars.write(index, fb.current(), new Const(TypeFacts.INT, new Int(BigInteger.valueOf(-1))));
        BasicBlock loop = fb.newBlock("rangeindex.loop");
        BasicBlock body = fb.newBlock("rangeindex.body");
        BasicBlock done = fb.newBlock("rangeindex.done");
        Emit.jump(fb, loop, pos);
        start(loop);
        Value next = Emit.arith(fb, Op.ADD, fb.vars.read(index, loop), new Const(TypeFacts.INT, new Int(BigInteger.ONE)), TypeFacts.INT, pos);
        fb.vars.write(index, loop, next);
        Emit.ifThenElse(fb, Emit.compare(fb, Op.LSS, next, length, TypeFacts.BOOL, pos), body, done, pos);
        startSealed(body);
        List<LValue> lvs = rangeTargets(s, declared);
        if (lvs.get(0) != null) lvs.get(0).store(fb, next, pos);
        if (lvs.get(1) != null) lvs.get(1).store(fb, Emit.load(fb, Emit.indexAddr(fb, x, next, pos), pos), pos);
        loopBody(s.body(), done, loop, label);
        Emit.jump(fb, loop, pos);
        fb.vars.seal(loop);
        startSealed(done);
    }

    /** Whether e contains a function call or a channel receive (which make len(e) non-constant; Go spec "Length and capacity"). */
    private static boolean hasCallOrReceive(Expr e) {
        if (e == null) return false;
        if (e instanceof Expr.Call || e instanceof Expr.Unary u && u.op() == Op.ARROW) return true;
        if (e instanceof Expr.Paren p) return hasCallOrReceive(p.x());
        if (e instanceof Expr.Selector x) return hasCallOrReceive(x.x());
        if (e instanceof Expr.Index i) return hasCallOrReceive(i.x()) || i.indices().stream().anyMatch(StmtBuilder::hasCallOrReceive);
        if (e instanceof Expr.Star x) return hasCallOrReceive(x.x());
        if (e instanceof Expr.Unary u) return hasCallOrReceive(u.x());
        if (e instanceof Expr.Binary b) return hasCallOrReceive(b.x()) || hasCallOrReceive(b.y());
        if (e instanceof Expr.CompositeLit c) return c.elts().stream().anyMatch(StmtBuilder::hasCallOrReceive);
        if (e instanceof Expr.KeyValue kv) return hasCallOrReceive(kv.key()) || hasCallOrReceive(kv.value());
        if (e instanceof Expr.TypeAssert t) return hasCallOrReceive(t.x());
        if (e instanceof Expr.Slice x) return hasCallOrReceive(x.x()) || hasCallOrReceive(x.lo()) || hasCallOrReceive(x.hi()) || hasCallOrReceive(x.max());
        return false;
    }

    private Instruction.Call lenCall(Value x) {
        Type.Signature sig = TypeFacts.signature(List.of(x.type()), TypeFacts.INT, false);
        return new Instruction.Call(TypeFacts.INT, new Builtin(Obj.Builtin.Id.LEN, "len", sig), null, List.of(x), sig);
    }

    private void rangeChan(Stmt.Range s, LabelBlocks label) {
        Pos pos = s.pos();
        Value ch = fb.expr.value(s.x());
        Type elem = ((Type.Chan) ch.type().underlying()).elem();
        List<LValue> declared = declareRangeVars(s);
        BasicBlock loop = fb.newBlock("rangechan.loop");
        BasicBlock body = fb.newBlock("rangechan.body");
        BasicBlock done = fb.newBlock("rangechan.done");
        Emit.jump(fb, loop, pos);
        start(loop);
        Value r = fb.emit(new Instruction.UnOp(TypeFacts.tuple(List.of(elem, TypeFacts.BOOL)), Op.ARROW, ch, true), pos);
        Emit.ifThenElse(fb, Emit.extract(fb, r, 1, pos), body, done, pos);
        startSealed(body);
        List<LValue> lvs = rangeTargets(s, declared);
        if (lvs.get(0) != null) lvs.get(0).store(fb, Emit.extract(fb, r, 0, pos), pos);
        loopBody(s.body(), done, loop, label);
        Emit.jump(fb, loop, pos);
        fb.vars.seal(loop);
        startSealed(done);
    }

    /** Strings and maps: a {@link Instruction.Range} iterator advanced by {@link Instruction.Next}. */
    private void rangeIter(Stmt.Range s, LabelBlocks label, boolean isString) {
        Pos pos = s.pos();
        Value x = fb.expr.value(s.x());
        Type k, v;
        if (isString) { k = TypeFacts.INT; v = TypeFacts.INT32; }
        else { Type.Map m = (Type.Map) x.type().underlying(); k = m.key(); v = m.elem(); }
        List<LValue> declared = declareRangeVars(s);
        Value iter = fb.emit(new Instruction.Range(Basic.INVALID, x), pos);
        BasicBlock loop = fb.newBlock("rangeiter.loop");
        BasicBlock body = fb.newBlock("rangeiter.body");
        BasicBlock done = fb.newBlock("rangeiter.done");
        Emit.jump(fb, loop, pos);
        start(loop);
        Value next = fb.emit(new Instruction.Next(TypeFacts.tuple(List.of(TypeFacts.BOOL, k, v)), iter, isString), pos);
        Emit.ifThenElse(fb, Emit.extract(fb, next, 0, pos), body, done, pos);
        startSealed(body);
        List<LValue> lvs = rangeTargets(s, declared);
        if (lvs.get(0) != null) lvs.get(0).store(fb, Emit.extract(fb, next, 1, pos), pos);
        if (lvs.get(1) != null) lvs.get(1).store(fb, Emit.extract(fb, next, 2, pos), pos);
        loopBody(s.body(), done, loop, label);
        Emit.jump(fb, loop, pos);
        fb.vars.seal(loop);
        startSealed(done);
    }

    // ------------------------------------------------------------------ switches

    private void switchStmt(Stmt.Switch s, LabelBlocks label) {
        stmt(s.init());
        Value tag = s.tag() == null ? new Const(TypeFacts.BOOL, new llgo.frontend.constant.Value.Bool(true)) : fb.expr.ordered(s.tag());
        BasicBlock done = fb.newBlock("switch.done");
        if (label != null) label.brk = done;
        List<Stmt.CaseClause> cs = s.clauses();
        BasicBlock[] bodies = new BasicBlock[cs.size()];
        for (int i = 0; i < cs.size(); i++) bodies[i] = fb.newBlock(cs.get(i).list() == null ? "switch.default" : "switch.body");
        int dflt = -1;
        for (int i = 0; i < cs.size(); i++) {
            Stmt.CaseClause c = cs.get(i);
            if (c.list() == null) { dflt = i; continue; }
            for (Expr e : c.list()) {
                BasicBlock next = fb.newBlock("switch.next");
                Value v = fb.expr.ordered(e);
                Value eq = s.tag() == null ? Emit.conv(fb, v, TypeFacts.BOOL, e.pos()) : Emit.compare(fb, Op.EQL, tag, v, TypeFacts.BOOL, e.pos());
                Emit.ifThenElse(fb, eq, bodies[i], next, e.pos());
                startSealed(next);
            }
        }
        Emit.jump(fb, dflt >= 0 ? bodies[dflt] : done, s.pos());
        for (int i = 0; i < cs.size(); i++) {
            // A body is entered from its tests and, by fallthrough, from the previous body: seal after that one.
            start(bodies[i]);
            if (i == 0 || !endsInFallthrough(cs.get(i - 1))) fb.vars.seal(bodies[i]);
            targets = new Targets(targets, done, null, i + 1 < cs.size() ? bodies[i + 1] : null);
            for (Stmt st : cs.get(i).body()) stmt(st);
            targets = targets.tail();
            Emit.jump(fb, done, s.pos());
            if (i + 1 < cs.size() && endsInFallthrough(cs.get(i))) fb.vars.seal(bodies[i + 1]);
        }
        startSealed(done);
    }

    private static boolean endsInFallthrough(Stmt.CaseClause c) {
        return !c.body().isEmpty() && c.body().get(c.body().size() - 1) instanceof Stmt.Branch b
                && b.kind() == Stmt.BranchKind.FALLTHROUGH;
    }

    private void typeSwitch(Stmt.TypeSwitch s, LabelBlocks label) {
        stmt(s.init());
        Expr.TypeAssert ta;
        if (s.assign() instanceof Stmt.Assign a) ta = (Expr.TypeAssert) ExprBuilder.unparen(a.rhs().get(0));
        else ta = (Expr.TypeAssert) ExprBuilder.unparen(((Stmt.ExprStmt) s.assign()).x());
        Value x = fb.expr.value(ta.x());
        BasicBlock done = fb.newBlock("typeswitch.done");
        if (label != null) label.brk = done;
        Stmt.CaseClause dflt = null;
        for (Stmt.CaseClause c : s.clauses()) {
            if (c.list() == null) { dflt = c; continue; }
            BasicBlock body = fb.newBlock("typeswitch.body");
            Value single = null;
            for (Expr e : c.list()) {
                BasicBlock next = fb.newBlock("typeswitch.next");
                Type t = fb.expr.typeOf(e);
                Value ok;
                if (t instanceof Basic b && b.kind() == Basic.Kind.UNTYPED_NIL) {
                    ok = Emit.compare(fb, Op.EQL, x, Const.zero(x.type()), TypeFacts.BOOL, e.pos());
                } else {
                    Value r = fb.emit(new Instruction.TypeAssert(TypeFacts.tuple(List.of(t, TypeFacts.BOOL)), x, t, true), e.pos());
                    ok = Emit.extract(fb, r, 1, e.pos());
                    if (c.list().size() == 1) single = Emit.extract(fb, r, 0, e.pos());
                }
                Emit.ifThenElse(fb, ok, body, next, e.pos());
                startSealed(next);
            }
            BasicBlock afterTests = fb.current();
            startSealed(body);
            caseBody(c, single != null ? single : x, done);
            start(afterTests);
        }
        if (dflt != null) {
            BasicBlock body = fb.newBlock("typeswitch.default");
            Emit.jump(fb, body, s.pos());
            startSealed(body);
            caseBody(dflt, x, done);
        } else {
            Emit.jump(fb, done, s.pos());
        }
        startSealed(done);
    }

    private void caseBody(Stmt.CaseClause c, Value bound, BasicBlock done) {
        if (fb.info.implicits.get(c) instanceof Obj.Var v) fb.declareLocal(v, bound, c.pos());
        targets = new Targets(targets, done, null, null);
        for (Stmt st : c.body()) stmt(st);
        targets = targets.tail();
        Emit.jump(fb, done, c.pos());
    }

    // ------------------------------------------------------------------ select

    /** The channel operand of a receive {@code <-ch} in a comm clause (possibly parenthesised). */
    private static Expr receivedChan(Expr e) {
        return ((Expr.Unary) ExprBuilder.unparen(e)).x();
    }

    /**
     * One {@link Instruction.Select} over all communications, then a chain of tests of the
     * chosen index (-1 for default) leading to the clause bodies.
     */
    private void selectStmt(Stmt.Select s, LabelBlocks label) {
        Pos pos = s.pos();
        List<Type.ChanDir> dirs = new ArrayList<>();
        List<Value> ops = new ArrayList<>();
        List<Type> tupleTypes = new ArrayList<>(List.of(TypeFacts.INT, TypeFacts.BOOL));
        Stmt.CommClause dflt = null;
        for (Stmt.CommClause c : s.clauses()) {
            Stmt comm = c.comm();
            if (comm == null) { dflt = c; continue; }
            if (comm instanceof Stmt.Send send) {
                Value ch = fb.expr.value(send.chan());
                dirs.add(Type.ChanDir.SEND);
                ops.add(ch);
                ops.add(fb.expr.valueAs(send.value(), ((Type.Chan) ch.type().underlying()).elem()));
            } else {
                Expr rx = comm instanceof Stmt.ExprStmt es ? es.x() : ((Stmt.Assign) comm).rhs().get(0);
                Value ch = fb.expr.value(receivedChan(rx));
                dirs.add(Type.ChanDir.RECV);
                ops.add(ch);
                ops.add(null);
                tupleTypes.add(((Type.Chan) ch.type().underlying()).elem());
            }
        }
        Value sel = fb.emit(new Instruction.Select(TypeFacts.tuple(tupleTypes), dirs, ops, dflt == null), pos);
        Value index = Emit.extract(fb, sel, 0, pos);
        BasicBlock done = fb.newBlock("select.done");
        if (label != null) label.brk = done;
        int state = 0, recv = 0;
        for (Stmt.CommClause c : s.clauses()) {
            if (c.comm() == null) continue;
            BasicBlock body = fb.newBlock("select.body");
            BasicBlock next = fb.newBlock("select.next");
            Value is = Emit.compare(fb, Op.EQL, index, new Const(TypeFacts.INT, new Int(BigInteger.valueOf(state))), TypeFacts.BOOL, c.pos());
            Emit.ifThenElse(fb, is, body, next, c.pos());
            startSealed(body);
            if (c.comm() instanceof Stmt.Assign a) {
                List<Value> got = new ArrayList<>(List.of(Emit.extract(fb, sel, 2 + recv, c.pos())));
                if (a.lhs().size() > 1) got.add(Emit.extract(fb, sel, 1, c.pos()));
                for (int i = 0; i < a.lhs().size(); i++) {
                    Expr l = a.lhs().get(i);
                    if (a.op() == Op.DEFINE) {
                        if (fb.info.defs.get((Expr.Ident) l) instanceof Obj.Var v) fb.declareLocal(v, got.get(i), l.pos());
                    } else {
                        fb.expr.lvalue(l).store(fb, got.get(i), l.pos());
                    }
                }
            }
            if (!(c.comm() instanceof Stmt.Send)) recv++;
            targets = new Targets(targets, done, null, null);
            for (Stmt st : c.body()) stmt(st);
            targets = targets.tail();
            Emit.jump(fb, done, c.pos());
            startSealed(next);
            state++;
        }
        if (dflt != null) {
            targets = new Targets(targets, done, null, null);
            for (Stmt st : dflt.body()) stmt(st);
            targets = targets.tail();
        }
        Emit.jump(fb, done, pos);
        startSealed(done);
    }

    // ------------------------------------------------------------------ labels and branches

    private LabelBlocks label(Expr.Ident id) {
        Obj o = fb.info.objectOf(id);
        Obj.Label l = o instanceof Obj.Label x ? x : null;
        return labels.computeIfAbsent(l, k -> new LabelBlocks());
    }

    private void labeled(Stmt.Labeled l) {
        LabelBlocks lb = label(l.label());
        if (lb.target == null) lb.target = fb.newBlock("label." + l.label().name());
        Emit.jump(fb, lb.target, l.pos());
        start(lb.target);   // sealed at the end of the function: goto may jump here from anywhere
        Stmt s = l.stmt();
        if (s instanceof Stmt.For f) forStmt(f, lb);
        else if (s instanceof Stmt.Range r) rangeStmt(r, lb);
        else if (s instanceof Stmt.Switch w) switchStmt(w, lb);
        else if (s instanceof Stmt.TypeSwitch w) typeSwitch(w, lb);
        else if (s instanceof Stmt.Select x) selectStmt(x, lb);
        else stmt(s);
    }

    private void branch(Stmt.Branch b) {
        BasicBlock to = null;
        switch (b.kind()) {
            case BREAK -> to = b.label() != null ? label(b.label()).brk : targets == null ? null : targets.brk();
            case CONTINUE -> {
                if (b.label() != null) to = label(b.label()).cont;
                else for (Targets t = targets; t != null && to == null; t = t.tail()) to = t.cont();
            }
            case FALLTHROUGH -> to = targets == null ? null : targets.fallthrough();
            case GOTO -> {
                LabelBlocks lb = label(b.label());
                if (lb.target == null) lb.target = fb.newBlock("label." + b.label().name());
                to = lb.target;
            }
        }
        if (to == null) {
            fb.unsupported(b.pos(), b.kind().name().toLowerCase() + " here");
            return;
        }
        Emit.jump(fb, to, b.pos());
    }

    // ------------------------------------------------------------------ go and defer

    private void goOrDefer(Expr.Call call, boolean isGo, Pos pos) {
        fb.order.hoistOperands(call);
        Instruction.Call c = fb.calls.prepare(call);
        if (c == null) return;
        c.setPos(call.pos());
        if (isGo) fb.emit(new Instruction.Go(c), pos);
        else {
            fb.hasDefer = true;
            fb.emit(new Instruction.Defer(c), pos);
        }
    }
}
