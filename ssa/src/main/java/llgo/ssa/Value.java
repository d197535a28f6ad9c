package llgo.ssa;

import java.util.List;

import llgo.frontend.types.Type;

/**
 * An SSA value: something an instruction can use as an operand. Values are constants,
 * package-level members (functions and globals), parameters, free variables, builtins,
 * and the instructions that compute a value ({@link Instruction.ValueInstr}).
 * Identity is object identity.
 */
public interface Value {
    /** The Go type of the value; a {@link llgo.frontend.types.Type.Tuple} for multi-value calls. */
    Type type();

    /** The name used in printed SSA: a register {@code t3}, a constant literal, or a symbol. */
    String name();

    /**
     * The instructions that use this value as an operand, in no particular order; kept up
     * to date by {@link Instruction#setOperand} and the builder. Constants share no list
     * and return an empty one.
     */
    List<Instruction> referrers();
}
