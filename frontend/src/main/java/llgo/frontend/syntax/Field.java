package llgo.frontend.syntax;

import java.util.List;

/**
 * A field of a struct, a parameter or result, a type parameter, a method of an interface,
 * or a receiver. {@code names} is empty for an embedded field or an unnamed parameter;
 * {@code tag} is the raw string literal or null.
 */
public record Field(Pos pos, List<Expr.Ident> names, Expr type, Expr.BasicLit tag) implements Node {}
