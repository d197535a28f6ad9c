/*
 * The checks gc makes on compiler directives once a package is type-checked
 * (cmd/compile/internal/noder/noder.go pragma, processPragmas and checkEmbed, decl.go,
 * irgen.go's -complete check): //go:linkname takes a local name and optionally the
 * target's "importpath.name", only in files that import "unsafe", and must name a
 * package-level function or variable; //go:noescape only on a function without a body;
 * //go:embed only in files that
 * import "embed" (as in go/types, a well-placed one is no type error: that llgo does not
 * embed files yet is reported by ssa's Builder, the stage that would need the contents); and for a complete package (the go command passes -complete when it has no
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
import llgo.frontend.types.Obj;
import llgo.frontend.types.Package;

public final class DirectiveCheck {
    private DirectiveCheck() {}

    /**
     * @param pkg      the checked package the files make up
     * @param complete whether the package has no assembly, C or cgo files (gc's -complete)
     */
    public static void check(List<File> files, Package pkg, boolean complete, Diagnostics diag) {
        Set<String> linknamed = new HashSet<>();
        for (File f : files) {
            boolean unsafe = f.imports("unsafe");
            boolean embed = f.imports("embed");
            for (Directive d : f.directives()) {
                if (d.name().equals(Directive.LINKNAME)) {
                    Obj local = d.args().isEmpty() ? null : pkg.scope().lookup(d.args().get(0));
                    if (d.args().isEmpty() || d.args().size() > 2) {
                        diag.error(d.pos(), "usage: //go:linkname localname [linkname]");
                    } else if (!unsafe) {
                        diag.error(d.pos(), "//go:linkname only allowed in Go files that import \"unsafe\"");
                    } else if (!(local instanceof Obj.Func || local instanceof Obj.Var)) {
                        diag.error(d.pos(), "//go:linkname must refer to declared function or variable");
                    } else {
                        linknamed.add(d.args().get(0));
                    }
                } else if (d.name().equals(Directive.EMBED) && !embed) {
                    diag.error(d.pos(), "go:embed only allowed in Go files that import \"embed\"");
                }
            }
        }
        for (File f : files) {
            for (Decl d : f.decls()) {
                if (d instanceof Decl.Func fd && fd.body() != null && fd.name() != null && fd.pragma("go:noescape") != null) {
                    diag.error(fd.name().pos(), "can only use //go:noescape with external func implementations");
                }
            }
        }
        if (!complete) return;
        for (File f : files) {
            for (Decl d : f.decls()) {
                if (!(d instanceof Decl.Func fd) || fd.body() != null || fd.name() == null) continue;
                boolean init = fd.recv() == null && fd.name().name().equals("init"); // the checker reports init
                boolean linked = fd.recv() == null && linknamed.contains(fd.name().name());
                if (!init && !linked) diag.error(fd.name().pos(), "missing function body");
            }
        }
    }
}
