/*
 * Builds statement nodes (Go spec, "Statements") from the parse tree. The grammar parses
 * every if, for and switch header as a list of optional simple statements, as gc's
 * parser.header does; this class sorts them into init, condition, tag, post or range
 * clause and reports the header errors with gc's wording.
 */
package llgo.frontend.syntax;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

import llgo.frontend.syntax.GoParser.*;

final class StmtBuilder extends GoParserBaseVisitor<Stmt> {
    private final ExprBuilder exprs;
    private final SyntaxErrors errors;
    /** Builds local declarations; set once by the file builder. */
    DeclBuilder decls;
    /** Operator positions of simple statements, where gc reports "cannot use ... as value". */
    private final Map<Stmt, Pos> operatorPos = new IdentityHashMap<>();

    StmtBuilder(ExprBuilder exprs, SyntaxErrors errors) {
        this.exprs = exprs;
        this.errors = errors;
        exprs.stmts = this;
    }

    Stmt.Block block(BlockContext c) {
        if (c == null) return new Stmt.Block(Pos.NONE, List.of(), Pos.NONE);
        TerminalNode rb = c.RBRACE();
        Pos rbrace = rb != null && rb.getSymbol().getTokenIndex() >= 0 ? exprs.pos(rb) : exprs.pos(c.getStop());
        return new Stmt.Block(exprs.pos(c), statements(c.statementList()), rbrace);
    }

    private List<Stmt> statements(StatementListContext c) {
        List<Stmt> list = new ArrayList<>();
        if (c == null) return list;
        for (StatementContext s : c.statement()) list.add(stmt(s));
        return list;
    }

    /**
     * A statement abandoned by error recovery is Bad: its error is reported, and gc checks
     * nothing more in it, except that a go or defer whose operand is missing still gets
     * gc's callStmt error at the token where the operand should be.
     */
    private Stmt stmt(StatementContext c) {
        if (c.exception != null) {
            PrimaryExprContext operand = c instanceof GoStmtContext g ? g.primaryExpr()
                    : c instanceof DeferStmtContext d ? d.primaryExpr() : null;
            if ((c instanceof GoStmtContext || c instanceof DeferStmtContext)
                    && (operand == null || operand.operand() == null || operand.operand().exception != null)
                    && c.getStart() != null) {
                errors.error(exprs.pos(exprs.after(c.getStart())),
                        "expression in " + c.getStart().getText() + " must be function call");
            }
            return new Stmt.Bad(exprs.pos(c));
        }
        Stmt s = c.accept(this);
        return s != null ? s : new Stmt.Bad(exprs.pos(c));
    }

    @Override public Stmt visitDeclStmt(DeclStmtContext c) {
        Decl.Gen d = decls.declaration(c.declaration());
        return new Stmt.DeclStmt(d.pos(), d);
    }

    @Override public Stmt visitLabeledStmt(LabeledStmtContext c) {
        Expr.Ident label = exprs.ident(c.IDENTIFIER());
        if (c.statement() == null && c.COLON() != null) {
            // gc's labeledStmtOrNil: an empty statement needs its ';' unless a '}' follows
            int next = exprs.after(c.COLON().getSymbol()).getType();
            if (next != GoParser.SEMI && next != GoParser.RBRACE) {
                errors.syntaxError(exprs.pos(c.COLON()), "missing statement after label");
                return new Stmt.Bad(exprs.pos(c));
            }
        }
        Stmt s = c.statement() != null ? stmt(c.statement()) : new Stmt.Empty(exprs.pos(c.COLON()));
        return new Stmt.Labeled(label.pos(), label, s);
    }

    @Override public Stmt visitSimpleStatement(SimpleStatementContext c) {
        return simple(c.simpleStmt());
    }

    @Override public Stmt visitGoStmt(GoStmtContext c) {
        Expr.Call call = callOf("go", c.primaryExpr());
        return call == null ? new Stmt.Bad(exprs.pos(c)) : new Stmt.Go(exprs.pos(c), call);
    }

    @Override public Stmt visitDeferStmt(DeferStmtContext c) {
        Expr.Call call = callOf("defer", c.primaryExpr());
        return call == null ? new Stmt.Bad(exprs.pos(c)) : new Stmt.Defer(exprs.pos(c), call);
    }

    /**
     * gc's callStmt: the operand of go and defer, a primary expression as gc parses it,
     * must be a call, and not parenthesised.
     */
    private Expr.Call callOf(String keyword, PrimaryExprContext c) {
        Expr x = exprs.primary(c);
        if (x instanceof Expr.Paren) {
            errors.error(x.pos(), "expression in " + keyword + " must not be parenthesized");
            while (x instanceof Expr.Paren p) x = p.x();
        }
        if (x instanceof Expr.Call call) return call;
        if (x instanceof Expr.Bad) return null;
        errors.error(x.pos(), "expression in " + keyword + " must be function call");
        // as gc, the checker sees a call of the expression (the common error: parentheses missing)
        return new Expr.Call(x.pos(), x, List.of(), false, x.pos());
    }

