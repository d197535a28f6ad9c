package llgo.frontend.types;

import java.util.List;

/**
 * The resolution of a selector expression {@code x.f} that is not a qualified identifier
 * (go/types.Selection). {@code index} is the path of field indices through embedded fields,
 * the last entry being the field's or method's index; {@code indirect} says whether a
 * pointer was followed on the way.
 */
public record Selection(Kind kind, Type recv, Obj obj, List<Integer> index, boolean indirect) {
    public enum Kind { FIELD_VAL, METHOD_VAL, METHOD_EXPR }

    /**
     * The type of the selected object: a field's type, or a method's declared signature
     * (with its receiver). The type of the expression {@code x.f} itself (a method value's
     * signature has no receiver) is recorded in {@link Info#types}.
     */
    public Type type() { return obj.type(); }
}
