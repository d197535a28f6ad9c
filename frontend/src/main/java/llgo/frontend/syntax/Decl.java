package llgo.frontend.syntax;

import java.util.List;

/** Top-level and local declarations (Go spec: "Declarations and scope"). */
public sealed interface Decl extends Node {

    enum Keyword { IMPORT, CONST, TYPE, VAR }

    /** {@code import/const/type/var} with one spec or a parenthesised group of them. */
    record Gen(Pos pos, Keyword keyword, List<Spec> specs) implements Decl {}

    /**
     * A function or method; recv is null for a function; body is null for a function
     * declared without a body (implemented elsewhere, e.g. in assembly or by the runtime);
     * pragmas are the compiler directives between the previous top-level declaration and
     * this one, as gc attaches them.
     */
    record Func(Pos pos, Field recv, Expr.Ident name, Expr.FuncType type, Stmt.Block body,
                List<Directive> pragmas) implements Decl {
        /** The first pragma with this name, or null. */
        public Directive pragma(String name) {
            for (Directive d : pragmas) if (d.name().equals(name)) return d;
            return null;
        }
    }
}
