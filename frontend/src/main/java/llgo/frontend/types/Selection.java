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

    /** The type of {@code x.f} (for methods, the signature without receiver; for method expressions, with the receiver as first parameter). */
    public Type type() { return obj.type(); }
}
