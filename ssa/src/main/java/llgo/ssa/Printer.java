package llgo.ssa;

import java.util.stream.Collectors;

import llgo.frontend.types.Types;

/**
 * The text form of SSA functions and packages (go/ssa print.go, func.go WriteFunction),
 * printed by {@code llgo-build -dump-ssa} and compared by the golden tests. A function is
 * a header (name, location, parent, free variables, locals) followed by its blocks, each
 * {@code N: comment  preds: .. succs: ..} and then one instruction per line in the
 * instruction's own printed form, which survives a malformed graph.
 */
public final class Printer {
    private Printer() {}

    public static String function(Function f) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Name: ").append(f.symbol()).append('\n');
        if (f.pos() != null && f.pos().isValid()) sb.append("# Location: ").append(f.pos()).append('\n');
        if (f.parent() != null) sb.append("# Parent: ").append(f.parent().symbol()).append('\n');
        if (f.recover() != null) sb.append("# Recover: ").append(f.recover().index()).append('\n');
        if (!f.freeVars().isEmpty()) {
            sb.append("# Free variables:\n");
            for (int i = 0; i < f.freeVars().size(); i++) {
                FreeVar v = f.freeVars().get(i);
                sb.append("# ").append(String.format("%3d", i)).append(": ").append(v.name()).append(' ')
                        .append(Types.typeString(v.type())).append('\n');
            }
        }
        StringBuilder locals = new StringBuilder();
        int n = 0;
        for (BasicBlock b : f.blocks()) {
            for (Instruction in : b.instrs()) {
                if (in instanceof Instruction.Alloc a && !a.heap()) {
                    locals.append("# ").append(String.format("%3d", n++)).append(": ").append(a.name()).append(' ')
                            .append(Types.typeString(a.elem())).append(" (").append(a.comment()).append(")\n");
                }
            }
        }
        if (n > 0) sb.append("# Locals:\n").append(locals);
        sb.append("func ").append(f.symbol()).append('(')
                .append(f.params().stream().map(p -> p.name() + " " + Types.typeString(p.type())).collect(Collectors.joining(", ")))
                .append(')');
        var results = f.signature().results();
        if (results.size() == 1) sb.append(' ').append(Types.typeString(results.type(0)));
        else if (results.size() > 1) sb.append(' ').append(Types.typeString(results));
        sb.append(':').append('\n');
        if (f.isExternal()) return sb.append("\t(external)\n").toString();
        for (BasicBlock b : f.blocks()) {
            String head = b.index() + ": " + b.comment();
            sb.append(head);
            sb.append(" ".repeat(Math.max(2, 40 - head.length())));
            sb.append("preds:");
            for (BasicBlock p : b.preds()) sb.append(' ').append(p.index());
            sb.append(" succs:");
            for (BasicBlock s : b.succs()) sb.append(' ').append(s.index());
            sb.append('\n');
            for (Instruction in : b.instrs()) {
                sb.append('\t').append(in);
                if (in instanceof Instruction.ValueInstr v && !(in instanceof Instruction.Call c && c.type() instanceof llgo.frontend.types.Type.Tuple t && t.size() == 0)) {
                    sb.append(" ".repeat(Math.max(1, 50 - in.toString().length()))).append(Types.typeString(v.type()));
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** Every function of the package (with its function literals after it), in member order, then the named types. */
    public static String pkg(Package p) {
        StringBuilder sb = new StringBuilder("package ").append(p.path()).append(":\n");
        for (String t : p.namedTypes().keySet()) {
            sb.append("  type ").append(t).append(' ').append(Types.typeString(p.namedTypes().get(t).underlying())).append('\n');
        }
        for (Member m : p.members().values()) {
            if (m instanceof Global g) sb.append("  var ").append(g.symbol()).append(' ').append(Types.typeString(TypeFacts.deref(g.type()))).append('\n');
        }
        for (Member m : p.members().values()) if (m instanceof Function f) appendWithLiterals(sb, f);
        return sb.toString();
    }

    private static void appendWithLiterals(StringBuilder sb, Function f) {
        sb.append('\n').append(function(f));
        for (Function a : f.anonFuncs()) appendWithLiterals(sb, a);
    }
}
