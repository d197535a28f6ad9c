package llgo.frontend.syntax;

import java.util.List;

/** The specs inside a {@link Decl.Gen}. */
public sealed interface Spec extends Node {

    /** {@code import name "path"}; name is null, or an Ident (possibly "." or "_"); path is the raw literal. */
    record Import(Pos pos, Expr.Ident name, Expr.BasicLit path) implements Spec {}

    /**
     * A const or var spec. For consts, {@code iota} is the spec's index in its group, and
     * an empty value list with a null type repeats the previous spec's (implicit repetition).
     */
    record Value(Pos pos, List<Expr.Ident> names, Expr type, List<Expr> values, int iota) implements Spec {}

    /** {@code type Name[TParams] T} or, with assign set, the alias {@code type Name = T}. */
    record Type(Pos pos, Expr.Ident name, List<Field> typeParams, boolean assign, Expr type) implements Spec {}
}
