/*
 * The type checker's entry point and shared state (go/types check.go). check() runs the
 * phases in order: collect objects (Resolver), check package-level objects
 * (DeclChecker), check function bodies (Stmts, delayed so that every package-level
 * object is known), record the final types of untyped expressions, check that generic
 * code has no instantiation cycle (Mono) and, as gc 1.19's noder does, no local type
 * declaration (DeclChecker), compute the initialisation order (InitOrder),
 * and report unused imports (Unused). Results go to
 * the Info side tables; errors go to Diagnostics in gc 1.19's (types2) wording. The checker
 * recurses once per level of nesting, so it runs on a deep-stack thread (DeepStack).
 */
package llgo.frontend.types;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import llgo.frontend.DeepStack;
import llgo.frontend.Diagnostics;
import llgo.frontend.constant.Value;
import llgo.frontend.syntax.Expr;
import llgo.frontend.syntax.File;
import llgo.frontend.syntax.Node;
import llgo.frontend.syntax.Pos;
import llgo.frontend.types.TypeAndValue.Mode;

public final class Checker {
    final Package pkg;
    final Info info;
    final Importer importer;
    final TypeStrings ts;
    private final Diagnostics diag;
    private boolean reported;
    private final java.util.Set<String> seenErrors = new java.util.HashSet<>();

    /** Package-level objects and their declarations, in source order. */
    final Map<Obj, DeclInfo> objMap = new LinkedHashMap<>();
    /** Untyped expressions whose final type is not known yet (go/types Checker.untyped). */
    final Map<Expr, Untyped> untyped = new IdentityHashMap<>();
    /** Function bodies to check once all package-level declarations are done. */
    final List<Runnable> delayed = new ArrayList<>();
    /**
     * The types recorded for value expressions, other than basic ones, without repeats in
     * a row: every type SizeLimits.anyOverLimit must look at, in a dense list rather than
     * scattered through info.types (a type recorded and later replaced stays here, which
     * only makes that pass look at one more).
     */
    final List<Type> valueTypes = new ArrayList<>();
    private Type lastValueType;
    /** Import declarations, for "imported and not used". */
    final List<Obj.PkgName> imports = new ArrayList<>();
    final java.util.Set<Obj.PkgName> usedImports = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** The dot-import that declared an object in a file scope (go/types dotImportMap), to mark it used. */
    final Map<DotImport, Obj.PkgName> dotImports = new java.util.HashMap<>();

    /** An object a dot-import declared in a file's scope; scopes and objects compare by identity. */
    record DotImport(Scope fileScope, Obj obj) {}

    /** The environment of the declaration or function body being checked. */
    Env env = new Env(null, null, null, null, null);

    final Resolver resolver = new Resolver(this);
    final DeclChecker decls = new DeclChecker(this);
    final TypeExprs typexprs = new TypeExprs(this);
    final Exprs exprs = new Exprs(this);
    final Operators operators = new Operators(this);
    final Constants consts = new Constants(this);
    final Indexing indexing = new Indexing(this);
    final CompositeLits literals = new CompositeLits(this);
    final Calls calls = new Calls(this);
    final Builtins builtins = new Builtins(this);
    final Conversions conversions = new Conversions(this);
    final Assignability assignability = new Assignability(this);
    final Assignments assignments = new Assignments(this);
    final Stmts stmts = new Stmts(this);
    final Lookup lookup = new Lookup(this);
    final Instantiate instantiate = new Instantiate(this);
    final Infer infer = new Infer(this);
    final Mono mono = new Mono(this);

    /** An untyped expression's pending type and value (go/types exprInfo). */
    record Untyped(boolean isLhs, Mode mode, Basic type, Value val) {}

    /**
     * Where checking happens: the declaration whose dependencies are recorded, the current
     * scope, the value of iota (null outside constant declarations), the enclosing
     * function's signature (null at package level) and, for an inherited constant
     * initialiser, the position errors are reported at.
     */
    record Env(DeclInfo decl, Scope scope, Value iota, Type.Signature sig, Pos errpos) {
        Env withScope(Scope s) { return new Env(decl, s, iota, sig, errpos); }
    }

    private Checker(String pkgPath, Importer importer, Info info, Diagnostics diag) {
        this.pkg = new Package(pkgPath, "", Universe.SCOPE);
        this.info = info;
        this.importer = importer;
        this.diag = diag;
        this.ts = new TypeStrings(pkg);
    }

    /**
     * Type-checks one package. Never throws on any syntax tree the parser produces.
     *
     * @param files the package's parsed files (at least one)
     * @return the package, complete even when errors were reported to diag
     */
    public static Package check(String pkgPath, List<File> files, Importer importer, Info info, Diagnostics diag) {
        Checker c = new Checker(pkgPath, importer, info, diag);
        DeepStack.call(() -> {
            c.run(files);
            return null;
        });
        return c.pkg;
    }

