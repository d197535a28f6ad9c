/*
 * A readable dump of a syntax tree (used by "llgo-build -dump-ast"): one node per line,
 * indented by depth, as "role: Kind attributes @line:col". Attributes are a node's
 * scalar components (names, literal values, operators, flags); child nodes follow on their
 * own lines, labelled with the record component they sit in. The dump is driven by the
 * record components, so it always shows every field of every node kind.
 */
package llgo.frontend.syntax;

import java.lang.reflect.RecordComponent;
import java.util.List;

public final class AstPrinter {
    private final StringBuilder out = new StringBuilder();

    private AstPrinter() {}

    /** The dump of a whole file. */
    public static String print(File file) {
        return print((Node) file);
    }

    /** The dump of any node and its subtree. */
    public static String print(Node node) {
        AstPrinter p = new AstPrinter();
        p.node(null, node, 0);
        return p.out.toString();
    }

    private void node(String role, Node n, int depth) {
        out.append("  ".repeat(depth));
        if (role != null) out.append(role).append(": ");
        if (n == null) {
            out.append("nil\n");
            return;
        }
        out.append(kind(n));
        RecordComponent[] components = n.getClass().getRecordComponents();
        for (RecordComponent c : components) {
            Object v = value(c, n);
            if (v instanceof Pos || v instanceof Node || v instanceof List<?> || v == null) continue;
            out.append(' ').append(c.getName()).append('=').append(v);
        }
        Pos p = n.pos();
        out.append(" @").append(p.line()).append(':').append(p.col()).append('\n');
        for (RecordComponent c : components) {
            Object v = value(c, n);
            if (v instanceof Node child) {
                node(c.getName(), child, depth + 1);
            } else if (v instanceof List<?> list) {
                if (list.isEmpty() || !(list.get(0) instanceof Node)) {
                    if (!list.isEmpty()) {
                        out.append("  ".repeat(depth + 1)).append(c.getName()).append(": ").append(list).append('\n');
                    }
                    continue;
                }
                for (int i = 0; i < list.size(); i++) node(c.getName() + "[" + i + "]", (Node) list.get(i), depth + 1);
            }
        }
    }

    /** "Expr.Binary" becomes "Binary"; File and Field keep their names. */
    private static String kind(Node n) {
        return n.getClass().getSimpleName();
    }

    private static Object value(RecordComponent c, Node n) {
        try {
            return c.getAccessor().invoke(n);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("record accessor " + c.getName(), e);
        }
    }
}
