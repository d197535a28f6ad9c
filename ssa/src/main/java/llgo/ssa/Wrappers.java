package llgo.ssa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import llgo.frontend.syntax.Pos;
import llgo.frontend.types.Obj;
import llgo.frontend.types.Type;
import llgo.frontend.types.Types;

/**
 * Synthetic functions for method values and method expressions (Go spec: "Method values",
 * "Method expressions"; go/ssa wrappers.go). A bound method value {@code x.M} is a closure
 * over a {@code M$bound} wrapper whose one free variable points to a heap copy of the
 * receiver; a method expression {@code T.M} is a {@code M$thunk} taking the receiver as
 * first parameter. Both call the method statically, or in invoke mode for interfaces.
 * Wrappers are package members, created once per method and receiver type, and marked as
 * wrappers so that recover() in the method sees a deferred call of the wrapper as its own.
 */
final class Wrappers {
    private final Builder pkg;
    private final Map<String, Function> made = new HashMap<>();

    Wrappers(Builder pkg) { this.pkg = pkg; }

    /** The closure value of x.M, where recv is the receiver already adjusted to M's receiver type. */
    Value boundMethod(FunctionBuilder fb, Value recv, Obj.Func m, Pos pos) {
        String symbol = wrapperBase(m, recv.type()) + "$bound";
        Type.Signature sig = withoutRecv(m.signature());
        Function w = made.get(symbol);
        if (w == null) {
            w = new Function(symbol, sig, null, null, pos);
            w.markWrapper();
            made.put(symbol, w);
            pkg.ssa.add(w);
            FunctionBuilder wb = new FunctionBuilder(pkg, w, null, java.util.Set.of());
            wb.setCurrent(w.newBlock("entry"));
            wb.vars.seal(wb.current());
            FreeVar fv = new FreeVar("recv", TypeFacts.pointer(recv.type()));
            w.freeVars().add(fv);
            List<Value> args = new ArrayList<>();
            args.add(Emit.load(wb, fv, pos));
            args.addAll(params(w, sig.params()));
            finishCall(wb, m, args, pos);
        }
        Instruction.Alloc cell = Emit.alloc(fb, recv.type(), true, "bound receiver", pos);
        Emit.store(fb, cell, recv, pos);
        return fb.emit(new Instruction.MakeClosure(sig, w, List.of(cell)), pos);
    }

    /**
     * The function value of the method expression T.M, of type exprType (receiver first);
     * path is the selection's index: the embedded fields leading to a promoted M, then M's index.
     */
    Value methodThunk(Obj.Func m, Type.Signature exprType, Type recvType, List<Integer> path, Pos pos) {
        String symbol = wrapperBase(m, recvType) + "$thunk";
        Function w = made.get(symbol);
        if (w != null) return w;
        w = new Function(symbol, exprType, null, null, pos);
        w.markWrapper();
        made.put(symbol, w);
        pkg.ssa.add(w);
        FunctionBuilder wb = new FunctionBuilder(pkg, w, null, java.util.Set.of());
        wb.setCurrent(w.newBlock("entry"));
        wb.vars.seal(wb.current());
        List<Value> args = params(w, exprType.params());
        Value recv = args.get(0);
        for (int k = 0; k < path.size() - 1; k++) {
            // a promoted method (Go spec: "Selectors"): its receiver is the embedded field, in place when reached through a pointer
            if (recv.type().underlying() instanceof Type.Pointer) {
                Value a = Emit.fieldAddr(wb, recv, path.get(k), pos);
                recv = TypeFacts.deref(a.type()).underlying() instanceof Type.Pointer ? Emit.load(wb, a, pos) : a;
            } else {
                recv = Emit.field(wb, recv, path.get(k), pos);
            }
        }
        Type want = m.signature().recv() == null ? null : m.signature().recv().type();
        if (want != null && !TypeFacts.isInterface(recv.type()) && recv.type().underlying() instanceof Type.Pointer
                && !(want.underlying() instanceof Type.Pointer)) {
            recv = Emit.load(wb, recv, pos);
        }
        args.set(0, recv);
        finishCall(wb, m, args, pos);
        return w;
    }

    /** The symbol base of a wrapper: the receiver type as gc writes it in method symbols, then the method name. */
    private static String wrapperBase(Obj.Func m, Type recvType) {
        boolean ptr = recvType instanceof Type.Pointer;
        Type base = recvType instanceof Type.Pointer p ? p.elem() : recvType;
        if (base instanceof llgo.frontend.types.Named n && n.obj().pkg() != null) {
            String name = n.obj().name();
            return n.obj().pkg().path() + "." + (ptr ? "(*" + name + ")" : name) + "." + m.name();
        }
        return Types.typeString(recvType) + "." + m.name();
    }

    private static Type.Signature withoutRecv(Type.Signature s) {
        return new Type.Signature(null, List.of(), s.params(), s.results(), s.variadic());
    }

    private static List<Value> params(Function w, Type.Tuple params) {
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            Parameter p = new Parameter("arg" + i, params.type(i), null);
            w.params().add(p);
            out.add(p);
        }
        return out;
    }

    /** Calls m with args (receiver first) and returns its results; then finishes the wrapper. */
    private void finishCall(FunctionBuilder wb, Obj.Func m, List<Value> args, Pos pos) {
        Type.Signature sig = m.signature();
        Value recv = args.get(0);
        Value result;
        if (TypeFacts.isInterface(recv.type())) {
            result = wb.emit(new Instruction.Call(TypeFacts.resultType(sig), recv, m, args.subList(1, args.size()), sig), pos);
        } else {
            Function fn = pkg.function(m);
            if (fn == null) {
                wb.unsupported(pos, "method value of " + m.name() + " declared in another package");
                wb.emit(new Instruction.Return(List.of()), pos);
                Finisher.finish(wb);
                return;
            }
            result = Emit.call(wb, fn, args, sig, pos);
        }
        List<Value> results = new ArrayList<>();
        if (sig.results().size() == 1) results.add(result);
        else for (int i = 0; i < sig.results().size(); i++) results.add(Emit.extract(wb, result, i, pos));
        wb.emit(new Instruction.Return(results), pos);
        Finisher.finish(wb);
    }
}
