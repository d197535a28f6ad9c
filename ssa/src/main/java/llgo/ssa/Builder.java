package llgo.ssa;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import llgo.frontend.Diagnostics;
import llgo.frontend.syntax.Decl;
import llgo.frontend.syntax.Directive;
import llgo.frontend.syntax.Expr;
import llgo.frontend.syntax.File;
import llgo.frontend.syntax.Pos;
import llgo.frontend.syntax.Spec;
import llgo.frontend.types.Info;
import llgo.frontend.types.Interface;
import llgo.frontend.types.Named;
import llgo.frontend.types.Obj;
import llgo.frontend.types.Subst;
import llgo.frontend.types.Type;
import llgo.frontend.types.TypeParam;
import llgo.frontend.types.Types;

/**
 * Builds the SSA form of one type-checked package (go/ssa's builder.go, package level):
 * first every member is created (a Function per declared function and method, named as gc
 * names symbols; a Global per package-level variable; the named types), so bodies can
 * refer to each other in any order; then each body is built by a {@link FunctionBuilder};
 * last the synthetic {@code path.init} runs the variable initialisers in the checker's
 * {@link Info#initOrder} (Go spec: "Package initialization") and then the {@code init}
 * functions in source order ({@code path.init.0}, {@code path.init.1}, ...).
 * Generic functions and methods of generic types are monomorphised: each is built once per
 * list of type arguments the program uses, on first use, reading the checker's tables through
 * a {@link SubstInfo} view, under gc's instance symbol ({@code main.Map[int,string]}); see
 * the package docs for why. Constructs not handled are reported with
 * {@link Diagnostics#unsupported}; building goes on.
 */
public final class Builder {
    final Info info;
    final Diagnostics diag;
    final Package ssa;
    final Wrappers wrappers = new Wrappers(this);
    private final Map<Obj.Func, Function> functions = new IdentityHashMap<>();
    private final Map<Obj.Var, Global> globals = new IdentityHashMap<>();
    /** This package's generic functions and methods of generic types, by their declarations. */
    private final Map<Obj.Func, Decl.Func> generics = new IdentityHashMap<>();
    /** The instances made so far, by symbol ({@code main.Map[int,string]}, {@code main.(*List[int]).Push}). */
    private final Map<String, Function> instances = new HashMap<>();
    private final ArrayDeque<Body> pending = new ArrayDeque<>();

    private Builder(llgo.frontend.types.Package pkg, Info info, Diagnostics diag) {
        this.info = info;
        this.diag = diag;
        this.ssa = new Package(pkg);
    }

    /** Builds the package. Precondition: the files were type-checked into info without errors. */
    public static Package build(llgo.frontend.types.Package pkg, List<File> files, Info info, Diagnostics diag) {
        Builder b = new Builder(pkg, info, diag);
        b.buildAll(files);
        return b.ssa;
    }

    /**
     * The function of a declared function or method; for a method of an instance of a generic
     * type, its instance (built on first use). Null for functions of other packages.
     */
    Function function(Obj.Func f) {
        Function fn = functions.get(f);
        if (fn != null || f.origin() == f) return fn;
        Decl.Func decl = generics.get(f.origin());
        Type rt = f.signature().recv() == null ? null : f.signature().recv().type();
        if (rt instanceof Type.Pointer p) rt = p.elem();
        if (decl == null || !(rt instanceof Named n) || !n.isInstance() || mentionsTypeParam(n)) return null;
        return instance(f.fullName(), f.origin(), recvTypeParams(f.origin()), n.typeArgs(), decl);
    }

    /** The instance of generic function f for type arguments targs; null (after reporting) for one of another package. */
    Function instance(Obj.Func f, List<Type> targs, Pos pos) {
        Decl.Func decl = generics.get(f);
        if (decl == null) {
            diag.unsupported(pos, "instantiation of generic function " + f.name() + " of another package");
            return null;
        }
        return instance(f.fullName() + Types.typeArgsString(targs), f, f.signature().typeParams(), targs, decl);
    }

