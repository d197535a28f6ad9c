package llgo.ssa;

import java.util.LinkedHashMap;
import java.util.Map;

import llgo.frontend.types.Named;

/**
 * One Go package in SSA form: its members (functions, incl. methods and the synthetic
 * {@code init}, and globals) by symbol, and the named types it declares (codegen emits a
 * named LLVM struct type and a type descriptor for each). Function literals are reached
 * through their parents' {@link Function#anonFuncs()}.
 */
public final class Package {
    private final llgo.frontend.types.Package pkg;
    private final Map<String, Member> members = new LinkedHashMap<>();
    private final Map<String, Named> types = new LinkedHashMap<>();

    public Package(llgo.frontend.types.Package pkg) { this.pkg = pkg; }

    public llgo.frontend.types.Package typesPackage() { return pkg; }
    public String path() { return pkg.path(); }
    /** Members in creation order, by symbol. */
    public Map<String, Member> members() { return members; }
    public Map<String, Named> namedTypes() { return types; }

    public void add(Member m) {
        Member old = members.putIfAbsent(m.symbol(), m);
        if (old != null) throw new IllegalStateException("duplicate member " + m.symbol());
    }

    /** The package initialiser {@code path.init}, which exists for every package. */
    public Function init() { return (Function) members.get(path() + ".init"); }

    public Function function(String symbol) { return members.get(symbol) instanceof Function f ? f : null; }
}
