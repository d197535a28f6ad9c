/*
 * Collects the package-level objects of all files (go/types resolver.go): imports into
 * file scopes, constants (with iota and implicit repetition), variables, types and
 * functions into the package scope, and methods grouped by receiver base type name so
 * that they can be attached to their Named type. Nothing is type-checked here.
 */
package llgo.frontend.types;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import llgo.frontend.syntax.Decl;
import llgo.frontend.syntax.Expr;
import llgo.frontend.syntax.File;
import llgo.frontend.syntax.Spec;

final class Resolver {
    private final Checker c;
    /** Methods by the name of their receiver's base type. */
    final Map<String, List<Obj.Func>> methodsByBase = new HashMap<>();
    private final List<Scope> fileScopes = new ArrayList<>();

    Resolver(Checker c) { this.c = c; }

    void collectObjects(List<File> files) {
        for (File f : files) {
            if (f.packageName() == null) continue;
            String name = f.packageName().name();
            if (c.pkg.name().isEmpty()) {
                if (!name.equals("_")) c.pkg.setName(name);
                else c.error(f.packageName().pos(), "invalid package name _");
            } else if (!name.equals(c.pkg.name())) {
                c.errorf(f.packageName().pos(), "package %s; expected package %s", name, c.pkg.name());
                continue;
            }
            Scope fileScope = new Scope(c.pkg.scope(), "file " + f.name());
            fileScopes.add(fileScope);
            c.recordScope(f, fileScope);
            for (Spec.Import imp : f.imports()) collectImport(imp, fileScope);
            for (Decl d : f.decls()) collectDecl(d, fileScope);
        }
        resolveAliasedBases();
        // spec: "no identifier may be declared in both the file and package block"
        for (Scope fs : fileScopes) {
            for (String n : fs.names()) {
                Obj alt = c.pkg.scope().lookup(n);
                if (alt != null) {
                    Obj o = fs.lookup(n);
                    String other = o.pos().isValid() ? "\n\t" + o.pos() + ": other declaration of " + n : "";
                    if (o instanceof Obj.PkgName pn) {
                        c.errorf(alt.pos(), "%s already declared through import of %s%s", alt.name(), pn.imported(), other);
                    } else {
                        c.errorf(alt.pos(), "%s already declared through dot-import of %s%s", alt.name(), o.pkg(), other);
                    }
                }
            }
        }
    }

    private void collectImport(Spec.Import imp, Scope fileScope) {
        // a missing or malformed path (an unterminated string, a number) was reported by the parser
        if (imp.path() == null || imp.path().bad() || imp.path().kind() != Expr.LitKind.STRING) return;
        String problem = ImportPath.problem(imp.path().value());
        if (problem != null) {
            c.errorf(imp.path().pos(), "invalid import path (%s)", problem);
            return;
        }
        String path = ImportPath.of(imp.path().value());
        Package imported = c.importer.importPackage(path, imp.path().pos(), c.diagnostics());
        if (imported == null) return;
        if (!c.pkg.imports().contains(imported)) c.pkg.imports().add(imported);
        String name = imp.name() != null ? imp.name().name() : imported.name();
        if (name.equals("init")) {
            c.error(imp.name() != null ? imp.name().pos() : imp.pos(), "cannot import package as init - init must be a func");
            return;
        }
        Obj.PkgName pn = new Obj.PkgName(imp.pos(), c.pkg, name, imported);
        if (name.equals(".")) {
            // spec: "all the package's exported identifiers ... declared in the importing source file's file block"
            for (String n : imported.scope().names()) {
                Obj o = imported.scope().lookup(n);
                if (o.exported() && fileScope.insert(o) == null) c.dotImports.put(new Checker.DotImport(fileScope, o), pn);
            }
            c.recordImplicit(imp, pn);
            c.imports.add(pn);
            return;
        }
        if (imp.name() != null) c.recordDef(imp.name(), pn); else c.recordImplicit(imp, pn);
        if (name.equals("_")) return;
        c.imports.add(pn);
        c.declare(fileScope, null, pn);
    }

