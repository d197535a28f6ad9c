package llgo.ssa;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import llgo.frontend.Diagnostics;
import llgo.frontend.syntax.Decl;
import llgo.frontend.syntax.Expr;
import llgo.frontend.syntax.File;
import llgo.frontend.syntax.Pos;
import llgo.frontend.syntax.Spec;
import llgo.frontend.types.Info;
import llgo.frontend.types.Named;
import llgo.frontend.types.Obj;
import llgo.frontend.types.Type;

/**
 * Builds the SSA form of one type-checked package (go/ssa's builder.go, package level):
 * first every member is created (a Function per declared function and method, named as gc
 * names symbols; a Global per package-level variable; the named types), so bodies can
 * refer to each other in any order; then each body is built by a {@link FunctionBuilder};
 * last the synthetic {@code path.init} runs the variable initialisers in the checker's
 * {@link Info#initOrder} (Go spec: "Package initialization") and then the {@code init}
 * functions in source order ({@code path.init.0}, {@code path.init.1}, ...).
 * Constructs not handled are reported with {@link Diagnostics#unsupported}; building goes on.
 */
public final class Builder {
    final Info info;
    final Diagnostics diag;
    final Package ssa;
    final Wrappers wrappers = new Wrappers(this);
    private final Map<Obj.Func, Function> functions = new IdentityHashMap<>();
    private final Map<Obj.Var, Global> globals = new IdentityHashMap<>();

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

    Function function(Obj.Func f) { return functions.get(f); }

    Global global(Obj.Var v) { return globals.get(v); }

    private record Body(Function fn, Decl.Func decl) {}

    private void buildAll(List<File> files) {
        String path = ssa.path();
        List<Body> bodies = new ArrayList<>();
        List<Function> inits = new ArrayList<>();
        for (File f : files) {
            for (Decl d : f.decls()) {
                if (d instanceof Decl.Gen g) members(g);
                else if (d instanceof Decl.Func fd && !fd.name().isBlank() && info.defs.get(fd.name()) instanceof Obj.Func obj) {
                    // A function named _ can never be called (Go spec: "Blank identifier"): no code.
                    boolean isInit = fd.recv() == null && fd.name().name().equals("init");
                    String symbol = isInit ? path + ".init." + inits.size() : obj.fullName();
                    Function fn = new Function(symbol, obj.signature(), obj, null, fd.pos());
                    ssa.add(fn);
                    if (isInit) inits.add(fn); else functions.put(obj, fn);
                    if (isGeneric(obj)) diag.unsupported(fd.name().pos(), "generic function " + fd.name().name());
                    else if (fd.body() != null) bodies.add(new Body(fn, fd));
                }
            }
        }
        if (rejectInstances()) return;
        Pos initPos = files.isEmpty() ? Pos.NONE : files.get(0).pos();
        Function init = new Function(path + ".init", new Type.Signature(null, List.of(), Type.Tuple.EMPTY, Type.Tuple.EMPTY, false),
                null, null, initPos);
        ssa.add(init);
        for (Body b : bodies) {
            Decl.Func d = b.decl();
            guarded(b.fn(), () -> {
                Set<Obj.Var> escaping = Escapes.of(info, d.recv(), d.type(), d.body());
                new FunctionBuilder(this, b.fn(), null, escaping).build(d.recv(), d.type(), d.body());
            });
        }
        guarded(init, () -> buildInit(init, inits, initPos));
    }

    /** Runs body; an internal failure is reported at fn's position instead of escaping as an exception. */
    private void guarded(Function fn, Runnable body) {
        try {
            body.run();
        } catch (RuntimeException | AssertionError e) {
            diag.error(fn.pos(), "internal compiler error: building SSA of " + fn.symbol() + ": " + e);
        }
    }

    /**
     * Generic code is type-checked but not compiled yet: every instantiation the checker
     * recorded is reported as not supported, at its position, and no body is built.
     *
     * @return whether the package instantiates generic types or functions
     */
    private boolean rejectInstances() {
        if (info.instances.isEmpty()) return false;
        List<Expr.Ident> ids = new ArrayList<>(info.instances.keySet());
        ids.sort((a, b) -> a.pos().compareTo(b.pos()));
        for (Expr.Ident id : ids) {
            String what = info.instances.get(id).type() instanceof Named ? "generic type " : "generic function ";
            diag.unsupported(id.pos(), "instantiation of " + what + id.name());
        }
        return true;
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
