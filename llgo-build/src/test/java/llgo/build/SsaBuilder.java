/*
 * A small fluent helper that builds SSA packages by hand for the hand-built program tests, before
 * (and independently of) the SSA builder: types, constants, functions with parameters,
 * blocks with their edges, and one method per instruction the tests use. It adds
 * instructions exactly as the SSA builder must (BasicBlock.add, addEdge, addPhi), so the
 * packages it makes obey the model's invariants: phis first, one terminator per block,
 * symmetric edges, phi edges in predecessor order.
 */
package llgo.build;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import llgo.frontend.constant.Value.Bool;
import llgo.frontend.constant.Value.Complex;
import llgo.frontend.constant.Value.Float;
import llgo.frontend.constant.Value.Int;
import llgo.frontend.constant.Value.Str;
import llgo.frontend.syntax.Op;
import llgo.frontend.syntax.Pos;
import llgo.frontend.types.Basic;
import llgo.frontend.types.Interface;
import llgo.frontend.types.Named;
import llgo.frontend.types.Obj;
import llgo.frontend.types.Scope;
import llgo.frontend.types.Type;
import llgo.ssa.BasicBlock;
import llgo.ssa.Builtin;
import llgo.ssa.Const;
import llgo.ssa.FreeVar;
import llgo.ssa.Function;
import llgo.ssa.Global;
import llgo.ssa.Instruction;
import llgo.ssa.Instruction.*;
import llgo.ssa.Parameter;
import llgo.ssa.Value;

final class SsaBuilder {
    static final Basic BOOL = Basic.of(Basic.Kind.BOOL), INT = Basic.of(Basic.Kind.INT), INT8 = Basic.of(Basic.Kind.INT8),
            INT16 = Basic.of(Basic.Kind.INT16), INT32 = Basic.of(Basic.Kind.INT32), INT64 = Basic.of(Basic.Kind.INT64),
            UINT = Basic.of(Basic.Kind.UINT), UINT8 = Basic.of(Basic.Kind.UINT8), UINT16 = Basic.of(Basic.Kind.UINT16),
            UINT32 = Basic.of(Basic.Kind.UINT32), UINT64 = Basic.of(Basic.Kind.UINT64), UINTPTR = Basic.of(Basic.Kind.UINTPTR),
            FLOAT32 = Basic.of(Basic.Kind.FLOAT32), FLOAT64 = Basic.of(Basic.Kind.FLOAT64),
            COMPLEX64 = Basic.of(Basic.Kind.COMPLEX64), COMPLEX128 = Basic.of(Basic.Kind.COMPLEX128),
            STRING = Basic.of(Basic.Kind.STRING);
    static final Interface EMPTY_INTERFACE = Interface.EMPTY;

    final llgo.frontend.types.Package types;
    final llgo.ssa.Package pkg;

    SsaBuilder(String path) {
        types = new llgo.frontend.types.Package(path, path, new Scope(null, "universe"));
        pkg = new llgo.ssa.Package(types);
    }

    // ------------------------------------------------------------------ types

    static Type.Tuple tuple(Type... ts) {
        List<Obj.Var> vars = new ArrayList<>();
        for (Type t : ts) vars.add(Obj.Var.param(Pos.NONE, null, "", t));
        return new Type.Tuple(vars);
    }

    static Type.Signature sig(List<Type> params, Type... results) {
        return new Type.Signature(null, List.of(), tuple(params.toArray(Type[]::new)), tuple(results), false);
    }

    static Type.Pointer ptr(Type t) { return new Type.Pointer(t); }

    static Type.Slice slice(Type t) { return new Type.Slice(t); }