    private void collectDecl(Decl d, Scope fileScope) {
        if (d instanceof Decl.Func fd) { collectFunc(fd, fileScope); return; }
        Decl.Gen g = (Decl.Gen) d;
        switch (g.keyword()) {
            case IMPORT -> { }
            case CONST -> {
                Spec.Value last = null;
                for (Spec s : g.specs()) {
                    if (!(s instanceof Spec.Value vs)) continue;
                    boolean inherited = vs.type() == null && vs.values().isEmpty();
                    if (!inherited) last = vs;
                    for (int i = 0; i < vs.names().size(); i++) {
                        Expr.Ident id = vs.names().get(i);
                        Obj.Const obj = new Obj.Const(id.pos(), c.pkg, id.name(), null, null);
                        Expr init = last != null && i < last.values().size() ? last.values().get(i) : null;
                        Expr typ = last != null ? last.type() : null;
                        declarePkgObj(id, obj, new DeclInfo(fileScope, null, typ, init, inherited, vs.iota(), null, null));
                    }
                    c.decls.arityMatch(vs, last, true);
                }
            }
            case VAR -> {
                for (Spec s : g.specs()) {
                    if (!(s instanceof Spec.Value vs)) continue;
                    List<Obj.Var> lhs = new ArrayList<>();
                    for (Expr.Ident id : vs.names()) lhs.add(new Obj.Var(id.pos(), c.pkg, id.name(), null, false, false));
                    DeclInfo shared = vs.values().size() == 1 && vs.names().size() > 1
                            ? new DeclInfo(fileScope, lhs, vs.type(), vs.values().get(0), false, 0, null, null) : null;
                    for (int i = 0; i < lhs.size(); i++) {
                        DeclInfo di = shared != null ? shared : new DeclInfo(fileScope, null, vs.type(),
                                i < vs.values().size() ? vs.values().get(i) : null, false, 0, null, null);
                        declarePkgObj(vs.names().get(i), lhs.get(i), di);
                    }
                    c.decls.arityMatch(vs, vs, false);
                }
            }
            case TYPE -> {
                for (Spec s : g.specs()) {
                    if (!(s instanceof Spec.Type ts) || ts.name() == null) continue;
                    Obj.TypeName obj = new Obj.TypeName(ts.name().pos(), c.pkg, ts.name().name(), null);
                    declarePkgObj(ts.name(), obj, new DeclInfo(fileScope, null, null, null, false, 0, ts, null));
                }
            }
        }
    }

    private void collectFunc(Decl.Func fd, Scope fileScope) {
        if (fd.name() == null || fd.type() == null) return;
        String name = fd.name().name();
        Obj.Func obj = new Obj.Func(fd.name().pos(), c.pkg, name, null);
        DeclInfo di = new DeclInfo(fileScope, null, null, null, false, 0, null, fd);
        if (fd.recv() == null) {
            if (name.equals("init") || (name.equals("main") && c.pkg.name().equals("main"))) {
                if (fd.type().typeParams() != null && !fd.type().typeParams().isEmpty()) {
                    c.errorf(fd.name().pos(), "func %s must have no type parameters", name);
                }
                if (!fd.type().params().isEmpty() || !fd.type().results().isEmpty()) {
                    c.errorf(fd.name().pos(), "func %s must have no arguments and no return values", name);
                }
            }
            if (name.equals("init")) {
                c.recordDef(fd.name(), obj);
                if (fd.body() == null) c.errorf(fd.name().pos(), "missing function body");
            } else {
                c.declare(c.pkg.scope(), fd.name(), obj);
            }
        } else {
            c.recordDef(fd.name(), obj);
            String base = receiverBaseName(fd.recv().type());
            if (base != null && !name.equals("_")) methodsByBase.computeIfAbsent(base, k -> new ArrayList<>()).add(obj);
        }
        c.objMap.put(obj, di);
    }

    /** Regroups methods declared on an alias ({@code type A = T; func (A) m()}) under the aliased type's name. */
    private void resolveAliasedBases() {
        Map<String, List<Obj.Func>> resolved = new HashMap<>();
        for (Map.Entry<String, List<Obj.Func>> e : methodsByBase.entrySet()) {
            String name = e.getKey();
            for (int hops = 0; hops < 100; hops++) {
                Obj o = c.pkg.scope().lookup(name);
                DeclInfo d = o instanceof Obj.TypeName ? c.objMap.get(o) : null;
                if (d == null || d.tdecl == null || !d.tdecl.assign()) break;
                Expr rhs = d.tdecl.type();
                while (rhs instanceof Expr.Paren p) rhs = p.x();
                if (!(rhs instanceof Expr.Ident id)) break;
                name = id.name();
            }
            resolved.computeIfAbsent(name, k -> new ArrayList<>()).addAll(e.getValue());
        }
        for (List<Obj.Func> ms : resolved.values()) ms.sort((a, b) -> a.pos().compareTo(b.pos()));
        methodsByBase.clear();
        methodsByBase.putAll(resolved);
    }

    /** The name of the receiver's base type: T in {@code T}, {@code *T}, {@code (T)}; null if not of that form. */
    static String receiverBaseName(Expr e) {
        while (true) {
            if (e instanceof Expr.Paren p) e = p.x();
            else if (e instanceof Expr.Star s) { e = s.x(); while (e instanceof Expr.Paren p) e = p.x(); break; }
            else break;
        }
        if (e instanceof Expr.Index ix) e = ix.x();
        return e instanceof Expr.Ident id ? id.name() : null;
    }

    /** Whether a receiver type expression names an instantiated generic type ({@code T[P]} or {@code *T[P]}). */
    static boolean isGenericReceiver(Expr e) {
        while (e instanceof Expr.Paren || e instanceof Expr.Star) e = e instanceof Expr.Paren p ? p.x() : ((Expr.Star) e).x();
        return e instanceof Expr.Index;
    }

    private void declarePkgObj(Expr.Ident id, Obj obj, DeclInfo di) {
        if (id.name().equals("init")) {
            c.errorf(id.pos(), "cannot declare init - must be func");
            return;
        }
        if (id.name().equals("main") && c.pkg.name().equals("main")) {
            c.errorf(id.pos(), "cannot declare main - must be func");
            return;
        }
        c.declare(c.pkg.scope(), id, obj);
        c.objMap.put(obj, di);
    }
}
