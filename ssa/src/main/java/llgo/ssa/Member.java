package llgo.ssa;

/** A package-level member of an SSA {@link Package}: a {@link Function} or a {@link Global}. */
public sealed interface Member permits Function, Global {
    /** The linker symbol, as gc names it ({@code main.f}, {@code main.(*T).M}, {@code main.x}). */
    String symbol();
}