    private Function instance(String symbol, Obj.Func generic, List<TypeParam> tparams, List<Type> targs, Decl.Func decl) {
        Function fn = instances.get(symbol);
        if (fn != null) return fn;
        Subst subst = Subst.of(tparams, targs);
        fn = new Function(symbol, subst.signature(generic.signature()), generic, null, decl.pos());
        fn.markInstance();
        instances.put(symbol, fn);
        ssa.add(fn);
        if (decl.body() != null) pending.add(new Body(fn, decl, SubstInfo.of(info, subst)));
        return fn;
    }

    /** The receiver type parameters of a method of a generic type: {@code T} in {@code func (l *List[T]) M()}. */
    private static List<TypeParam> recvTypeParams(Obj.Func m) {
        List<TypeParam> out = new ArrayList<>();
        Type rt = m.signature().recv().type();
        if (rt instanceof Type.Pointer p) rt = p.elem();
        if (rt instanceof Named rn) {
            for (Type t : rn.typeArgs()) if (t instanceof TypeParam tp) out.add(tp);
        }
        return out;
    }

    /**
     * Instances of this package's generic types may be converted to interfaces, whose method
     * tables name all their methods: each method of each instance the program mentions with
     * concrete type arguments is built. Returns whether any new instance was made.
     */
    private boolean instantiateMethods() {
        int before = instances.size();
        for (Named origin : List.copyOf(ssa.namedTypes().values())) {
            if (origin.typeParams().isEmpty()) continue;
            for (Named inst : origin.instances()) {
                if (mentionsTypeParam(inst)) continue;
                for (Obj.Func m : origin.methods()) function(inst.instanceMethod(m));
            }
        }
        return instances.size() > before;
    }

    /** Whether a type parameter occurs in t (a generic body's own types, never built as such). */
    static boolean mentionsTypeParam(Type t) {
        if (t instanceof TypeParam) return true;
        if (t instanceof Named n) return n.typeArgs().stream().anyMatch(Builder::mentionsTypeParam);
        if (t instanceof Type.Pointer p) return mentionsTypeParam(p.elem());
        if (t instanceof Type.Slice sl) return mentionsTypeParam(sl.elem());
        if (t instanceof Type.Array a) return mentionsTypeParam(a.elem());
        if (t instanceof Type.Chan c) return mentionsTypeParam(c.elem());
        if (t instanceof Type.Map m) return mentionsTypeParam(m.key()) || mentionsTypeParam(m.elem());
        if (t instanceof Type.Struct st) return st.fields().stream().anyMatch(f -> mentionsTypeParam(f.type()));
        if (t instanceof Type.Tuple tu) return tu.vars().stream().anyMatch(v -> mentionsTypeParam(v.type()));
        if (t instanceof Type.Signature sig) return mentionsTypeParam(sig.params()) || mentionsTypeParam(sig.results());
        if (t instanceof Interface it) return it.allMethods().stream().anyMatch(m -> mentionsTypeParam(m.signature()));
        return false;
    }

    Global global(Obj.Var v) { return globals.get(v); }

    /** A body to build: fn from decl, reading the checker's tables through info (a substituting view for an instance). */
    private record Body(Function fn, Decl.Func decl, Info info) {}

