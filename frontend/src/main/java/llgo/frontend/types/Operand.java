/*
 * An operand: the intermediate result of checking an expression (go/types operand.go).
 * It has a mode, the expression, a type, a constant value in CONSTANT mode and the
 * builtin in BUILTIN mode. INVALID means an error was already reported: every rule
 * returns early on it, which stops error cascades.
 */
package llgo.frontend.types;

import llgo.frontend.constant.ConstOps;
import llgo.frontend.constant.Value;
import llgo.frontend.syntax.Expr;
import llgo.frontend.types.TypeAndValue.Mode;

final class Operand {
    Mode mode = Mode.INVALID;
    Expr expr;
    Type type = Basic.INVALID;
    Value val;
    Obj.Builtin builtin;
    /** Set for the untyped nil value (types2's nilvalue mode). */
    boolean isNil;

    boolean invalid() { return mode == Mode.INVALID; }

    void invalidate() { mode = Mode.INVALID; }

    void set(Mode m, Type t) {
        mode = m;
        type = t;
        val = null;
        isNil = false;
    }

    void setConst(Type t, Value v) {
        mode = Mode.CONSTANT;
        type = t;
        val = v;
        isNil = false;
    }

    void copyFrom(Operand o) {
        mode = o.mode; expr = o.expr; type = o.type; val = o.val; builtin = o.builtin; isNil = o.isNil;
    }

    boolean isUntyped() { return type instanceof Basic b && b.isUntyped(); }

    /** The operand as types2 prints it in messages: {@code x (variable of type int)}. */
    String describe(TypeStrings ts) {
        if (isNil) {
            return type instanceof Basic b && b.kind() == Basic.Kind.UNTYPED_NIL ? "nil" : "nil (of type " + ts.type(type) + ")";
        }
        StringBuilder b = new StringBuilder();
        String e = expr != null ? ts.expr(expr) : switch (mode) {
            case BUILTIN -> builtin.name();
            case TYPEXPR -> ts.type(type);
            case CONSTANT -> ConstOps.format(val);
            default -> "";
        };
        if (!e.isEmpty()) b.append(e).append(" (");
        boolean hasType = false;
        switch (mode) {
            case INVALID, NOVALUE, BUILTIN, TYPEXPR -> { }
            default -> {
                if (type instanceof Basic bt && bt.isUntyped()) b.append(bt.name()).append(' ');
                else hasType = true;
            }
        }
        b.append(modeString());
        if (mode == Mode.CONSTANT) {
            String s = ConstOps.format(val);
            if (!s.equals(e)) b.append(' ').append(s);
        }
        if (hasType) {
            if (type != Basic.INVALID) {
                boolean generic = type instanceof Named n && !n.isInstance() && !n.typeParams().isEmpty()
                        || type instanceof Type.Signature sig && !sig.typeParams().isEmpty();
                b.append(generic ? " of parameterized type " : " of type ").append(ts.type(type));
                if (type instanceof TypeParam p) b.append(" constrained by ").append(ts.type(p.constraint()));
            } else {
                b.append(" with invalid type");
            }
        }
        if (!e.isEmpty()) b.append(')');
        return b.toString();
    }

    private String modeString() {
        return switch (mode) {
            case INVALID -> "invalid operand";
            case NOVALUE -> "no value";
            case BUILTIN -> "built-in";
            case TYPEXPR -> "type";
            case CONSTANT -> "constant";
            case VARIABLE -> "variable";
            case MAPINDEX -> "map index expression";
            case VALUE -> "value";
            case COMMAOK -> "comma, ok expression";
        };
    }
}