    @Override public Stmt visitReturnStmt(ReturnStmtContext c) {
        return new Stmt.Return(exprs.pos(c), exprs.exprList(c.expressionList()));
    }

    @Override public Stmt visitBreakStmt(BreakStmtContext c) {
        return branch(c.getStart(), Stmt.BranchKind.BREAK, c.IDENTIFIER());
    }

    @Override public Stmt visitContinueStmt(ContinueStmtContext c) {
        return branch(c.getStart(), Stmt.BranchKind.CONTINUE, c.IDENTIFIER());
    }

    @Override public Stmt visitGotoStmt(GotoStmtContext c) {
        return branch(c.getStart(), Stmt.BranchKind.GOTO, c.IDENTIFIER());
    }

    @Override public Stmt visitFallthroughStmt(FallthroughStmtContext c) {
        return branch(c.getStart(), Stmt.BranchKind.FALLTHROUGH, null);
    }

    private Stmt branch(Token keyword, Stmt.BranchKind kind, TerminalNode label) {
        return new Stmt.Branch(exprs.pos(keyword), kind, label != null ? exprs.ident(label) : null);
    }

    @Override public Stmt visitBlockStmt(BlockStmtContext c) {
        return block(c.block());
    }

    @Override public Stmt visitIfStatement(IfStatementContext c) {
        return ifStmt(c.ifStmt());
    }

    // ---- simple statements ----

    Stmt simple(SimpleStmtContext c) {
        if (c == null) return null;
        List<Expr> lhs = exprs.exprList(c.expressionList());
        Pos p = lhs.isEmpty() ? exprs.pos(c) : lhs.get(0).pos();
        SimpleTailContext tail = c.simpleTail();
        if (tail == null) {
            if (lhs.size() != 1) {
                Token next = exprs.after(c);
                errors.syntaxError(exprs.pos(next), "unexpected " + TokenNames.describe(next)
                        + ", expecting := or = or comma");
                return new Stmt.Bad(p);
            }
            return new Stmt.ExprStmt(p, lhs.get(0));
        }
        if (tail instanceof AssignTailContext a) {
            Token opTok = a.assignOp().getStart();
            Op op = Ops.assign(opTok.getType());
            if (op != Op.ASSIGN && op != Op.DEFINE && lhs.size() != 1) {
                errors.syntaxError(exprs.pos(opTok), "unexpected " + TokenNames.describe(opTok)
                        + ", expecting := or = or comma");
            }
            return new Stmt.Assign(p, lhs, op, exprs.exprList(a.expressionList()), exprs.pos(opTok));
        }
        if (lhs.size() != 1) {
            errors.syntaxError(exprs.pos(tail), "unexpected " + TokenNames.describe(tail.getStart())
                    + ", expecting := or = or comma");
            return new Stmt.Bad(p);
        }
        Expr x = lhs.get(0);
        Stmt s = tail instanceof SendTailContext send ? new Stmt.Send(p, x, exprs.expr(send.expression()))
                : new Stmt.IncDec(p, x, tail instanceof IncTailContext ? Op.INC : Op.DEC);
        operatorPos.put(s, exprs.pos(tail));
        return s;
    }

    private Pos operatorPos(Stmt s) {
        if (s instanceof Stmt.Assign a) return a.opPos();
        return operatorPos.getOrDefault(s, s.pos());
    }

    // ---- if ----

    private Stmt ifStmt(IfStmtContext c) {
        Pos p = exprs.pos(c);
        IfHeaderContext h = c.ifHeader();
        Stmt init = simple(h.init);
        Expr cond;
        if (h.SEMI() == null) {
            cond = condition(init, "if", c.block());
            init = null;
        } else {
            if (h.cond == null) {
                Token semi = h.SEMI().getSymbol();
                if (semi.getText().equals("newline")) {
                    errors.syntaxError(exprs.pos(semi), "unexpected newline, expecting { after if clause");
                } else {
                    errors.syntaxError(exprs.pos(semi), "missing condition in if statement");
                }
                cond = new Expr.Bad(exprs.pos(semi));
            } else {
                cond = condition(simple(h.cond), "if", c.block());
            }
        }
        Stmt els = null;
        ElseBranchContext e = c.elseBranch();
        if (e != null) {
            els = e.ifStmt() != null ? ifStmt(e.ifStmt()) : block(e.block());
        }
        return new Stmt.If(p, init, cond, block(c.block()), els);
    }

