/*
 * Branch statements and labels of one function body (Go spec: "Label scopes", "Break
 * statements", "Continue statements", "Goto statements", "Fallthrough statements").
 * gc checks these in its syntax package (cmd/compile/internal/syntax/branches.go), so
 * this follows that algorithm and wording: blocks are walked in order, labels are
 * declared per function, gotos are resolved backwards at once and forwards when the
 * label appears (unless a variable declaration lies in between), and unresolved gotos
 * and unused labels are reported at the end.
 */
package llgo.frontend.types;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import llgo.frontend.syntax.Decl;
import llgo.frontend.syntax.Expr;
import llgo.frontend.syntax.Op;
import llgo.frontend.syntax.Pos;
import llgo.frontend.syntax.Spec;
import llgo.frontend.syntax.Stmt;

final class Labels {
    private final Checker c;
    private final Map<String, Label> labels = new HashMap<>();

    /** A block: its parent, where it starts, and the labelled statement it is the body of. */
    private record Block(Block parent, Pos start, Stmt.Labeled lstmt) {}

    private static final class Label {
        final Block parent;
        final Stmt.Labeled lstmt;
        final Obj.Label obj;
        boolean used;

        Label(Block parent, Stmt.Labeled lstmt, Obj.Label obj) { this.parent = parent; this.lstmt = lstmt; this.obj = obj; }
    }

    /** The statements a break or continue may leave, and the index of the enclosing switch case (-1: none). */
    private record Targets(Stmt breaks, Stmt continues, int caseIndex) {}

    Labels(Checker c) { this.c = c; }

    void check(Stmt.Block body) {
        List<Stmt.Branch> fwd = blockBranches(null, new Targets(null, null, -1), null, body.pos(), body.stmts());
        for (Stmt.Branch g : fwd) {
            String name = g.label().name();
            Label l = labels.get(name);
            if (l != null) {
                l.used = true;
                c.recordUse(g.label(), l.obj);
                c.errorf(g.label().pos(), "goto %s jumps into block starting at %s", name, l.parent.start());
            } else {
                c.errorf(g.label().pos(), "label %s not defined", name);
            }
        }
        for (Label l : labels.values()) {
            if (!l.used) c.errorf(l.lstmt.label().pos(), "label %s defined and not used", l.lstmt.label().name());
        }
    }

    private Label declare(Block b, Stmt.Labeled s) {
        String name = s.label().name();
        Label alt = labels.get(name);
        if (alt != null) {
            c.errorf(s.label().pos(), "label %s already defined at %s", name, alt.lstmt.label().pos());
            return alt;
        }
        Obj.Label obj = new Obj.Label(s.label().pos(), c.pkg, name);
        c.recordDef(s.label(), obj);
        Label l = new Label(b, s, obj);
        labels.put(name, l);
        return l;
    }

    private Stmt.Labeled gotoTarget(Block b, String name) {
        Label l = labels.get(name);
        if (l == null) return null;
        l.used = true;
        for (; b != null; b = b.parent()) if (l.parent == b) return l.lstmt;
        return null;
    }

    /** The innermost enclosing statement labelled name; null if undefined, INVALID if not enclosing. */
    private Stmt.Labeled enclosingTarget(Block b, String name) {
        Label l = labels.get(name);
        if (l == null) return null;
        l.used = true;
        for (; b != null; b = b.parent()) if (l.lstmt == b.lstmt()) return l.lstmt;
        return INVALID;
    }

    private static final Stmt.Labeled INVALID = new Stmt.Labeled(Pos.NONE, new Expr.Ident(Pos.NONE, "_"), new Stmt.Empty(Pos.NONE));

