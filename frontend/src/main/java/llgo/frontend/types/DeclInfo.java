/*
 * What the checker remembers about one package-level declaration (go/types declInfo):
 * the file scope it appears in, its syntax, and the package-level objects its
 * initialiser or body refers to, from which InitOrder builds the dependency graph.
 */
package llgo.frontend.types;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import llgo.frontend.syntax.Decl;
import llgo.frontend.syntax.Expr;
import llgo.frontend.syntax.Spec;

final class DeclInfo {
    final Scope fileScope;
    /** For a var declared with others by one multi-value initialiser: all of them; else null. */
    final List<Obj.Var> lhs;
    /** Declared type of a const or var, or null. */
    final Expr vtype;
    /** Initialiser of a const or var, or null. */
    final Expr init;
    /** Whether a constant's type and init were inherited from an earlier spec (implicit repetition). */
    final boolean inherited;
    /** The iota of a constant's spec. */
    final int iota;
    final Spec.Type tdecl;
    final Decl.Func fdecl;
    /** Package-level objects this declaration depends on, in first-use order. */
    final Set<Obj> deps = Collections.newSetFromMap(new IdentityHashMap<>());
    final List<Obj> depOrder = new java.util.ArrayList<>();

    DeclInfo(Scope fileScope, List<Obj.Var> lhs, Expr vtype, Expr init, boolean inherited, int iota,
             Spec.Type tdecl, Decl.Func fdecl) {
        this.fileScope = fileScope;
        this.lhs = lhs;
        this.vtype = vtype;
        this.init = init;
        this.inherited = inherited;
        this.iota = iota;
        this.tdecl = tdecl;
        this.fdecl = fdecl;
    }

    void addDep(Obj o) { if (deps.add(o)) depOrder.add(o); }
}
