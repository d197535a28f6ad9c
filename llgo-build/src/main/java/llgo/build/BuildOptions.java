/*
 * The options of one build, as the llgo-build flags set them (-O0..-O3, -emit-llvm,
 * -dump-ast, -dump-ssa, -e). The same record drives the command line and the in-process API
 * used by the golden tests and the conformance runner.
 */
package llgo.build;

/**
 * @param optLevel LLVM optimisation level, 0 to 3 (the pass pipeline {@code default<On>})
 * @param emitLlvm write the linked, optimised program module as LLVM IR text to the output
 *                 instead of a native executable
 * @param dumpAst  print each parsed file's syntax tree to the dump stream
 * @param dumpSsa  print each package's SSA form to the dump stream
 * @param allErrors report every error, as gc's -e does, instead of the first ten followed
 *                 by "too many errors"
 */
public record BuildOptions(int optLevel, boolean emitLlvm, boolean dumpAst, boolean dumpSsa, boolean allErrors) {
    public static final int DEFAULT_OPT_LEVEL = 2;

    public BuildOptions {
        if (optLevel < 0 || optLevel > 3) {
            throw new IllegalArgumentException("optimisation level must be 0..3, not " + optLevel);
        }
    }

    /** The options without -e: at most ten errors are reported. */
    public BuildOptions(int optLevel, boolean emitLlvm, boolean dumpAst, boolean dumpSsa) {
        this(optLevel, emitLlvm, dumpAst, dumpSsa, false);
    }

    /** -O2, a native executable, no dumps, at most ten errors. */
    public static BuildOptions defaults() {
        return new BuildOptions(DEFAULT_OPT_LEVEL, false, false, false, false);
    }

    public BuildOptions withOptLevel(int level) {
        return new BuildOptions(level, emitLlvm, dumpAst, dumpSsa, allErrors);
    }

    public BuildOptions withAllErrors(boolean all) {
        return new BuildOptions(optLevel, emitLlvm, dumpAst, dumpSsa, all);
    }
}
