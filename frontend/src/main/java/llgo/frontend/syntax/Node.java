package llgo.frontend.syntax;

/**
 * A node of the Go syntax tree (the Go spec's productions, shaped like go/ast).
 * Every node carries the position of its first token, except where a record says otherwise.
 *
 * <p>Nodes are immutable records. Type-checker results are kept in side tables keyed by
 * node <em>identity</em> ({@link java.util.IdentityHashMap}): records compare by value, so
 * two nodes that print the same are still different nodes.
 */
public sealed interface Node permits Expr, Stmt, Decl, Spec, Field, File {
    Pos pos();
}
