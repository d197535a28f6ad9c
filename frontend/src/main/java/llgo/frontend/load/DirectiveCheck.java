/*
 * The checks gc makes on compiler directives once a package is type-checked
 * (cmd/compile/internal/noder/noder.go processPragmas and checkEmbed, irgen.go's -complete
 * check): //go:linkname only in files that import "unsafe"; //go:embed only in files that
 * import "embed" (llgo does not embed files yet, so a well-placed one is reported as not
 * supported); and for a complete package (the go command passes -complete when it has no
 * assembly, C or cgo files) every function without a body must have a //go:linkname.
 */
package llgo.frontend.load;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import llgo.frontend.Diagnostics;
import llgo.frontend.syntax.Decl;
import llgo.frontend.syntax.Directive;
import llgo.frontend.syntax.File;

public final class DirectiveCheck {
    private DirectiveCheck() {}

    /** @param complete whether the package has no assembly, C or cgo files (gc's -complete) */
    public static void check(List<File> files, boolean complete, Diagnostics diag) {
        Set<String> linknamed = new HashSet<>();
        for (File f : files) {
            boolean unsafe = f.imports("unsafe");
            boolean embed = f.imports("embed");
            for (Directive d : f.directives()) {
                if (d.name().equals(Directive.LINKNAME)) {
                    if (!unsafe) diag.error(d.pos(), "//go:linkname only allowed in Go files that import \"unsafe\"");
                    else if (!d.args().isEmpty()) linknamed.add(d.args().get(0));
                } else if (d.name().equals(Directive.EMBED)) {
                    if (!embed) diag.error(d.pos(), "go:embed only allowed in Go files that import \"embed\"");
                    else diag.unsupported(d.pos(), "go:embed");
                }
            }
        }
        if (!complete) return;
        for (File f : files) {
            for (Decl d : f.decls()) {
                if (d instanceof Decl.Func fd && fd.body() == null && fd.name() != null && fd.recv() == null
                        && !fd.name().name().equals("init") && !linknamed.contains(fd.name().name())) {
                    diag.error(fd.name().pos(), "missing function body");
                } else if (d instanceof Decl.Func fd && fd.body() == null && fd.recv() != null && fd.name() != null) {
                    diag.error(fd.name().pos(), "missing function body");
                }
            }
        }
    }
}
