package llgo.ssa;

import llgo.frontend.syntax.Pos;
import llgo.frontend.types.Obj;
import llgo.frontend.types.Type;

/**
 * The left-hand side of an assignment, once its operands are evaluated (Go spec:
 * "Assignment statements": operands of index expressions and pointer indirections on the
 * left are evaluated first, then the assignments happen left to right). After go/ssa's
 * lvalue.go.
 */
sealed interface LValue {
    Type type();
    Value load(FunctionBuilder fb, Pos pos);
    void store(FunctionBuilder fb, Value v, Pos pos);

    /** A local kept in an SSA register. */
    record Register(Obj.Var var) implements LValue {
        public Type type() { return var.type(); }
        public Value load(FunctionBuilder fb, Pos pos) { return fb.readVar(var, pos); }
        public void store(FunctionBuilder fb, Value v, Pos pos) { fb.writeRegister(var, v, pos); }
    }

    /** A location in memory. */
    record Address(Value addr) implements LValue {
        public Type type() { return TypeFacts.deref(addr.type()); }
        public Value load(FunctionBuilder fb, Pos pos) { return Emit.load(fb, addr, pos); }
        public void store(FunctionBuilder fb, Value v, Pos pos) { Emit.store(fb, addr, v, pos); }
    }

    /**
     * A field or element whose operands are evaluated but whose address is formed (with its
     * nil or bounds check) only when it is stored to: the left side of a tuple assignment,
     * as gc's ascompatee (walk/assign.go) checks each destination as it assigns it.
     * @param index the element index, or null for field number {@code field} of *base
     * @param type the type of the field or element
     */
    record Late(Value base, Value index, int field, Type type) implements LValue {
        private Value address(FunctionBuilder fb, Pos pos) {
            return index != null ? Emit.indexAddr(fb, base, index, pos) : Emit.fieldAddr(fb, base, field, pos);
        }
        public Value load(FunctionBuilder fb, Pos pos) { return Emit.load(fb, address(fb, pos), pos); }
        public void store(FunctionBuilder fb, Value v, Pos pos) { Emit.store(fb, address(fb, pos), v, pos); }
    }

    /** {@code m[k]} on the left: a MapUpdate. */
    record MapElem(Value map, Value key, Type type) implements LValue {
        public Value load(FunctionBuilder fb, Pos pos) { return fb.emit(new Instruction.Lookup(type, map, key, false), pos); }
        public void store(FunctionBuilder fb, Value v, Pos pos) {
            fb.emit(new Instruction.MapUpdate(map, key, Emit.conv(fb, v, type, pos)), pos);
        }
    }

    /** The blank identifier: the value is evaluated and dropped. */
    record Blank(Type type) implements LValue {
        public Value load(FunctionBuilder fb, Pos pos) { throw new IllegalStateException("load of _"); }
        public void store(FunctionBuilder fb, Value v, Pos pos) {}
    }
}
