/*
 * The front stages of a build, in order: parse every file (llgo.frontend.syntax.Parser),
 * load the packages it imports and type-check it (llgo.frontend.load.Loader, which runs
 * llgo.frontend.types.Checker on each package), build SSA (llgo.ssa.Builder),
 * generate the package's LLVM module (llgo.codegen.Codegen). Each stage reports into one
 * Diagnostics; the pipeline stops after the first stage that reported errors, as gc does
 * (after parsing, only for syntax errors: gc type-checks despite lexical errors).
 * The PackageRole decides the package path, what is required after type checking, and how
 * many errors are printed (every one with -e). The stages recurse on the syntax tree, so
 * they run on a deep-stack thread (llgo.frontend.DeepStack) whatever the caller's stack. This is the only class of llgo-build that calls the stages, so
 * wiring a stage is an edit here alone.
 */
package llgo.build;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;

import llgo.codegen.Codegen;
import llgo.frontend.DeepStack;
import llgo.frontend.Diagnostics;
import llgo.frontend.load.LoadedPackage;
import llgo.frontend.load.Loader;
import llgo.frontend.syntax.AstPrinter;
import llgo.frontend.syntax.File;
import llgo.frontend.syntax.Parser;
import llgo.ssa.Builder;
import llgo.ssa.Printer;

final class Pipeline {
    private Pipeline() {
    }

    /**
     * Compiles one package of Go source files to its LLVM module in {@code context}.
     *
     * @param sources the package's files, as named on the command line; not empty
     * @param role    COMMAND for the main package of a program, PACKAGE for a package on its own
     * @param dump    where -dump-ast and -dump-ssa print
     * @return the package's module, owned by the caller
     * @throws BuildFailure with gc-style error lines when a stage reports errors
     */
    static PackageModule compile(LLVMContextRef context, List<SourceFile> sources, PackageRole role,
                                 BuildOptions options, PrintStream dump) throws BuildFailure {
        return DeepStack.call(() -> compileHere(context, sources, role, options, dump));
    }

    /** The stages, on a thread whose stack holds the deepest nesting the parser accepts. */
    private static PackageModule compileHere(LLVMContextRef context, List<SourceFile> sources, PackageRole role,
                                             BuildOptions options, PrintStream dump) throws BuildFailure {
        Diagnostics diagnostics = new Diagnostics();
        List<File> files = new ArrayList<>();
        for (SourceFile source : sources) {
            files.add(Parser.parse(source.name(), source.contents(), diagnostics));
        }
        ErrorList errors = options.allErrors() ? ErrorList.ALL : role.errors();
        if (diagnostics.hasSyntaxErrors()) {
            stopOnErrors(diagnostics, errors); // as gc: other parse errors (lexical ones) still get type-checked
        }
        if (options.dumpAst()) {
            files.forEach(file -> dump.print(AstPrinter.print(file)));
            dump.flush();
        }

        LoadedPackage loaded = Loader.forEnvironment().checkFiles(role.path(files), files, role.complete());
        loaded.allErrors().forEach(d -> diagnostics.error(d.pos(), d.message()));
        stopOnErrors(diagnostics, errors);
        role.requireAfterTypeCheck(files);

        llgo.ssa.Package ssa = Builder.build(loaded.types(), files, loaded.info(), diagnostics);
        stopOnErrors(diagnostics, errors);
        if (options.dumpSsa()) {
            dump.print(Printer.pkg(ssa));
            dump.flush();
        }

        LLVMModuleRef module = Codegen.generate(ssa, context, diagnostics);
        stopOnErrors(diagnostics, errors);
        return new PackageModule(ssa.path(), module);
    }

    /** Ends the build after a stage that reported errors. */
    private static void stopOnErrors(Diagnostics diagnostics, ErrorList errors) throws BuildFailure {
        if (diagnostics.hasErrors()) {
            throw new BuildFailure(errors.lines(diagnostics));
        }
    }
}