    /** The condition of an if or for header: an expression statement's expression. */
    private Expr condition(Stmt s, String keyword, BlockContext body) {
        if (s == null) {
            Pos at = body != null ? exprs.pos(body) : Pos.NONE;
            if (keyword.equals("if")) errors.syntaxError(at, "missing condition in if statement");
            return new Expr.Bad(at);
        }
        if (s instanceof Stmt.ExprStmt e) return e.x();
        if (!(s instanceof Stmt.Bad)) {
            errors.syntaxError(operatorPos(s), "cannot use " + SourcePrinter.stmt(s) + " as value");
        }
        return new Expr.Bad(s.pos());
    }

    // ---- switch and select ----

    @Override public Stmt visitSwitchStmt(SwitchStmtContext c) {
        Pos p = exprs.pos(c);
        SwitchHeaderContext h = c.switchHeader();
        Stmt init = simple(h.init);
        Stmt tag = simple(h.tag);
        if (h.SEMI() == null) {
            tag = init;
            init = null;
        }
        List<Stmt.CaseClause> clauses = new ArrayList<>();
        for (CaseClauseContext cc : c.caseClause()) {
            List<Expr> list = cc.CASE() != null ? exprs.exprList(cc.expressionList()) : null;
            clauses.add(new Stmt.CaseClause(exprs.pos(cc), list, statements(cc.statementList())));
        }
        Pos rbrace = c.RBRACE() != null ? exprs.pos(c.RBRACE()) : exprs.pos(c.getStop());
        if (isTypeSwitchGuard(tag)) return new Stmt.TypeSwitch(p, init, tag, clauses, rbrace);
        Expr x = null;
        if (tag instanceof Stmt.ExprStmt e) {
            x = e.x();
        } else if (tag != null && !(tag instanceof Stmt.Bad)) {
            errors.syntaxError(operatorPos(tag), "cannot use " + SourcePrinter.stmt(tag) + " as value");
            x = new Expr.Bad(tag.pos());
        }
        return new Stmt.Switch(p, init, x, clauses, rbrace);
    }

    /** {@code x.(type)} or {@code v := x.(type)}. */
    private static boolean isTypeSwitchGuard(Stmt s) {
        if (s instanceof Stmt.ExprStmt e) return e.x() instanceof Expr.TypeAssert ta && ta.type() == null;
        if (s instanceof Stmt.Assign a) {
            return a.op() == Op.DEFINE && a.lhs().size() == 1 && a.lhs().get(0) instanceof Expr.Ident
                    && a.rhs().size() == 1 && a.rhs().get(0) instanceof Expr.TypeAssert ta && ta.type() == null;
        }
        return false;
    }

    @Override public Stmt visitSelectStmt(SelectStmtContext c) {
        List<Stmt.CommClause> clauses = new ArrayList<>();
        for (CommClauseContext cc : c.commClause()) {
            Stmt comm = cc.CASE() != null ? simple(cc.simpleStmt()) : null;
            clauses.add(new Stmt.CommClause(exprs.pos(cc), comm, statements(cc.statementList())));
        }
        return new Stmt.Select(exprs.pos(c), clauses);
    }

    // ---- for ----

    @Override public Stmt visitForStmt(ForStmtContext c) {
        Pos p = exprs.pos(c);
        ForHeaderContext h = c.forHeader();
        Stmt.Block body = block(c.block());
        RangeOrSimpleStmtContext first = h.init;
        if (first instanceof BareRangeContext r) {
            noSemicolons(h);
            return new Stmt.Range(p, null, null, null, null, exprs.expr(r.expression()), body);
        }
        if (first instanceof AssignRangeContext r) {
            noSemicolons(h);
            List<Expr> lhs = exprs.exprList(r.expressionList());
            Op op = r.op.getType() == GoParser.DEFINE ? Op.DEFINE : Op.ASSIGN;
            return new Stmt.Range(p, lhs.get(0), lhs.size() > 1 ? lhs.get(1) : null, lhs.size() > 2 ? lhs.get(2) : null,
                    op, exprs.expr(r.expression()), body);
        }
        Stmt init = first instanceof NotRangeContext n ? simple(n.simpleStmt()) : null;
        if (h.SEMI().isEmpty()) {
            Expr cond = init == null ? null : condition(init, "for", c.block());
            return new Stmt.For(p, null, cond, null, body);
        }
        Expr cond = h.cond == null ? null : condition(simple(h.cond), "for", c.block());
        Stmt post = simple(h.post);
        if (post instanceof Stmt.Assign a && a.op() == Op.DEFINE) {
            errors.syntaxError(a.opPos(), "cannot declare in post statement of for loop");
        }
        return new Stmt.For(p, init, cond, post, body);
    }

    private void noSemicolons(ForHeaderContext h) {
        if (!h.SEMI().isEmpty()) {
            errors.syntaxError(exprs.pos(h.SEMI(0)), "unexpected " + TokenNames.describe(h.SEMI(0).getSymbol())
                    + ", expecting { after for clause");
        }
    }
}
