package llgo.ssa;

import java.util.List;

import llgo.frontend.types.Obj;
import llgo.frontend.types.Type;

/**
 * A built-in function used as the callee of a {@link Instruction.Call}: {@code len},
 * {@code append}, {@code print}, {@code panic}, ... Builtins are never values otherwise.
 * {@code sig} is the signature of this particular call (builtins are polymorphic).
 *
 * <p>Example printed form: {@code len}, as in {@code t2 = len(t1)}.
 */
public record Builtin(Obj.Builtin.Id id, String name, Type.Signature sig) implements Value {
    @Override public Type type() { return sig; }
    @Override public List<Instruction> referrers() { return List.of(); }
    @Override public String toString() { return name; }
}