    private List<Stmt.Branch> blockBranches(Block parent, Targets ctxt, Stmt.Labeled lstmt0, Pos start, List<Stmt> body) {
        Block b = new Block(parent, start, lstmt0);
        List<Stmt.Branch> fwdGotos = new ArrayList<>();
        List<Stmt.Branch> badGotos = new ArrayList<>();
        Pos[] varPos = { null };
        String[] varName = { null };
        int n = body.size();
        while (n > 0 && body.get(n - 1) instanceof Stmt.Empty) n--;
        List<Stmt> list = body.subList(0, n);
        for (int stmtIndex = 0; stmtIndex < list.size(); stmtIndex++) {
            Stmt stmt = list.get(stmtIndex);
            Stmt.Labeled lstmt = null;
            while (stmt instanceof Stmt.Labeled s) {
                String name = s.label().name();
                if (!name.equals("_")) {
                    Label l = declare(b, s);
                    List<Stmt.Branch> keep = new ArrayList<>();
                    for (Stmt.Branch g : fwdGotos) {
                        if (g.label().name().equals(name)) {
                            l.used = true;
                            c.recordUse(g.label(), l.obj);
                            if (varPos[0] != null && badGotos.contains(g)) {
                                c.errorf(g.label().pos(), "goto %s jumps over declaration of %s at %s", name, varName[0], varPos[0]);
                            }
                        } else keep.add(g);
                    }
                    fwdGotos = keep;
                    lstmt = s;
                }
                stmt = s.stmt();
            }
            if (stmt instanceof Stmt.DeclStmt d && d.decl().keyword() == Decl.Keyword.VAR) {
                for (Spec sp : d.decl().specs()) {
                    if (sp instanceof Spec.Value v && !v.names().isEmpty()) {
                        varPos[0] = v.names().get(0).pos();
                        varName[0] = v.names().get(0).name();
                        badGotos = new ArrayList<>(fwdGotos);
                        break;
                    }
                }
            } else if (stmt instanceof Stmt.Assign a && a.op() == Op.DEFINE) {
                varPos[0] = a.opPos();
                varName[0] = lhsString(a.lhs());
                badGotos = new ArrayList<>(fwdGotos);
            } else if (stmt instanceof Stmt.Branch s) {
                branch(b, ctxt, s, stmtIndex, list.size(), fwdGotos);
            } else if (stmt instanceof Stmt.Block bl) {
                fwdGotos.addAll(blockBranches(b, new Targets(ctxt.breaks(), ctxt.continues(), -1), lstmt, bl.pos(), bl.stmts()));
            } else if (stmt instanceof Stmt.If i) {
                Targets inner = new Targets(ctxt.breaks(), ctxt.continues(), -1);
                fwdGotos.addAll(blockBranches(b, inner, lstmt, i.then().pos(), i.then().stmts()));
                if (i.els() != null) fwdGotos.addAll(blockBranches(b, inner, lstmt, i.els().pos(), List.of(i.els())));
            } else if (stmt instanceof Stmt.For f) {
                fwdGotos.addAll(blockBranches(b, new Targets(f, f, -1), lstmt, f.body().pos(), f.body().stmts()));
            } else if (stmt instanceof Stmt.Range r) {
                fwdGotos.addAll(blockBranches(b, new Targets(r, r, -1), lstmt, r.body().pos(), r.body().stmts()));
            } else if (stmt instanceof Stmt.Switch sw) {
                for (int i = 0; i < sw.clauses().size(); i++) {
                    Stmt.CaseClause cc = sw.clauses().get(i);
                    fwdGotos.addAll(blockBranches(b, new Targets(sw, ctxt.continues(), i), lstmt, cc.pos(), cc.body()));
                }
            } else if (stmt instanceof Stmt.TypeSwitch ts) {
                for (int i = 0; i < ts.clauses().size(); i++) {
                    Stmt.CaseClause cc = ts.clauses().get(i);
                    fwdGotos.addAll(blockBranches(b, new Targets(ts, ctxt.continues(), i), lstmt, cc.pos(), cc.body()));
                }
            } else if (stmt instanceof Stmt.Select sel) {
                for (Stmt.CommClause cc : sel.clauses()) {
                    fwdGotos.addAll(blockBranches(b, new Targets(sel, ctxt.continues(), -1), lstmt, cc.pos(), cc.body()));
                }
            }
        }
        return fwdGotos;
    }

    private void branch(Block b, Targets ctxt, Stmt.Branch s, int stmtIndex, int listLen, List<Stmt.Branch> fwdGotos) {
        if (s.label() == null) {
            switch (s.kind()) {
                case BREAK -> { if (ctxt.breaks() == null) c.error(s.pos(), "break is not in a loop, switch, or select"); }
                case CONTINUE -> { if (ctxt.continues() == null) c.error(s.pos(), "continue is not in a loop"); }
                case FALLTHROUGH -> {
                    String msg = "fallthrough statement out of place";
                    if (ctxt.breaks() instanceof Stmt.TypeSwitch) {
                        msg = "cannot fallthrough in type switch";
                    } else if (ctxt.breaks() instanceof Stmt.Switch sw) {
                        if (ctxt.caseIndex() < 0 || stmtIndex + 1 < listLen) {
                            // nested in a block or not the last statement
                        } else if (ctxt.caseIndex() + 1 == sw.clauses().size()) {
                            msg = "cannot fallthrough final case in switch";
                        } else {
                            return;
                        }
                    }
                    c.error(s.pos(), msg);
                }
                case GOTO -> { }
            }
            return;
        }
        String name = s.label().name();
        switch (s.kind()) {
            case BREAK -> {
                Stmt.Labeled t = enclosingTarget(b, name);
                if (t == null) c.errorf(s.label().pos(), "break label not defined: %s", name);
                else {
                    recordUse(s, name);
                    Stmt ts = t.stmt();
                    if (!(ts instanceof Stmt.Switch || ts instanceof Stmt.TypeSwitch || ts instanceof Stmt.Select
                            || ts instanceof Stmt.For || ts instanceof Stmt.Range)) {
                        c.errorf(s.label().pos(), "invalid break label %s", name);
                    }
                }
            }
            case CONTINUE -> {
                Stmt.Labeled t = enclosingTarget(b, name);
                if (t == null) c.errorf(s.label().pos(), "continue label not defined: %s", name);
                else {
                    recordUse(s, name);
                    if (!(t.stmt() instanceof Stmt.For || t.stmt() instanceof Stmt.Range)) {
                        c.errorf(s.label().pos(), "invalid continue label %s", name);
                    }
                }
            }
            case GOTO -> {
                if (gotoTarget(b, name) != null) recordUse(s, name);
                else fwdGotos.add(s);
            }
            case FALLTHROUGH -> { }
        }
    }

    private void recordUse(Stmt.Branch s, String name) {
        Label l = labels.get(name);
        if (l != null) c.recordUse(s.label(), l.obj);
    }

    private String lhsString(List<Expr> lhs) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lhs.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(c.str(lhs.get(i)));
        }
        return sb.toString();
    }
}
