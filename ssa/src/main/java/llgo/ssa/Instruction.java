package llgo.ssa;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import llgo.frontend.syntax.Op;
import llgo.frontend.syntax.Pos;
import llgo.frontend.types.Obj;
import llgo.frontend.types.Type;

/**
 * Every SSA instruction, in one place (after go/ssa's ssa.go). An instruction belongs to
 * one {@link BasicBlock}; its operands are kept in one list so that replacing a value
 * ({@link #setOperand}) also keeps the referrer lists right. Instructions that compute a
 * value extend {@link ValueInstr} and are named by register ({@code t3}).
 *
 * <p>Handling every kind is checked by the compiler through {@link Visitor}: a pass
 * implements it rather than testing classes one by one.
 */
public abstract sealed class Instruction permits Instruction.ValueInstr, Instruction.Jump, Instruction.If,
        Instruction.Return, Instruction.Panic, Instruction.Store, Instruction.MapUpdate, Instruction.Send,
        Instruction.Go, Instruction.Defer, Instruction.RunDefers {

    private BasicBlock block;
    private Pos pos = Pos.NONE;
    private final List<Value> operands = new ArrayList<>();

    protected Instruction(List<? extends Value> ops) {
        operands.addAll(ops);
    }

    public BasicBlock block() { return block; }
    public void setBlock(BasicBlock b) { this.block = b; }
    /** The source position the instruction comes from (for panics and debug info), or Pos.NONE. */
    public Pos pos() { return pos; }
    public Instruction setPos(Pos p) { this.pos = p; return this; }

    /** The operands in a fixed order documented by each kind; null entries mean "absent". */
    public List<Value> operands() { return java.util.Collections.unmodifiableList(operands); }

    public Value operand(int i) { return operands.get(i); }

    /** Replaces operand i, moving this instruction from the old value's referrers to the new one's. */
    public void setOperand(int i, Value v) {
        Value old = operands.get(i);
        operands.set(i, v);
        if (tracksReferrers(old) && !operands.contains(old)) old.referrers().remove(this);
        if (v != null && !(v instanceof Const) && !(v instanceof Builtin) && !v.referrers().contains(this)) v.referrers().add(this);
    }

    protected void addOperand(Value v) { operands.add(v); }

    /** Constants and builtins share no referrer list. */
    private static boolean tracksReferrers(Value v) { return v != null && !(v instanceof Const) && !(v instanceof Builtin); }

    /** Removes operand i, unregistering this instruction from its referrers if no other operand uses it. */
    protected void removeOperand(int i) {
        Value old = operands.remove(i);
        if (tracksReferrers(old) && !operands.contains(old)) old.referrers().remove(this);
    }

    /** Registers this instruction as a referrer of each operand. Called once when the instruction is added to a block. */
    public void linkOperands() {
        for (Value v : operands) {
            if (v != null && !(v instanceof Const) && !(v instanceof Builtin) && !v.referrers().contains(this)) v.referrers().add(this);
        }
    }

    public boolean isTerminator() { return this instanceof Jump || this instanceof If || this instanceof Return || this instanceof Panic; }

    public abstract <R> R accept(Visitor<R> v);

    /** The printed form without the destination register. */
    protected abstract String body();

    @Override public String toString() { return body(); }

    /** A type in printed SSA, as go/types prints it (records' own toString is not Go syntax). */
    static String ts(Type t) { return llgo.frontend.types.Types.typeString(t); }

    static String names(List<? extends Value> vs) {
        return vs.stream().map(x -> x == null ? "_" : x.name()).collect(Collectors.joining(", "));
    }

    /** One method per instruction kind: a pass that implements it handles them all. */
    public interface Visitor<R> {
        R visitAlloc(Alloc i); R visitPhi(Phi i); R visitCall(Call i); R visitBinOp(BinOp i); R visitUnOp(UnOp i);
        R visitConvert(Convert i); R visitChangeType(ChangeType i); R visitMakeInterface(MakeInterface i);
        R visitChangeInterface(ChangeInterface i); R visitMakeClosure(MakeClosure i); R visitMakeSlice(MakeSlice i);
        R visitMakeMap(MakeMap i); R visitMakeChan(MakeChan i); R visitSlice(Slice i); R visitFieldAddr(FieldAddr i);
        R visitField(Field i); R visitIndexAddr(IndexAddr i); R visitIndex(Index i); R visitLookup(Lookup i);
        R visitTypeAssert(TypeAssert i); R visitExtract(Extract i); R visitRange(Range i); R visitNext(Next i);
        R visitSelect(Select i);
        R visitJump(Jump i); R visitIf(If i); R visitReturn(Return i); R visitPanic(Panic i); R visitStore(Store i);
        R visitMapUpdate(MapUpdate i); R visitSend(Send i); R visitGo(Go i); R visitDefer(Defer i); R visitRunDefers(RunDefers i);
    }

    // ------------------------------------------------------------------ value instructions

    /** An instruction that defines a value, printed {@code tN = body}. */
    public abstract static sealed class ValueInstr extends Instruction implements Value permits Alloc, Phi, Call,
            BinOp, UnOp, Convert, ChangeType, MakeInterface, ChangeInterface, MakeClosure, MakeSlice, MakeMap,
            MakeChan, Slice, FieldAddr, Field, IndexAddr, Index, Lookup, TypeAssert, Extract, Range, Next, Select {
        private final Type type;
        private String name = "t?";
        private final List<Instruction> referrers = new ArrayList<>();

        protected ValueInstr(Type type, List<? extends Value> ops) {
            super(ops);
            this.type = type;
        }

        @Override public Type type() { return type; }
        @Override public String name() { return name; }
        /** Set by register numbering when the function is finished. */
        public void setName(String n) { this.name = n; }
        @Override public List<Instruction> referrers() { return referrers; }
        @Override public String toString() { return name + " = " + body(); }
    }

    /**
     * Reserves space for a variable of type {@code elem}; the value is its address
     * ({@code *elem}), zero-initialised. {@code heap} is set when the variable escapes
     * (address taken and stored, captured by a closure, ...); otherwise it lives in the
     * frame. Operands: none.
     * <p>Example printed form: {@code t0 = local int (x)}, {@code t1 = new [3]int (arr)}.
     */
    public static final class Alloc extends ValueInstr {
        private final Type elem;
        private final String comment;
        private boolean heap;

        public Alloc(Type pointerType, Type elem, boolean heap, String comment) {
            super(pointerType, List.of());
            this.elem = elem;
            this.heap = heap;
            this.comment = comment;
        }
        public Type elem() { return elem; }
        public boolean heap() { return heap; }
        public void setHeap(boolean h) { heap = h; }
        public String comment() { return comment; }
        @Override protected String body() { return (heap ? "new " : "local ") + ts(elem) + " (" + comment + ")"; }
        @Override public <R> R accept(Visitor<R> v) { return v.visitAlloc(this); }
    }

    /**
     * The SSA phi: operand i is the value flowing in from {@code block().preds().get(i)}.
     * Created empty as a placeholder when a variable is read in a block whose predecessors
     * are not all known yet; edges are filled in once they are.
     * <p>Example printed form: {@code t4 = phi [0: 1:int, 2: t3] #x}.
     */
    public static final class Phi extends ValueInstr {
        private final String comment;

        public Phi(Type type, String comment) {
            super(type, List.of());
            this.comment = comment;
        }
        public String comment() { return comment; }
        public List<Value> edges() { return operands(); }
        public void addEdge(Value v) { addOperand(v); if (v != null && !(v instanceof Const) && !v.referrers().contains(this)) v.referrers().add(this); }
        /** Drops the edge of predecessor i (when that predecessor is removed). */
        public void removeEdge(int i) { removeOperand(i); }
        @Override protected String body() {
            StringBuilder sb = new StringBuilder("phi [");
            List<BasicBlock> preds = block() == null ? List.of() : block().preds();
            for (int i = 0; i < edges().size(); i++) {
                if (i > 0) sb.append(", ");
                sb.append(i < preds.size() ? preds.get(i).index() : "?").append(": ").append(edges().get(i) == null ? "_" : edges().get(i).name());
            }
            return sb.append("] #").append(comment).toString();
        }
        @Override public <R> R accept(Visitor<R> v) { return v.visitPhi(this); }
    }

    /**
     * A call. In "call" mode the callee operand is a {@link Function}, a {@link Builtin} or
     * any func value; in "invoke" mode ({@code method} non-null) the callee operand is an
     * interface value and {@code method} the abstract interface method. Operands: callee,
     * then arguments (the receiver is the first argument of a static method call).
     * The arguments always match the callee's parameters: the builder packs the extra
     * arguments of a variadic call into a slice (or passes the {@code s...} slice as is), and
     * {@code append}'s second argument is always a slice (or a string, for
     * {@code append([]byte, string...)}).
     * <p>Example printed forms: {@code t2 = main.fib(t1)}, {@code t5 = invoke t4.String()}, {@code t1 = len(t0)}.
     */
    public static final class Call extends ValueInstr {
        private final Obj.Func method;
        private final Type.Signature signature;

        public Call(Type resultType, Value callee, Obj.Func method, List<? extends Value> args, Type.Signature signature) {
            super(resultType, concat(callee, args));
            this.method = method;
            this.signature = signature;
        }
        public Value callee() { return operand(0); }
        public Obj.Func method() { return method; }
        public boolean isInvoke() { return method != null; }
        public List<Value> args() { return operands().subList(1, operands().size()); }
        /** The signature of the callee (for invoke mode: of the interface method, without receiver). */
        public Type.Signature signature() { return signature; }
        @Override protected String body() {
            return (isInvoke() ? "invoke " + callee().name() + "." + method.name() : callee().name()) + "(" + names(args()) + ")";
        }
        @Override public <R> R accept(Visitor<R> v) { return v.visitCall(this); }
    }

    static List<Value> concat(Value first, List<? extends Value> rest) {
        List<Value> l = new ArrayList<>();
        l.add(first);
        l.addAll(rest);
        return l;
    }

    /**
     * A binary operation {@code x op y}: arithmetic, bitwise, shifts and comparisons (never
     * && or ||, which are control flow). Shift counts may have any integer type. Operands: x, y.
     * <p>Example printed form: {@code t3 = t1 + t2}.
     */
    public static final class BinOp extends ValueInstr {
        private final Op op;
        public BinOp(Type type, Op op, Value x, Value y) { super(type, List.of(x, y)); this.op = op; }
        public Op op() { return op; }
        public Value x() { return operand(0); }
        public Value y() { return operand(1); }
        @Override protected String body() { return x().name() + " " + op.text + " " + y().name(); }
        @Override public <R> R accept(Visitor<R> v) { return v.visitBinOp(this); }
    }

    /**
     * A unary operation: {@code !x} (NOT), {@code -x} (SUB), {@code ^x} (XOR),
     * {@code *x} load through a pointer (MUL), {@code <-x} receive (ARROW; with commaOk
     * the type is the tuple (T, bool)). Operands: x.
     * <p>Example printed form: {@code t2 = *t1}, {@code t3 = <-t0,ok}.
     */
    public static final class UnOp extends ValueInstr {
        private final Op op;
        private final boolean commaOk;
        public UnOp(Type type, Op op, Value x, boolean commaOk) { super(type, List.of(x)); this.op = op; this.commaOk = commaOk; }
        public Op op() { return op; }
        public Value x() { return operand(0); }
        public boolean commaOk() { return commaOk; }
        @Override protected String body() { return (op == Op.MUL ? "*" : op.text) + x().name() + (commaOk ? ",ok" : ""); }
        @Override public <R> R accept(Visitor<R> v) { return v.visitUnOp(this); }
    }

    /**
     * A conversion that changes representation: between numeric types, integer ↔ string,
     * string ↔ []byte / []rune, pointer ↔ unsafe.Pointer ↔ uintptr. Operands: x.
     * <p>Example printed form: {@code t2 = convert int32 <- int (t1)}.
     */
    public static final class Convert extends ValueInstr {
        public Convert(Type type, Value x) { super(type, List.of(x)); }
        public Value x() { return operand(0); }
        @Override protected String body() { return "convert " + ts(type()) + " <- " + ts(x().type()) + " (" + x().name() + ")"; }
        @Override public <R> R accept(Visitor<R> v) { return v.visitConvert(this); }
    }

    /** A conversion between types with identical underlying types; no change of representation. Operands: x.
     * <p>Example printed form: {@code t2 = changetype main.Celsius <- float64 (t1)}. */
    public static final class ChangeType extends ValueInstr {
        public ChangeType(Type type, Value x) { super(type, List.of(x)); }
        public Value x() { return operand(0); }
        @Override protected String body() { return "changetype " + ts(type()) + " <- " + ts(x().type()) + " (" + x().name() + ")"; }
        @Override public <R> R accept(Visitor<R> v) { return v.visitChangeType(this); }
    }

    /** Boxes a non-interface value into an interface type. Operands: x.
     * <p>Example printed form: {@code t2 = make interface{} <- int (t1)}. */
    public static final class MakeInterface extends ValueInstr {
        public MakeInterface(Type type, Value x) { super(type, List.of(x)); }
        public Value x() { return operand(0); }
        @Override protected String body() { return "make " + ts(type()) + " <- " + ts(x().type()) + " (" + x().name() + ")"; }
        @Override public <R> R accept(Visitor<R> v) { return v.visitMakeInterface(this); }
    }

    /** Converts an interface value to another interface type that it statically implements. Operands: x.
     * <p>Example printed form: {@code t2 = change interface interface{} <- error (t1)}. */
    public static final class ChangeInterface extends ValueInstr {
        public ChangeInterface(Type type, Value x) { super(type, List.of(x)); }
        public Value x() { return operand(0); }
        @Override protected String body() { return "change interface " + ts(type()) + " <- " + ts(x().type()) + " (" + x().name() + ")"; }
        @Override public <R> R accept(Visitor<R> v) { return v.visitChangeInterface(this); }
    }

    /**
     * Creates a closure: the function {@code fn} (which has free variables) with the values
     * bound to them, in the order of {@code fn.freeVars()}. Also used for bound method values
     * {@code x.M}. Operands: fn, then bindings.
     * <p>Example printed form: {@code t3 = make closure main.main$1 [t0, t1]}.
     */
    public static final class MakeClosure extends ValueInstr {
        public MakeClosure(Type type, Function fn, List<? extends Value> bindings) { super(type, concat(fn, bindings)); }
        public Function fn() { return (Function) operand(0); }
        public List<Value> bindings() { return operands().subList(1, operands().size()); }
        @Override protected String body() { return "make closure " + fn().name() + " [" + names(bindings()) + "]"; }
        @Override public <R> R accept(Visitor<R> v) { return v.visitMakeClosure(this); }
    }

    /** {@code make([]T, len, cap)}. Operands: len, cap (both converted to int).
     * <p>Example printed form: {@code t3 = make []int t1 t2}. */
    public static final class MakeSlice extends ValueInstr {
        public MakeSlice(Type type, Value len, Value cap) { super(type, List.of(len, cap)); }
        public Value len() { return operand(0); }
        public Value cap() { return operand(1); }
        @Override protected String body() { return "make " + ts(type()) + " " + len().name() + " " + cap().name(); }
        @Override public <R> R accept(Visitor<R> v) { return v.visitMakeSlice(this); }
    }

    /** {@code make(map[K]V, reserve)}. Operands: reserve, or null.
     * <p>Example printed form: {@code t1 = make map[string]int 10:int}. */
    public static final class MakeMap extends ValueInstr {
        public MakeMap(Type type, Value reserve) { super(type, java.util.Arrays.asList(reserve)); }
        public Value reserve() { return operand(0); }
        @Override protected String body() { return "make " + ts(type()) + (reserve() == null ? "" : " " + reserve().name()); }
        @Override public <R> R accept(Visitor<R> v) { return v.visitMakeMap(this); }
    }

    /** {@code make(chan T, size)}. Operands: size (int).
     * <p>Example printed form: {@code t1 = make chan int 0:int}. */
    public static final class MakeChan extends ValueInstr {
        public MakeChan(Type type, Value size) { super(type, List.of(size)); }
        public Value size() { return operand(0); }
        @Override protected String body() { return "make " + ts(type()) + " " + size().name(); }
        @Override public <R> R accept(Visitor<R> v) { return v.visitMakeChan(this); }
    }

    /**
     * {@code x[lo:hi:max]} of a string, a slice, or a pointer to an array. Operands: x, lo,
     * hi, max (absent bounds are null).
     * <p>Example printed form: {@code t4 = slice t1[t2:t3]}.
     */
    public static final class Slice extends ValueInstr {
        public Slice(Type type, Value x, Value lo, Value hi, Value max) { super(type, java.util.Arrays.asList(x, lo, hi, max)); }
        public Value x() { return operand(0); }
        public Value lo() { return operand(1); }
        public Value hi() { return operand(2); }
        public Value max() { return operand(3); }
        @Override protected String body() {
            return "slice " + x().name() + "[" + (lo() == null ? "" : lo().name()) + ":" + (hi() == null ? "" : hi().name())
                    + (max() == null ? "" : ":" + max().name()) + "]";
        }
        @Override public <R> R accept(Visitor<R> v) { return v.visitSlice(this); }
    }

    /** The address of field {@code index} of the struct {@code *x} (panics if x is nil). Operands: x.
     * <p>Example printed form: {@code t2 = &t1.name [#0]}. */
    public static final class FieldAddr extends ValueInstr {
        private final int index;
        public FieldAddr(Type type, Value x, int index) { super(type, List.of(x)); this.index = index; }
        public Value x() { return operand(0); }
        public int index() { return index; }
        @Override protected String body() { return "&" + x().name() + "." + fieldName(x().type(), index, true) + " [#" + index + "]"; }
        @Override public <R> R accept(Visitor<R> v) { return v.visitFieldAddr(this); }
    }

    /** Field {@code index} of the struct value x. Operands: x.
     * <p>Example printed form: {@code t2 = t1.name [#0]}. */
    public static final class Field extends ValueInstr {
        private final int index;
        public Field(Type type, Value x, int index) { super(type, List.of(x)); this.index = index; }
        public Value x() { return operand(0); }
        public int index() { return index; }
        @Override protected String body() { return x().name() + "." + fieldName(x().type(), index, false) + " [#" + index + "]"; }
        @Override public <R> R accept(Visitor<R> v) { return v.visitField(this); }
    }

    static String fieldName(Type t, int index, boolean pointer) {
        Type u = t.underlying();
        if (pointer && u instanceof Type.Pointer p) u = p.elem().underlying();
        if (u instanceof Type.Struct s && index < s.fields().size()) return s.fields().get(index).name();
        return "?";
    }

    /** The address of element {@code index} of a slice or of the array {@code *x}, bounds-checked. Operands: x, index.
     * <p>Example printed form: {@code t3 = &t1[t2]}. */
    public static final class IndexAddr extends ValueInstr {
        public IndexAddr(Type type, Value x, Value index) { super(type, List.of(x, index)); }
        public Value x() { return operand(0); }
        public Value index() { return operand(1); }
        @Override protected String body() { return "&" + x().name() + "[" + index().name() + "]"; }
        @Override public <R> R accept(Visitor<R> v) { return v.visitIndexAddr(this); }
    }

    /** Element {@code index} of an array value, bounds-checked. Operands: x, index.
     * <p>Example printed form: {@code t3 = t1[t2]}. */
    public static final class Index extends ValueInstr {
        public Index(Type type, Value x, Value index) { super(type, List.of(x, index)); }
        public Value x() { return operand(0); }
        public Value index() { return operand(1); }
        @Override protected String body() { return x().name() + "[" + index().name() + "]"; }
        @Override public <R> R accept(Visitor<R> v) { return v.visitIndex(this); }
    }

    /**
     * A map lookup {@code m[k]} (the zero value when absent; with commaOk the type is the
     * tuple (V, bool)) or a string byte index {@code s[i]} (bounds-checked). Operands: x, index.
     * <p>Example printed form: {@code t3 = t1[t2],ok}.
     */
    public static final class Lookup extends ValueInstr {
        private final boolean commaOk;
        public Lookup(Type type, Value x, Value index, boolean commaOk) { super(type, List.of(x, index)); this.commaOk = commaOk; }
        public Value x() { return operand(0); }
        public Value index() { return operand(1); }
        public boolean commaOk() { return commaOk; }
        @Override protected String body() { return x().name() + "[" + index().name() + "]" + (commaOk ? ",ok" : ""); }
        @Override public <R> R accept(Visitor<R> v) { return v.visitLookup(this); }
    }

    /**
     * {@code x.(T)}: for a concrete T yields the value, for an interface T the converted
     * interface; panics on failure unless commaOk (then the type is the tuple (T, bool)). Operands: x.
     * <p>Example printed form: {@code t2 = typeassert,ok t1.(int)}.
     */
    public static final class TypeAssert extends ValueInstr {
        private final Type asserted;
        private final boolean commaOk;
        public TypeAssert(Type type, Value x, Type asserted, boolean commaOk) { super(type, List.of(x)); this.asserted = asserted; this.commaOk = commaOk; }
        public Value x() { return operand(0); }
        public Type asserted() { return asserted; }
        public boolean commaOk() { return commaOk; }
        @Override protected String body() { return "typeassert" + (commaOk ? ",ok " : " ") + x().name() + ".(" + ts(asserted) + ")"; }
        @Override public <R> R accept(Visitor<R> v) { return v.visitTypeAssert(this); }
    }

    /** Component {@code index} of a tuple-typed value. Operands: tuple.
     * <p>Example printed form: {@code t3 = extract t2 #1}. */
    public static final class Extract extends ValueInstr {
        private final int index;
        public Extract(Type type, Value tuple, int index) { super(type, List.of(tuple)); this.index = index; }
        public Value tuple() { return operand(0); }
        public int index() { return index; }
        @Override protected String body() { return "extract " + tuple().name() + " #" + index; }
        @Override public <R> R accept(Visitor<R> v) { return v.visitExtract(this); }
    }

    /** Starts iterating over a map or a string; the value is an opaque iterator used by {@link Next}. Operands: x.
     * <p>Example printed form: {@code t2 = range t1}. */
    public static final class Range extends ValueInstr {
        public Range(Type iterType, Value x) { super(iterType, List.of(x)); }
        public Value x() { return operand(0); }
        @Override protected String body() { return "range " + x().name(); }
        @Override public <R> R accept(Visitor<R> v) { return v.visitRange(this); }
    }

    /** Advances a {@link Range} iterator; the value is the tuple (ok bool, key, value). Operands: iter.
     * <p>Example printed form: {@code t3 = next t2}. */
    public static final class Next extends ValueInstr {
        private final boolean isString;
        public Next(Type tuple, Value iter, boolean isString) { super(tuple, List.of(iter)); this.isString = isString; }
        public Value iter() { return operand(0); }
        public boolean isString() { return isString; }
        @Override protected String body() { return "next " + iter().name(); }
        @Override public <R> R accept(Visitor<R> v) { return v.visitNext(this); }
    }

    /**
     * A select statement's choice: the value is the tuple (index int, recvOk bool, r_0 T_0, ...,
     * r_n-1 T_n-1) with one r per receive state. Operands: for each state, its channel then
     * the value to send (null for a receive).
     * <p>Example printed form: {@code t5 = select blocking [<-t1, t2<-t3]}.
     */
    public static final class Select extends ValueInstr {
        private final boolean blocking;
        private final List<Type.ChanDir> dirs;
        public Select(Type tuple, List<Type.ChanDir> dirs, List<? extends Value> chansAndSends, boolean blocking) {
            super(tuple, chansAndSends);
            this.dirs = List.copyOf(dirs);
            this.blocking = blocking;
        }
        public boolean blocking() { return blocking; }
        public int states() { return dirs.size(); }
        /** SEND or RECV for state i. */
        public Type.ChanDir dir(int i) { return dirs.get(i); }
        public Value chan(int i) { return operand(2 * i); }
        public Value send(int i) { return operand(2 * i + 1); }
        @Override protected String body() {
            StringBuilder sb = new StringBuilder("select ").append(blocking ? "blocking" : "nonblocking").append(" [");
            for (int i = 0; i < states(); i++) {
                if (i > 0) sb.append(", ");
                sb.append(dir(i) == Type.ChanDir.RECV ? "<-" + chan(i).name() : chan(i).name() + "<-" + send(i).name());
            }
            return sb.append(']').toString();
        }
        @Override public <R> R accept(Visitor<R> v) { return v.visitSelect(this); }
    }

    // ------------------------------------------------------------------ other instructions

    /** Goes to the block's only successor. <p>Example printed form: {@code jump 3}. */
    public static final class Jump extends Instruction {
        public Jump() { super(List.of()); }
        @Override protected String body() { return "jump " + (block() == null || block().succs().isEmpty() ? "?" : block().succs().get(0).index()); }
        @Override public <R> R accept(Visitor<R> v) { return v.visitJump(this); }
    }

    /** Goes to succs[0] if cond is true, else succs[1]. Operands: cond.
     * <p>Example printed form: {@code if t1 goto 2 else 3}. */
    public static final class If extends Instruction {
        public If(Value cond) { super(List.of(cond)); }
        public Value cond() { return operand(0); }
        @Override protected String body() {
            List<BasicBlock> s = block() == null ? List.of() : block().succs();
            return "if " + cond().name() + " goto " + (s.size() > 0 ? s.get(0).index() : "?") + " else " + (s.size() > 1 ? s.get(1).index() : "?");
        }
        @Override public <R> R accept(Visitor<R> v) { return v.visitIf(this); }
    }

    /** Returns from the function. Deferred calls are not run here: the builder emits a {@link RunDefers} before every
     * Return of a function that has defer statements (after storing named results, which the deferred calls may change). Operands: the results.
     * <p>Example printed form: {@code return t1, t2}. */
    public static final class Return extends Instruction {
        public Return(List<? extends Value> results) { super(results); }
        public List<Value> results() { return operands(); }
        @Override protected String body() { return results().isEmpty() ? "return" : "return " + names(results()); }
        @Override public <R> R accept(Visitor<R> v) { return v.visitReturn(this); }
    }

    /** {@code panic(x)} where x is an interface{} value; ends the block. Operands: x.
     * <p>Example printed form: {@code panic t1}. */
    public static final class Panic extends Instruction {
        public Panic(Value x) { super(List.of(x)); }
        public Value x() { return operand(0); }
        @Override protected String body() { return "panic " + x().name(); }
        @Override public <R> R accept(Visitor<R> v) { return v.visitPanic(this); }
    }

    /** {@code *addr = val}. Operands: addr, val. <p>Example printed form: {@code *t1 = t2}. */
    public static final class Store extends Instruction {
        public Store(Value addr, Value val) { super(List.of(addr, val)); }
        public Value addr() { return operand(0); }
        public Value val() { return operand(1); }
        @Override protected String body() { return "*" + addr().name() + " = " + val().name(); }
        @Override public <R> R accept(Visitor<R> v) { return v.visitStore(this); }
    }

    /** {@code m[k] = v}. Operands: map, key, value. <p>Example printed form: {@code t1[t2] = t3}. */
    public static final class MapUpdate extends Instruction {
        public MapUpdate(Value map, Value key, Value value) { super(List.of(map, key, value)); }
        public Value map() { return operand(0); }
        public Value key() { return operand(1); }
        public Value value() { return operand(2); }
        @Override protected String body() { return map().name() + "[" + key().name() + "] = " + value().name(); }
        @Override public <R> R accept(Visitor<R> v) { return v.visitMapUpdate(this); }
    }

    /** {@code ch <- x}. Operands: chan, x. <p>Example printed form: {@code send t1 <- t2}. */
    public static final class Send extends Instruction {
        public Send(Value chan, Value x) { super(List.of(chan, x)); }
        public Value chan() { return operand(0); }
        public Value x() { return operand(1); }
        @Override protected String body() { return "send " + chan().name() + " <- " + x().name(); }
        @Override public <R> R accept(Visitor<R> v) { return v.visitSend(this); }
    }

    /** {@code go f(args)}: the call is described by a {@link Call} that is not itself placed in a block. Operands: none.
     * <p>Example printed form: {@code go main.worker(t1)}. */
    public static final class Go extends Instruction {
        private final Call call;
        public Go(Call call) { super(List.of()); this.call = call; }
        public Call call() { return call; }
        @Override public void linkOperands() { call.linkOperands(); }
        @Override protected String body() { return "go " + call.body(); }
        @Override public <R> R accept(Visitor<R> v) { return v.visitGo(this); }
    }

    /** {@code defer f(args)}: as for {@link Go}; the call's operands are evaluated here.
     * <p>Example printed form: {@code defer main.cleanup(t1)}. */
    public static final class Defer extends Instruction {
        private final Call call;
        public Defer(Call call) { super(List.of()); this.call = call; }
        public Call call() { return call; }
        @Override public void linkOperands() { call.linkOperands(); }
        @Override protected String body() { return "defer " + call.body(); }
        @Override public <R> R accept(Visitor<R> v) { return v.visitDefer(this); }
    }

    /** Runs the function's deferred calls (before a return). <p>Example printed form: {@code rundefers}. */
    public static final class RunDefers extends Instruction {
        public RunDefers() { super(List.of()); }
        @Override protected String body() { return "rundefers"; }
        @Override public <R> R accept(Visitor<R> v) { return v.visitRunDefers(this); }
    }
}
