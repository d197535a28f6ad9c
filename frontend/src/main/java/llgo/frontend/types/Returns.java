/*
 * Terminating statements (Go spec: "Terminating statements"; go/types return.go), used
 * to report "missing return" at the closing brace of a function with results.
 */
package llgo.frontend.types;

import java.util.List;

import llgo.frontend.syntax.Expr;
import llgo.frontend.syntax.Stmt;

final class Returns {
    private Returns() {}

    static boolean isTerminatingList(Checker c, List<Stmt> list, String label) {
        for (int i = list.size() - 1; i >= 0; i--) {
            if (!(list.get(i) instanceof Stmt.Empty)) return isTerminating(c, list.get(i), label);
        }
        return false;
    }

    static boolean isTerminating(Checker c, Stmt s, String label) {
        if (s instanceof Stmt.Labeled l) return isTerminating(c, l.stmt(), l.label().name());
        if (s instanceof Stmt.ExprStmt es) {
            Expr e = es.x();
            while (e instanceof Expr.Paren p) e = p.x();
            if (e instanceof Expr.Call call) {
                Expr f = call.fun();
                while (f instanceof Expr.Paren p) f = p.x();
                return f instanceof Expr.Ident id && c.info.uses.get(id) instanceof Obj.Builtin b && b.id() == Obj.Builtin.Id.PANIC;
            }
            return false;
        }
        if (s instanceof Stmt.Return) return true;
        if (s instanceof Stmt.Branch b) return b.kind() == Stmt.BranchKind.GOTO || b.kind() == Stmt.BranchKind.FALLTHROUGH;
        if (s instanceof Stmt.Block b) return isTerminatingList(c, b.stmts(), null);
        if (s instanceof Stmt.If i) return i.els() != null && isTerminating(c, i.then(), null) && isTerminating(c, i.els(), null);
        if (s instanceof Stmt.Switch sw) return isTerminatingSwitch(c, sw.clauses(), label);
        if (s instanceof Stmt.TypeSwitch ts) return isTerminatingSwitch(c, ts.clauses(), label);
        if (s instanceof Stmt.Select sel) {
            for (Stmt.CommClause cl : sel.clauses()) {
                if (!isTerminatingList(c, cl.body(), null) || hasBreakList(cl.body(), label, true)) return false;
            }
            return true;
        }
        if (s instanceof Stmt.For f) return f.cond() == null && !hasBreak(f.body(), label, true);
        return false;
    }

    private static boolean isTerminatingSwitch(Checker c, List<Stmt.CaseClause> clauses, String label) {
        boolean hasDefault = false;
        for (Stmt.CaseClause cl : clauses) {
            if (cl.list() == null) hasDefault = true;
            if (!isTerminatingList(c, cl.body(), null) || hasBreakList(cl.body(), label, true)) return false;
        }
        return hasDefault;
    }

    private static boolean hasBreakList(List<Stmt> list, String label, boolean implicit) {
        for (Stmt s : list) if (hasBreak(s, label, implicit)) return true;
        return false;
    }

    /** Whether s contains a break that leaves the statement labelled label (or, if implicit, the innermost one). */
    private static boolean hasBreak(Stmt s, String label, boolean implicit) {
        if (s instanceof Stmt.Labeled l) return hasBreak(l.stmt(), label, implicit);
        if (s instanceof Stmt.Branch b) {
            if (b.kind() != Stmt.BranchKind.BREAK) return false;
            if (b.label() == null) return implicit;
            return b.label().name().equals(label);
        }
        if (s instanceof Stmt.Block b) return hasBreakList(b.stmts(), label, implicit);
        if (s instanceof Stmt.If i) return hasBreak(i.then(), label, implicit) || i.els() != null && hasBreak(i.els(), label, implicit);
        if (s instanceof Stmt.Switch sw) {
            if (label == null) return false;
            for (Stmt.CaseClause cl : sw.clauses()) if (hasBreakList(cl.body(), label, false)) return true;
        }
        if (s instanceof Stmt.TypeSwitch ts) {
            if (label == null) return false;
            for (Stmt.CaseClause cl : ts.clauses()) if (hasBreakList(cl.body(), label, false)) return true;
        }
        if (s instanceof Stmt.Select sel) {
            if (label == null) return false;
            for (Stmt.CommClause cl : sel.clauses()) if (hasBreakList(cl.body(), label, false)) return true;
        }
        if (s instanceof Stmt.For f) return label != null && hasBreak(f.body(), label, false);
        if (s instanceof Stmt.Range r) return label != null && hasBreak(r.body(), label, false);
        return false;
    }
}