    private void buildAll(List<File> files) {
        String path = ssa.path();
        List<Function> inits = new ArrayList<>();
        for (File f : files) {
            // the checker accepts a well-placed //go:embed (go/types does); its contents are not built yet
            for (Directive d : f.directives()) if (d.name().equals(Directive.EMBED)) diag.unsupported(d.pos(), "go:embed");
            for (Decl d : f.decls()) {
                if (d instanceof Decl.Gen g) members(g);
                else if (d instanceof Decl.Func fd && !fd.name().isBlank() && info.defs.get(fd.name()) instanceof Obj.Func obj) {
                    // A function named _ can never be called (Go spec: "Blank identifier"): no code.
                    boolean isInit = fd.recv() == null && fd.name().name().equals("init");
                    if (isGeneric(obj)) {
                        generics.put(obj, fd);     // built once per instance, on first use
                        continue;
                    }
                    String symbol = isInit ? path + ".init." + inits.size() : obj.fullName();
                    Function fn = new Function(symbol, obj.signature(), obj, null, fd.pos());
                    ssa.add(fn);
                    if (isInit) inits.add(fn); else functions.put(obj, fn);
                    if (fd.body() != null) pending.add(new Body(fn, fd, info));
                }
            }
        }
        Pos initPos = files.isEmpty() ? Pos.NONE : files.get(0).pos();
        Function init = new Function(path + ".init", new Type.Signature(null, List.of(), Type.Tuple.EMPTY, Type.Tuple.EMPTY, false),
                null, null, initPos);
        ssa.add(init);
        buildPending();
        guarded(init, () -> buildInit(init, inits, initPos));
        do buildPending(); while (instantiateMethods());
    }

    /** Builds the queued bodies; building an instance's caller queues the instance. */
    private void buildPending() {
        while (!pending.isEmpty()) {
            Body b = pending.remove();
            Decl.Func d = b.decl();
            guarded(b.fn(), () -> {
                Set<Obj.Var> escaping = Escapes.of(b.info(), d.recv(), d.type(), d.body());
                new FunctionBuilder(this, b.info(), b.fn(), null, escaping).build(d.recv(), d.type(), d.body());
            });
        }
    }

    /** Runs body; an internal failure is reported at fn's position instead of escaping as an exception. */
    private void guarded(Function fn, Runnable body) {
        try {
            body.run();
        } catch (RuntimeException | AssertionError e) {
            diag.error(fn.pos(), "internal compiler error: building SSA of " + fn.symbol() + ": " + e);
        }
    }

    /** A function with type parameters, or a method of a generic type. */
    private static boolean isGeneric(Obj.Func f) {
        Type.Signature sig = f.signature();
        if (!sig.typeParams().isEmpty()) return true;
        if (sig.recv() == null) return false;
        Type r = sig.recv().type() instanceof Type.Pointer p ? p.elem() : sig.recv().type();
        return r instanceof Named n && !n.typeParams().isEmpty();
    }

    private void members(Decl.Gen g) {
        for (Spec sp : g.specs()) {
            if (sp instanceof Spec.Type t && info.defs.get(t.name()) instanceof Obj.TypeName tn
                    && !tn.isAlias() && tn.type() instanceof Named n) {
                ssa.namedTypes().put(n.toString(), n);
            } else if (sp instanceof Spec.Value v && g.keyword() == Decl.Keyword.VAR) {
                for (Expr.Ident id : v.names()) {
                    if (info.defs.get(id) instanceof Obj.Var var && !id.isBlank()) {
                        Global gl = new Global(ssa.path() + "." + var.name(), TypeFacts.pointer(var.type()), var);
                        ssa.add(gl);
                        globals.put(var, gl);
                    }
                }
            }
        }
    }

    private void buildInit(Function init, List<Function> inits, Pos pos) {
        List<Expr> rhs = info.initOrder.stream().map(Info.Initializer::rhs).toList();
        FunctionBuilder fb = new FunctionBuilder(this, init, null, Escapes.ofExprs(info, rhs));
        fb.setCurrent(init.newBlock("entry"));
        fb.vars.seal(fb.current());
        for (Info.Initializer in : info.initOrder) {
            List<Value> vals = fb.stmt.rhsValues(List.of(in.rhs()), in.lhs().size(), in.rhs().pos());
            for (int i = 0; i < in.lhs().size(); i++) {
                Global g = globals.get(in.lhs().get(i));
                if (g != null) Emit.store(fb, g, vals.get(i), in.rhs().pos());
            }
        }
        for (Function f : inits) Emit.call(fb, f, List.of(), f.signature(), pos);
        fb.emit(new Instruction.Return(List.of()), pos);
        fb.vars.sealAll(init);
        Finisher.finish(fb);
    }
}
