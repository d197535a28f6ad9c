/*
 * Type argument inference for calls of generic functions (Go spec: "Type inference";
 * go/types infer.go as of Go 1.19): function argument type inference unifies parameter
 * types with the types of typed arguments, then constraint type inference unifies each
 * type parameter with the core type of its constraint, then untyped constant arguments
 * give their default types to parameters that are bare type parameters, and inferred
 * types are substituted into each other. Errors use types2's wording ("cannot infer T").
 */
package llgo.frontend.types;

import java.util.ArrayList;
import java.util.List;

import llgo.frontend.syntax.Pos;

final class Infer {
    private final Checker c;

    Infer(Checker c) { this.c = c; }

    /**
     * The complete type arguments for tparams, or null after reporting an error.
     *
     * @param given  the explicit type arguments (a prefix, possibly empty)
     * @param params the parameter types matching args one to one (variadic already expanded)
     * @param args   the evaluated arguments, none invalid
     */
    List<Type> infer(Pos pos, List<TypeParam> tparams, List<Type> given, List<Type> params, List<Operand> args) {
        for (Operand a : args) {
            if (a.type != null && mentions(a.type, tparams)) {
                // a call of the generic function in its own body, such as f(x-1) in f[T](x T):
                // the T of the argument is not the T being inferred (go/types renameTParams)
                List<TypeParam> fresh = renamed(tparams);
                Subst rename = Subst.of(tparams, List.copyOf(fresh));
                return infer(pos, fresh, given, params.stream().map(rename::type).toList(), args);
            }
        }
        int n = tparams.size();
        Type[] targs = new Type[n];
        for (int i = 0; i < given.size() && i < n; i++) targs[i] = given.get(i);
        if (given.size() >= n) return List.of(targs);
        Subst known = Subst.of(tparams, given);
        Unifier u = new Unifier(tparams, targs);
        List<Integer> untyped = new ArrayList<>();
        for (int i = 0; i < args.size() && i < params.size(); i++) {
            Type par = known.type(params.get(i));
            Operand arg = args.get(i);
            if (!mentions(par, tparams)) continue;
            if (Predicates.isTyped(arg.type)) {
                if (!u.unify(par, arg.type)) {
                    mismatch("type", tparams, targs, par, arg.type, arg);
                    return null;
                }
            } else if (u.index(par) >= 0) {
                untyped.add(i);
            }
        }
        if (!constraintInference(pos, tparams, u)) return null;
        // untyped arguments give their default types to parameters not inferred so far
        Type[] before = targs.clone();
        for (int i : untyped) {
            Type par = params.get(i);
            int k = u.index(par);
            if (k < 0 || before[k] != null) continue;
            Operand arg = args.get(i);
            Type d = Predicates.defaultType(arg.type);
            if (Predicates.isTyped(d) && !u.unify(par, d)) {
                mismatch("default type", tparams, targs, par, d, arg);
                return null;
            }
        }
        if (!constraintInference(pos, tparams, u)) return null;
        for (int round = 0; round < n; round++) {
            Subst s = Subst.of(tparams, java.util.Arrays.asList(targs));
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                if (targs[i] == null) continue;
                Type t = s.type(targs[i]);
                if (t != targs[i]) { targs[i] = t; changed = true; }
            }
            if (!changed) break;
        }
        for (int i = 0; i < n; i++) {
            if (targs[i] == null) {
                TypeParam p = tparams.get(i);
                c.errorf(pos, "cannot infer %s (%s)", p.obj().name(), p.obj().pos());
                return null;
            }
        }
        return List.of(targs);
    }

    /** Type parameters like tparams (same names, positions and constraints in their terms) but distinct from them. */
    private static List<TypeParam> renamed(List<TypeParam> tparams) {
        List<TypeParam> fresh = new ArrayList<>();
        for (TypeParam p : tparams) {
            Obj.TypeName tn = new Obj.TypeName(p.obj().pos(), p.obj().pkg(), p.obj().name(), null);
            TypeParam q = new TypeParam(tn, p.index(), Interface.EMPTY);
            tn.setType(q);
            fresh.add(q);
        }
        Subst rename = Subst.of(tparams, List.copyOf(fresh));
        for (int i = 0; i < tparams.size(); i++) fresh.get(i).setConstraint(rename.type(tparams.get(i).constraint()));
        return fresh;
    }

    /** types2 infer's errorf: argument type targ (of the given kind) does not match parameter type par. */
    private void mismatch(String kind, List<TypeParam> tparams, Type[] targs, Type par, Type targ, Operand arg) {
        if (targs[0] == null && java.util.Arrays.stream(targs).allMatch(java.util.Objects::isNull)) {
            c.errorf(arg.expr.pos(), "%s %s of %s does not match %s (cannot infer %s)", kind, c.str(targ), c.str(arg.expr),
                    c.str(par), typeParamsString(tparams));
            return;
        }
        Type inferred = Subst.of(tparams, java.util.Arrays.asList(targs)).type(par);
        if (inferred != par) {
            c.errorf(arg.expr.pos(), "%s %s of %s does not match inferred type %s for %s", kind, c.str(targ), c.str(arg.expr),
                    c.str(inferred), c.str(par));
        } else {
            c.errorf(arg.expr.pos(), "%s %s of %s does not match %s", kind, c.str(targ), c.str(arg.expr), c.str(par));
        }
    }

    /** types2 typeParamsString: "T", "T and U", "T, U, and V". */
    private static String typeParamsString(List<TypeParam> tparams) {
        int n = tparams.size();
        if (n == 1) return tparams.get(0).obj().name();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(n > 2 ? ", " : " ");
            if (i == n - 1) sb.append("and ");
            sb.append(tparams.get(i).obj().name());
        }
        return sb.toString();
    }

    /** Constraint type inference: unify each type parameter with its constraint's core type. */
    private boolean constraintInference(Pos pos, List<TypeParam> tparams, Unifier u) {
        for (int round = 0; round <= tparams.size(); round++) {
            boolean progress = false;
            for (int i = 0; i < tparams.size(); i++) {
                TypeParam p = tparams.get(i);
                List<Type.Term> terms = p.iface().terms();
                if (terms == null || terms.isEmpty()) continue;
                Type core;
                boolean tilde;
                if (terms.size() == 1) {
                    core = terms.get(0).type();
                    tilde = terms.get(0).tilde();
                } else {
                    core = TypeSets.coreType(p);
                    tilde = true;
                    if (core == null) continue;
                }
                Type tx = u.targs[i];
                if (tx != null) {
                    Type t = tilde && !(tx instanceof TypeParam) ? tx.underlying() : tx;
                    int before = boundCount(u);
                    if (!u.unify(t, core)) {
                        c.errorf(pos, "%s does not match %s%s", p.obj().name(), tilde ? "~" : "", c.str(core));
                        return false;
                    }
                    if (boundCount(u) > before) progress = true;
                } else if (terms.size() == 1 && !tilde) {
                    u.targs[i] = core;
                    progress = true;
                }
            }
            if (!progress) break;
        }
        return true;
    }

    /** The number of type parameters inferred so far. */
    private static int boundCount(Unifier u) {
        int k = 0;
        for (Type t : u.targs) if (t != null) k++;
        return k;
    }

    /** Whether t mentions any of tparams. */
    static boolean mentions(Type t, List<TypeParam> tparams) {
        return mentions(t, tparams, 0);
    }

    private static boolean mentions(Type t, List<TypeParam> tparams, int depth) {
        if (t == null || depth > 32) return false;
        if (t instanceof TypeParam p) return tparams.contains(p);
        if (t instanceof Type.Pointer p) return mentions(p.elem(), tparams, depth + 1);
        if (t instanceof Type.Slice s) return mentions(s.elem(), tparams, depth + 1);
        if (t instanceof Type.Array a) return mentions(a.elem(), tparams, depth + 1);
        if (t instanceof Type.Map m) return mentions(m.key(), tparams, depth + 1) || mentions(m.elem(), tparams, depth + 1);
        if (t instanceof Type.Chan ch) return mentions(ch.elem(), tparams, depth + 1);
        if (t instanceof Type.Struct s) {
            for (Obj.Var f : s.fields()) if (mentions(f.type(), tparams, depth + 1)) return true;
            return false;
        }
        if (t instanceof Type.Tuple tu) {
            for (Obj.Var v : tu.vars()) if (mentions(v.type(), tparams, depth + 1)) return true;
            return false;
        }
        if (t instanceof Type.Signature sig) return mentions(sig.params(), tparams, depth + 1) || mentions(sig.results(), tparams, depth + 1);
        if (t instanceof Named n) {
            for (Type a : n.typeArgs()) if (mentions(a, tparams, depth + 1)) return true;
            return false;
        }
        if (t instanceof Interface it) {
            for (Obj.Func m : it.explicitMethods()) if (mentions(m.type(), tparams, depth + 1)) return true;
            for (Type e : it.embeddeds()) if (mentions(e, tparams, depth + 1)) return true;
            return false;
        }
        if (t instanceof Type.Union u) {
            for (Type.Term term : u.terms()) if (mentions(term.type(), tparams, depth + 1)) return true;
        }
        return false;
    }
}
