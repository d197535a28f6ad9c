package llgo.ssa;

import java.util.ArrayList;
import java.util.List;

import llgo.frontend.types.Obj;
import llgo.frontend.types.Type;

/**
 * A package-level variable. As a value it is the variable's <em>address</em>: its type is
 * {@code *T} for a variable of type T. {@code symbol} is gc's name ({@code main.x}).
 *
 * <p>Example printed form: {@code main.x}.
 */
public final class Global implements Value, Member {
    private final String symbol;
    private final Type type;
    private final Obj.Var obj;
    private final List<Instruction> referrers = new ArrayList<>();

    /** @param type the pointer type {@code *T} of the variable's address */
    public Global(String symbol, Type type, Obj.Var obj) {
        this.symbol = symbol;
        this.type = type;
        this.obj = obj;
    }

    public Obj.Var obj() { return obj; }
    @Override public String symbol() { return symbol; }
    @Override public Type type() { return type; }
    @Override public String name() { return symbol; }
    @Override public List<Instruction> referrers() { return referrers; }
    @Override public String toString() { return symbol; }
}
