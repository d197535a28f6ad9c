package llgo.frontend.syntax;

import java.util.List;

/**
 * One parsed source file. {@code pos} is the position of the {@code package} keyword;
 * {@code buildConstraints} holds the text of {@code //go:build} lines found before it.
 */
public record File(Pos pos, String name, Expr.Ident packageName, List<Spec.Import> imports,
                   List<Decl> decls, List<String> buildConstraints) implements Node {}
