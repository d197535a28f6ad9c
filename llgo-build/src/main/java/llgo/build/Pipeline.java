/*
 * The front stages of a build, in order: parse every file (llgo.frontend.syntax.Parser),
 * type-check the package (llgo.frontend.types.Checker), build SSA (llgo.ssa.Builder),
 * generate one LLVM module per package (llgo.codegen.Codegen). Each stage reports into one
 * Diagnostics; the pipeline stops after the first stage that reported errors, as gc does.
 * This is the only class of llgo-build that calls the stages, so wiring a stage is an edit
 * here alone.
 */
package llgo.build;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;

import llgo.codegen.Codegen;
import llgo.frontend.Diagnostics;
import llgo.frontend.syntax.AstPrinter;
import llgo.frontend.syntax.File;
import llgo.frontend.syntax.Parser;
import llgo.frontend.types.Checker;
import llgo.frontend.types.Importer;
import llgo.frontend.types.Info;
import llgo.ssa.Builder;
import llgo.ssa.Printer;

final class Pipeline {
    private Pipeline() {
    }

    /**
     * Compiles one package of Go source files to its LLVM module(s) in {@code context}.
     *
     * @param sources the package's files, as named on the command line
     * @param dump    where -dump-ast and -dump-ssa print
     * @return the program's package modules, in initialisation order (package main last)
     * @throws BuildFailure with gc-style error lines when a stage reports errors
     */
    static List<PackageModule> compile(LLVMContextRef context, List<SourceFile> sources, BuildOptions options,
                                       PrintStream dump) throws BuildFailure {
        Diagnostics diagnostics = new Diagnostics();
        List<File> files = new ArrayList<>();
        for (SourceFile source : sources) {
            files.add(Parser.parse(source.name(), source.contents(), diagnostics));
        }
        stopOnErrors(diagnostics);
        if (options.dumpAst()) {
            files.forEach(file -> dump.print(AstPrinter.print(file)));
            dump.flush();
        }

        Info info = new Info();
        llgo.frontend.types.Package checked =
                Checker.check(EntryPoint.MAIN_PACKAGE, files, Importer.NONE, info, diagnostics);
        stopOnErrors(diagnostics);
        requireMainPackage(files);

        llgo.ssa.Package ssa = Builder.build(checked, files, info, diagnostics);
        stopOnErrors(diagnostics);
        if (options.dumpSsa()) {
            dump.print(Printer.pkg(ssa));
            dump.flush();
        }

        LLVMModuleRef module = Codegen.generate(ssa, context, diagnostics);
        stopOnErrors(diagnostics);
        return List.of(new PackageModule(ssa.path(), module));
    }

    /**
     * llgo-build builds commands: the files must be package main (go run's wording; when
     * the files disagree on the package name, the type checker has reported that already).
     */
    private static void requireMainPackage(List<File> files) throws BuildFailure {
        if (!files.get(0).packageName().name().equals(EntryPoint.MAIN_PACKAGE)) {
            throw new BuildFailure("package command-line-arguments is not a main package");
        }
    }

    /** Ends the build after a stage that reported errors. */
    static void stopOnErrors(Diagnostics diagnostics) throws BuildFailure {
        if (diagnostics.hasErrors()) {
            throw new BuildFailure(ErrorList.lines(diagnostics));
        }
    }
}
