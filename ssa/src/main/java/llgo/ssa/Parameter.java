package llgo.ssa;

import java.util.ArrayList;
import java.util.List;

import llgo.frontend.types.Obj;
import llgo.frontend.types.Type;

/**
 * A function parameter (the receiver first for methods). {@code obj} is the declared
 * variable, or null for a synthetic or unnamed parameter.
 *
 * <p>Example printed form: {@code x}, with the type in the function header.
 */
public final class Parameter implements Value {
    private final String name;
    private final Type type;
    private final Obj.Var obj;
    private final List<Instruction> referrers = new ArrayList<>();

    public Parameter(String name, Type type, Obj.Var obj) {
        this.name = name;
        this.type = type;
        this.obj = obj;
    }

    public Obj.Var obj() { return obj; }
    @Override public Type type() { return type; }
    @Override public String name() { return name; }
    @Override public List<Instruction> referrers() { return referrers; }
    @Override public String toString() { return name; }
}
