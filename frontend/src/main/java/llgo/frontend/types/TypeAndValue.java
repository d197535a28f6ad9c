package llgo.frontend.types;

import llgo.frontend.constant.Value;

/**
 * What the checker knows about one expression: its mode, its type, and its value when
 * the mode is CONSTANT (go/types.TypeAndValue). For untyped constant expressions that were
 * converted by context, {@code type} is the final (typed) type.
 */
public record TypeAndValue(Mode mode, Type type, Value value) {

    public enum Mode {
        /** An error was reported for this expression; stops cascades. */
        INVALID,
        /** A call of a function without results. */
        NOVALUE,
        BUILTIN,
        TYPEXPR,
        CONSTANT,
        /** An addressable variable. */
        VARIABLE,
        /** A map index expression, assignable but not addressable. */
        MAPINDEX,
        VALUE,
        /** A value that may also be used in the comma-ok form (map index, type assertion, receive). */
        COMMAOK
    }

    public boolean isType() { return mode == Mode.TYPEXPR; }
    public boolean isConstant() { return mode == Mode.CONSTANT; }
    public boolean isValue() { return switch (mode) { case CONSTANT, VARIABLE, MAPINDEX, VALUE, COMMAOK -> true; default -> false; }; }
    public boolean addressable() { return mode == Mode.VARIABLE; }
}
