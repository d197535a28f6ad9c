package llgo.frontend.syntax;

import java.util.List;

/** Statements (Go spec: "Statements"). A null child means "absent". */
public sealed interface Stmt extends Node {

    record Bad(Pos pos) implements Stmt {}

    /** A declaration inside a function body: const, var or type. */
    record DeclStmt(Pos pos, Decl.Gen decl) implements Stmt {}

    record Empty(Pos pos) implements Stmt {}

    record Labeled(Pos pos, Expr.Ident label, Stmt stmt) implements Stmt {}

    record ExprStmt(Pos pos, Expr x) implements Stmt {}

    record Send(Pos pos, Expr chan, Expr value) implements Stmt {}

    /** {@code x++} or {@code x--}; op is INC or DEC. */
    record IncDec(Pos pos, Expr x, Op op) implements Stmt {}

    /** {@code lhs op rhs} with op one of = := += -= ...; opPos is the position of the operator. */
    record Assign(Pos pos, List<Expr> lhs, Op op, List<Expr> rhs, Pos opPos) implements Stmt {}

    record Go(Pos pos, Expr.Call call) implements Stmt {}

    record Defer(Pos pos, Expr.Call call) implements Stmt {}

    record Return(Pos pos, List<Expr> results) implements Stmt {}

    enum BranchKind { BREAK, CONTINUE, GOTO, FALLTHROUGH }

    record Branch(Pos pos, BranchKind kind, Expr.Ident label) implements Stmt {}

    /** {@code { stmts }}; rbrace is the position of the closing brace. */
    record Block(Pos pos, List<Stmt> stmts, Pos rbrace) implements Stmt {}

    /** {@code if init; cond then else}; else is a Block or an If, or null. */
    record If(Pos pos, Stmt init, Expr cond, Block then, Stmt els) implements Stmt {}

    /** A case of an expression or type switch; list is null for {@code default}. */
    record CaseClause(Pos pos, List<Expr> list, List<Stmt> body) implements Stmt {}

    /** {@code switch init; tag { clauses }}; tag null means {@code switch true}. */
    record Switch(Pos pos, Stmt init, Expr tag, List<CaseClause> clauses, Pos rbrace) implements Stmt {}

    /** {@code switch init; x := y.(type) { clauses }}; assign is an ExprStmt or an Assign with :=. */
    record TypeSwitch(Pos pos, Stmt init, Stmt assign, List<CaseClause> clauses, Pos rbrace) implements Stmt {}

    /** A case of a select; comm is a Send, an ExprStmt or an Assign receiving, or null for default. */
    record CommClause(Pos pos, Stmt comm, List<Stmt> body) implements Stmt {}

    record Select(Pos pos, List<CommClause> clauses) implements Stmt {}

    record For(Pos pos, Stmt init, Expr cond, Stmt post, Block body) implements Stmt {}

    /**
     * {@code for key, value op range x}; key and value may be null, op is DEFINE, ASSIGN or
     * null when there are no iteration variables; {@code extra} is a third one, an error
     * the checker reports (it depends on what x is), else null.
     */
    record Range(Pos pos, Expr key, Expr value, Expr extra, Op op, Expr x, Block body) implements Stmt {}
}
