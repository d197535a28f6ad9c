/*
 * The universe scope and package unsafe (Go spec: "Predeclared identifiers", "Package
 * unsafe"; go/types universe.go): basic types, byte and rune aliases, any, error,
 * comparable, true/false/iota/nil and the built-in functions. Both are built once and
 * shared by every check; their objects have no package (unsafe's have the unsafe package).
 */
package llgo.frontend.types;

import java.util.List;

import llgo.frontend.constant.ConstOps;
import llgo.frontend.syntax.Pos;

public final class Universe {
    private Universe() {}

    public static final Scope SCOPE = new Scope(null, "universe");
    public static final Package UNSAFE = new Package("unsafe", "unsafe", SCOPE);
    /** The predeclared {@code error} type: {@code interface{ Error() string }}. */
    public static final Named ERROR;
    /** The predeclared {@code any}: an alias of {@code interface{}}. */
    public static final Interface ANY = Interface.EMPTY;
    public static final Obj.Nil NIL = new Obj.Nil();
    public static final Obj.Const IOTA;
    /** The alias types byte and rune: identical to uint8 and int32, but printed by their own names as gc does. */
    public static final Basic BYTE = new Basic(Basic.Kind.UINT8, "byte");
    public static final Basic RUNE = new Basic(Basic.Kind.INT32, "rune");
    /** The predeclared constraint {@code comparable}: the interface of all strictly comparable types. */
    public static final Named COMPARABLE;

    static {
        for (Basic.Kind k : Basic.Kind.values()) {
            Basic b = Basic.of(k);
            if (k == Basic.Kind.INVALID || b.isUntyped() || k == Basic.Kind.UNSAFE_POINTER) continue;
            SCOPE.insert(new Obj.TypeName(Pos.NONE, null, b.name(), b));
        }
        SCOPE.insert(new Obj.TypeName(Pos.NONE, null, "byte", BYTE));
        SCOPE.insert(new Obj.TypeName(Pos.NONE, null, "rune", RUNE));
        SCOPE.insert(new Obj.TypeName(Pos.NONE, null, "any", ANY));

        Obj.TypeName errObj = new Obj.TypeName(Pos.NONE, null, "error", null);
        ERROR = new Named(errObj, null);
        errObj.setType(ERROR);
        Obj.Var recv = Obj.Var.param(Pos.NONE, null, "", ERROR);
        Obj.Var res = Obj.Var.param(Pos.NONE, null, "", Basic.of(Basic.Kind.STRING));
        Obj.Func errMethod = new Obj.Func(Pos.NONE, null, "Error",
                new Type.Signature(recv, List.of(), Type.Tuple.EMPTY, new Type.Tuple(List.of(res)), false));
        Interface errIface = new Interface(List.of(errMethod), List.of());
        errIface.complete(List.of(errMethod));
        ERROR.setUnderlying(errIface);
        SCOPE.insert(errObj);

        Obj.TypeName cmpObj = new Obj.TypeName(Pos.NONE, null, "comparable", null);
        Interface cmpIface = new Interface(List.of(), List.of());
        cmpIface.complete(List.of(), null, true);
        COMPARABLE = new Named(cmpObj, cmpIface);
        cmpObj.setType(COMPARABLE);
        SCOPE.insert(cmpObj);

        Basic ub = Basic.of(Basic.Kind.UNTYPED_BOOL);
        SCOPE.insert(new Obj.Const(Pos.NONE, null, "true", ub, ConstOps.makeBool(true)));
        SCOPE.insert(new Obj.Const(Pos.NONE, null, "false", ub, ConstOps.makeBool(false)));
        IOTA = new Obj.Const(Pos.NONE, null, "iota", Basic.of(Basic.Kind.UNTYPED_INT), ConstOps.makeInt(0));
        SCOPE.insert(IOTA);
        SCOPE.insert(NIL);

        for (Obj.Builtin.Id id : Obj.Builtin.Id.values()) {
            String n = id.name().toLowerCase();
            if (n.startsWith("unsafe_")) {
                n = n.substring(7);
                n = Character.toUpperCase(n.charAt(0)) + n.substring(1);
                UNSAFE.scope().insert(new Obj.Builtin(n, id));
            } else {
                SCOPE.insert(new Obj.Builtin(n, id));
            }
        }
        UNSAFE.scope().insert(new Obj.TypeName(Pos.NONE, UNSAFE, "Pointer", Basic.of(Basic.Kind.UNSAFE_POINTER)));
    }
}