    /** A struct type with the given field names and types, alternating: "n", INT, "name", STRING. */
    Type.Struct struct(Object... namesAndTypes) {
        List<Obj.Var> fields = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            fields.add(new Obj.Var(Pos.NONE, types, (String) namesAndTypes[i], (Type) namesAndTypes[i + 1], true, false));
            tags.add("");
        }
        return new Type.Struct(fields, tags);
    }

    Named named(String name, Type underlying) {
        Obj.TypeName obj = new Obj.TypeName(Pos.NONE, types, name, null);
        Named n = new Named(obj, underlying);
        obj.setType(n);
        pkg.namedTypes().put(name, n);
        return n;
    }

    // ------------------------------------------------------------------ constants

    static Const i(long v) { return c(INT, v); }

    static Const c(Type t, long v) { return new Const(t, new Int(BigInteger.valueOf(v))); }

    static Const c(Type t, BigInteger v) { return new Const(t, new Int(v)); }

    static Const f(Type t, double v) { return new Const(t, new Float(new BigDecimal(v))); }

    static Const cx(Type t, double re, double im) { return new Const(t, new Complex(new BigDecimal(re), new BigDecimal(im))); }

    static Const str(String s) { return new Const(STRING, new Str(s)); }

    static Const bool(boolean b) { return new Const(BOOL, new Bool(b)); }

    /** An interface type with the given abstract methods (name, signature without receiver), alternating. */
    Interface iface(Object... namesAndSigs) {
        List<Obj.Func> methods = new ArrayList<>();
        for (int i = 0; i < namesAndSigs.length; i += 2) {
            methods.add(new Obj.Func(Pos.NONE, types, (String) namesAndSigs[i], (Type.Signature) namesAndSigs[i + 1]));
        }
        Interface it = new Interface(methods, List.of());
        it.complete(methods);
        return it;
    }

    /** A package-level variable {@code path.name} of type t. */
    Global global(String name, Type t) {
        Global g = new Global(types.path() + "." + name, ptr(t), null);
        pkg.add(g);
        return g;
    }

    // ------------------------------------------------------------------ functions

    /** A package-level function {@code path.name} with named parameters; positioned at its entry block. */
    Fn func(String name, Type.Signature sig, String... paramNames) {
        return function(types.path() + "." + name, sig, paramNames);
    }

    /** A method of named type recv: symbol {@code path.(*T).name} or {@code path.T.name}. */
    Fn method(Named recv, boolean pointer, String name, Type.Signature sig, String recvName, String... paramNames) {
        Type recvType = pointer ? ptr(recv) : recv;
        Type.Signature full = new Type.Signature(Obj.Var.param(Pos.NONE, types, recvName, recvType), List.of(), sig.params(), sig.results(), false);
        Obj.Func obj = new Obj.Func(Pos.NONE, types, name, full);
        recv.addMethod(obj);
        String[] names = new String[paramNames.length + 1];
        names[0] = recvName;
        System.arraycopy(paramNames, 0, names, 1, paramNames.length);
        return function(obj.fullName(), full, names);
    }

    /** A function literal {@code parent$n} whose free variables (pointers to captured variables) are given as name, type pairs. */
    Fn literal(Fn parent, Type.Signature sig, List<String> paramNames, Object... freeVars) {
        Function fn = new Function(parent.fn.symbol() + "$" + (parent.fn.anonFuncs().size() + 1), sig, null, parent.fn, new Pos("test.go", 1, 1));
        for (int k = 0; k < paramNames.size(); k++) fn.params().add(new Parameter(paramNames.get(k), sig.params().type(k), null));
        for (int k = 0; k < freeVars.length; k += 2) fn.freeVars().add(new FreeVar((String) freeVars[k], (Type) freeVars[k + 1]));
        return new Fn(fn);
    }

    private Fn function(String symbol, Type.Signature sig, String... paramNames) {
        Function fn = new Function(symbol, sig, null, null, new Pos("test.go", 1, 1));
        List<Type> paramTypes = new ArrayList<>();
        if (sig.recv() != null) paramTypes.add(sig.recv().type());
        for (Obj.Var p : sig.params().vars()) paramTypes.add(p.type());
        for (int k = 0; k < paramTypes.size(); k++) fn.params().add(new Parameter(paramNames[k], paramTypes.get(k), null));
        pkg.add(fn);
        return new Fn(fn);
    }

    /** Builds one function's blocks and instructions. */
    static final class Fn {
        final Function fn;
        BasicBlock cur;
        private int regs;

        Fn(Function fn) {
            this.fn = fn;
            this.cur = fn.newBlock("entry");
        }

        Parameter param(int k) { return fn.params().get(k); }

        BasicBlock block(String comment) { return fn.newBlock(comment); }

        Fn in(BasicBlock b) { cur = b; return this; }

        <I extends Instruction> I add(I instr) {
            cur.add(instr);
            if (instr instanceof ValueInstr v) v.setName("t" + regs++);
            return instr;
        }

        BinOp bin(Op op, Value x, Value y) { return add(new BinOp(op.isComparison() ? BOOL : x.type(), op, x, y)); }

        UnOp un(Op op, Value x) { return add(new UnOp(x.type(), op, x, false)); }

        UnOp load(Value p) { return add(new UnOp(((Type.Pointer) p.type()).elem(), Op.MUL, p, false)); }

        Store store(Value addr, Value v) { return add(new Store(addr, v)); }

        Alloc local(Type t, String comment) { return add(new Alloc(ptr(t), t, false, comment)); }

        Alloc heap(Type t, String comment) { return add(new Alloc(ptr(t), t, true, comment)); }

        FieldAddr fieldAddr(Value p, int index) {
            Type.Struct s = (Type.Struct) ((Type.Pointer) p.type()).elem().underlying();
            return add(new FieldAddr(ptr(s.fields().get(index).type()), p, index));
        }

        Field field(Value x, int index) {
            Type.Struct s = (Type.Struct) x.type().underlying();
            return add(new Field(s.fields().get(index).type(), x, index));
        }

        IndexAddr indexAddr(Value s, Value index) {
            return add(new IndexAddr(ptr(((Type.Slice) s.type().underlying()).elem()), s, index));
        }

        Instruction.Slice slice(Value x, Value lo, Value hi) { return add(new Instruction.Slice(x.type(), x, lo, hi, null)); }

        Convert convert(Type t, Value x) { return add(new Convert(t, x)); }

        Call call(Function f, Value... args) {
            Type.Tuple results = f.signature().results();
            Type result = results.size() == 1 ? results.type(0) : results;
            return add(new Call(result, f, null, List.of(args), f.signature()));
        }

        /** A call of a func value (not a static callee). */
        Call callValue(Value f, Value... args) {
            Type.Signature sg = (Type.Signature) f.type().underlying();
            Type.Tuple results = sg.results();
            return add(new Call(results.size() == 1 ? results.type(0) : results, f, null, List.of(args), sg));
        }

        /** An interface method call (invoke mode). */
        Call invoke(Value iface, String method, Value... args) {
            Obj.Func m = ((Interface) iface.type().underlying()).allMethods().stream().filter(x -> x.name().equals(method)).findFirst().orElseThrow();
            Type.Tuple results = m.signature().results();
            return add(new Call(results.size() == 1 ? results.type(0) : results, iface, m, List.of(args), m.signature()));
        }

        MakeClosure makeClosure(Fn literal, Value... bindings) {
            return add(new MakeClosure(literal.fn.signature(), literal.fn, List.of(bindings)));
        }

        TypeAssert typeAssert(Value x, Type t, boolean commaOk) {
            return add(new TypeAssert(commaOk ? tuple(t, BOOL) : t, x, t, commaOk));
        }

        Lookup stringIndex(Value s, Value index) { return add(new Lookup(UINT8, s, index, false)); }

        MakeSlice makeSlice(Type t, Value len, Value cap) { return add(new MakeSlice(t, len, cap)); }

        Extract extract(Value tuple, int k) { return add(new Extract(((Type.Tuple) tuple.type()).type(k), tuple, k)); }

        /** A builtin call; its signature is this call's (parameters typed by the arguments). */
        Call builtin(Obj.Builtin.Id id, String name, Type result, boolean variadic, Value... args) {
            List<Type> params = new ArrayList<>();
            for (Value a : args) params.add(a.type());
            Type.Signature s = new Type.Signature(null, List.of(), tuple(params.toArray(Type[]::new)),
                    result == null ? Type.Tuple.EMPTY : tuple(result), variadic);
            return add(new Call(result == null ? Type.Tuple.EMPTY : result, new Builtin(id, name, s), null, List.of(args), s));
        }

        Call println(Value... args) { return builtin(Obj.Builtin.Id.PRINTLN, "println", null, false, args); }

        Call print(Value... args) { return builtin(Obj.Builtin.Id.PRINT, "print", null, false, args); }

        Call len(Value x) { return builtin(Obj.Builtin.Id.LEN, "len", INT, false, x); }

        Call cap(Value x) { return builtin(Obj.Builtin.Id.CAP, "cap", INT, false, x); }

        /** append(s, elems...) with the elements listed (variadic) or spread from one slice. */
        Call append(Value s, boolean spread, Value... extra) {
            Value[] args = new Value[extra.length + 1];
            args[0] = s;
            System.arraycopy(extra, 0, args, 1, extra.length);
            return builtin(Obj.Builtin.Id.APPEND, "append", s.type(), !spread, args);
        }

        MakeInterface makeInterface(Type iface, Value x) { return add(new MakeInterface(iface, x)); }

        Phi phi(Type t, String comment) {
            Phi p = cur.addPhi(new Phi(t, comment));
            p.setName("t" + regs++);
            return p;
        }

        void jump(BasicBlock to) {
            cur.add(new Jump());
            cur.addEdge(to);
        }

        void branch(Value cond, BasicBlock then, BasicBlock otherwise) {
            cur.add(new If(cond));
            cur.addEdge(then);
            cur.addEdge(otherwise);
        }

        void ret(Value... results) { cur.add(new Return(List.of(results))); }

        void panic(Value eface) { cur.add(new Panic(eface)); }
    }
}
