/*
 * The checks gc makes on compiler directives (cmd/compile/internal/noder/noder.go pragma,
 * checkUnusedDuringParse, processPragmas and checkEmbed, decl.go, irgen.go's -complete
 * check), in its two phases. While parsing: a directive must stand on a line of its own,
 * and one that no declaration takes (syntax.DirectivePlacement) is misplaced if it is a
 * pragma flag; //go:linkname needs one or two arguments; the runtime's pragmas are for the
 * runtime only, //go:cgo_* ones for cgo-generated code (and the standard library), with
 * their argument rules. After type checking, when no error was found: //go:linkname only
 * in files that import "unsafe", naming a package-level function or variable, once; a
 * pragma flag a declaration does not allow is misplaced; //go:embed only on a variable as
 * checkEmbed allows it (as in go/types, a well-placed one is no type error: that llgo does
 * not embed files yet is reported by ssa's Builder, the stage that would need the
 * contents); //go:noescape only on a function without a body; and for a complete package (the go command passes -complete when it has no assembly, C or cgo files) every
 * function without a body must have a //go:linkname.
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
    /** The packages gc compiles with -+ (cmd/go/internal/work/gc.go runtimePackages). */
    private static final Set<String> RUNTIME_PACKAGES = Set.of("internal/abi", "internal/bytealg", "internal/cpu",
            "internal/goarch", "internal/goos", "runtime", "runtime/internal/atomic", "runtime/internal/math",
            "runtime/internal/sys", "runtime/internal/syscall");
    /** The pragmas only the runtime may use (noder.go runtimePragmas). */
    private static final Set<String> RUNTIME_PRAGMAS = Set.of("go:systemstack", "go:nowritebarrier",
            "go:nowritebarrierrec", "go:yeswritebarrierrec");

    private DirectiveCheck() {}

    /** As {@link #check(List, Package, boolean, boolean, Diagnostics)} for a package outside the standard library. */
    public static void check(List<File> files, Package pkg, boolean complete, Diagnostics diag) {
        check(files, pkg, complete, false, diag);
    }

    /**
     * @param pkg      the checked package the files make up
     * @param complete whether the package has no assembly, C or cgo files (gc's -complete)
     * @param standard whether the package is in the standard library (gc's -std)
     */
    public static void check(List<File> files, Package pkg, boolean complete, boolean standard, Diagnostics diag) {
        boolean runtime = standard && RUNTIME_PACKAGES.contains(pkg.path());
        // what gc's parser reports about directives (noder.go pragma, checkUnusedDuringParse)
        for (File f : files) {
            boolean cgoFile = java.nio.file.Path.of(f.name()).getFileName().toString().startsWith("_cgo_");
            for (Directive d : f.directives()) {
                if (!d.alone()) {
                    diag.error(d.pos(), "misplaced compiler directive"); // gc: a directive must be on a line by itself
                    continue;
                }
                if (isLinkname(d) && (d.args().isEmpty() || d.args().size() > 2)) {
                    diag.error(d.pos(), "usage: //go:linkname localname [linkname]");
                } else if (d.name().startsWith("go:cgo_")) {
                    if (!cgoFile && !standard && CgoDirective.restricted(d.text())) {
                        diag.error(d.pos(), "//" + d.text() + " only allowed in cgo-generated code");
                    }
                    String usage = CgoDirective.usage(d.text());
                    if (usage != null) diag.error(d.pos(), usage);
                } else if (RUNTIME_PRAGMAS.contains(d.name()) && !runtime) {
                    diag.error(d.pos(), "//" + d.name() + " only allowed in runtime");
                } else if (d.name().equals("go:uintptrkeepalive") && !standard) {
                    diag.error(d.pos(), "//go:uintptrkeepalive is only allowed in the standard library");
                }
                if (d.taker() != Directive.Taker.NONE) continue;
                if (d.isFlag()) diag.error(d.pos(), "misplaced compiler directive");
                else if (d.name().equals(Directive.EMBED)) diag.error(d.pos(), "misplaced go:embed directive");
            }
        }
        // the rest gc reports only for a package without errors so far (noder/irgen.go, after types2)
        if (diag.hasErrors()) return;
        Set<String> linknamed = new HashSet<>();
        for (File f : files) {
            boolean unsafe = f.imports("unsafe");
            for (Directive d : f.directives()) {
                if (!d.alone() || d.taker() == Directive.Taker.NONE && !isLinkname(d)) continue;
                if (isLinkname(d)) {
                    if (d.args().isEmpty() || d.args().size() > 2) continue;
                    Obj local = pkg.scope().lookup(d.args().get(0));
                    if (!unsafe) {
                        diag.error(d.pos(), "//go:linkname only allowed in Go files that import \"unsafe\"");
                    } else if (!(local instanceof Obj.Func || local instanceof Obj.Var)) {
                        diag.error(d.pos(), "//go:linkname must refer to declared function or variable");
                    } else if (!linknamed.add(d.args().get(0))) {
                        diag.error(d.pos(), "duplicate //go:linkname for " + d.args().get(0));
                    }
                } else if (d.name().equals(Directive.EMBED)) {
                    embed(d, diag);
                } else if (d.isFlag() && !d.flagAllowed()) {
                    diag.error(d.pos(), "misplaced compiler directive");
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

    /** gc takes "//go:linkname " with its space for a linkname; a bare //go:linkname is an unknown directive. */
    private static boolean isLinkname(Directive d) {
        return d.text().startsWith(Directive.LINKNAME + " ");
    }

    /** A //go:embed taken by a declaration: misplaced unless on a variable; there, gc's checkEmbed; else not supported yet. */
    private static void embed(Directive d, Diagnostics diag) {
        if (d.taker() != Directive.Taker.VAR && d.taker() != Directive.Taker.LOCAL_VAR) {
            diag.error(d.pos(), "misplaced go:embed directive");
        } else if (d.embedMisuse() != null) {
            diag.error(d.pos(), d.embedMisuse());
        }
    }
}
