package llgo.ssa;

import java.util.ArrayList;
import java.util.List;

import llgo.frontend.types.Type;

/**
 * A variable of an enclosing function captured by a closure. Captured variables live in
 * the heap, so a FreeVar's type is a pointer to the variable ({@code *T}); the closure
 * receives them through its context (see runtime/ABI.md, "Calling convention").
 *
 * <p>Example printed form: {@code x} (listed in the function header as {@code # Free variables}).
 */
public final class FreeVar implements Value {
    private final String name;
    private final Type type;
    private final List<Instruction> referrers = new ArrayList<>();

    public FreeVar(String name, Type type) {
        this.name = name;
        this.type = type;
    }

    @Override public Type type() { return type; }
    @Override public String name() { return name; }
    @Override public List<Instruction> referrers() { return referrers; }
    @Override public String toString() { return name; }
}
