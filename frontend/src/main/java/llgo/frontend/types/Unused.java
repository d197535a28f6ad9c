/*
 * Unused imports (Go spec: "Import declarations": "It is illegal ... to import a
 * package without referring to any of its exported identifiers"; go/types
 * unusedImports), in gc's wording {@code imported and not used: "path"}.
 * Unused local variables are reported by Stmts at the end of each function body.
 */
package llgo.frontend.types;

final class Unused {
    private final Checker c;

    Unused(Checker c) { this.c = c; }

    void unusedImports() {
        for (Obj.PkgName pn : c.imports) {
            if (c.usedImports.contains(pn)) continue;
            String path = pn.imported().path();
            String elem = path.substring(path.lastIndexOf('/') + 1);
            if (pn.name().equals(".") || pn.name().equals(elem) || pn.name().equals(pn.imported().name())) {
                c.errorf(pn.pos(), "imported and not used: %s", llgo.frontend.constant.ConstOps.quoteGo(path));
            } else {
                c.errorf(pn.pos(), "imported and not used: %s as %s", llgo.frontend.constant.ConstOps.quoteGo(path), pn.name());
            }
        }
    }
}