    private void run(List<File> files) {
        resolver.collectObjects(files);
        decls.packageObjects();
        for (int i = 0; i < delayed.size(); i++) delayed.get(i).run();
        recordUntyped();
        if (!reported) mono.check();   // as types2: only for a package without errors
        if (!reported) decls.reportLocalTypesInGenericFunctions();   // as gc's noder, after type checking
        new InitOrder(this).compute();
        new Unused(this).unusedImports();
        if (!reported) new SizeLimits(this).check();   // as gc: sizes are laid out after type checking
    }

    // ---- errors ----

    /** Reports msg at pos, dropping follow-on errors about invalid operands as types2 does. */
    void error(Pos pos, String msg) {
        if (reported && (msg.indexOf("invalid operand") > 0 || msg.indexOf("invalid type") > 0)) return;
        if (env.errpos() != null) pos = env.errpos();
        reported = true;
        // gc drops repeated identical errors (base.FlushErrors); an expression re-checked after an error repeats them
        if (!seenErrors.add(pos + ": " + msg)) return;
        diag.error(pos, msg);
    }

    void errorf(Pos pos, String fmt, Object... args) { error(pos, String.format(fmt, args)); }

    String str(Operand x) { return x.describe(ts); }
    String str(Type t) { return ts.type(t); }
    String str(Expr e) { return ts.expr(e); }

    // ---- recording ----

    /** Records the result of checking x (go/types Checker.record). */
    void record(Operand x) {
        if (x.expr == null) return;
        Value val = x.mode == Mode.CONSTANT ? x.val : null; // an operand's value matters only for a constant
        if (x.mode != Mode.INVALID && x.type instanceof Basic b && b.isUntyped()) {
            untyped.put(x.expr, new Untyped(false, x.mode, b, val));
        } else {
            recordTypeAndValue(x.expr, x.mode, x.type, val);
        }
    }

    void recordTypeAndValue(Expr e, Mode mode, Type t, Value v) {
        if (e == null) return;
        if (mode == Mode.INVALID) { info.types.put(e, new TypeAndValue(mode, Basic.INVALID, null)); return; }
        info.types.put(e, new TypeAndValue(mode, t, mode == Mode.CONSTANT ? v : null));
        if (mode != Mode.TYPEXPR && mode != Mode.BUILTIN && !(t instanceof Basic) && t != lastValueType) {
            valueTypes.add(t);
            lastValueType = t;
        }
    }

    /** Records that each of e's enclosing parentheses also has type t (go/types recordBuiltinType/recordCommaOkTypes style). */
    void recordCommaOk(Expr e, Type t0, Type t1) {
        for (Expr x = e; ; x = ((Expr.Paren) x).x()) {
            TypeAndValue tv = info.types.get(x);
            if (tv == null) break;
            Type.Tuple tup = new Type.Tuple(List.of(Obj.Var.param(Pos.NONE, pkg, "", t0), Obj.Var.param(Pos.NONE, pkg, "", t1)));
            info.types.put(x, new TypeAndValue(tv.mode(), tup, null));
            if (!(x instanceof Expr.Paren)) break;
        }
    }

    void recordDef(Expr.Ident id, Obj o) { if (id != null) info.defs.put(id, o); }
    /** Records the use of an unqualified identifier; one declared by a dot-import marks that import used. */
    void recordUse(Expr.Ident id, Obj o) {
        info.uses.put(id, o);
        if (!dotImports.isEmpty() && o != null && o.pkg() != pkg) {
            for (Scope s = env.scope(); s != null && s != pkg.scope(); s = s.parent()) {
                Obj.PkgName pn = dotImports.get(new DotImport(s, o));
                if (pn != null) { usedImports.add(pn); break; }
            }
        }
    }
    void recordImplicit(Node n, Obj o) { info.implicits.put(n, o); }
    void recordScope(Node n, Scope s) { info.scopes.put(n, s); }

    private void recordUntyped() {
        for (Map.Entry<Expr, Untyped> e : untyped.entrySet()) {
            Untyped u = e.getValue();
            recordTypeAndValue(e.getKey(), u.mode(), u.type(), u.val());
        }
        untyped.clear();
    }

    /**
     * Declares obj in scope s, reporting a redeclaration as types2 does; false if obj was
     * a redeclaration and so is in no scope (nor checked for use).
     */
    boolean declare(Scope s, Expr.Ident id, Obj obj) {
        if (!obj.name().equals("_")) {
            Obj alt = s.insert(obj);
            if (alt != null) {
                String other = alt.pos().isValid() ? "\n\t" + alt.pos() + ": other declaration of " + obj.name() : "";
                errorf(obj.pos(), "%s redeclared in this block%s", obj.name(), other);
                return false;
            }
        }
        if (id != null) recordDef(id, obj);
        return true;
    }

    /** Records in the current declaration that it depends on package-level object o. */
    void addDep(Obj o) {
        if (env.decl() != null && objMap.containsKey(o)) env.decl().addDep(o);
    }

    Diagnostics diagnostics() { return diag; }
}
