package llgo.frontend.syntax;

import java.util.List;

/**
 * One parsed source file. {@code pos} is the position of the {@code package} keyword;
 * {@code buildConstraints} holds the text of {@code //go:build} lines found before it;
 * {@code directives} every compiler directive of the file, in source order (those before
 * a function declaration are also that declaration's {@link Decl.Func#pragmas}).
 */
public record File(Pos pos, String name, Expr.Ident packageName, List<Spec.Import> imports,
                   List<Decl> decls, List<String> buildConstraints, List<Directive> directives) implements Node {
    /** Whether the file imports package path (as written, unquoted). */
    public boolean imports(String path) {
        for (Spec.Import imp : imports) {
            if (imp.path() != null && imp.path().value().equals("\"" + path + "\"")) return true;
        }
        return false;
    }
}
