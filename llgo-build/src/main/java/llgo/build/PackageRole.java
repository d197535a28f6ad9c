/*
 * The two ways Pipeline compiles a package. COMMAND is llgo-build's build of a program:
 * the package is the main package ("main"), the files must say "package main" (go run's
 * wording otherwise), and errors stop at ten as gc prints them by default. PACKAGE is
 * "go tool compile -e -p=<name>" as GOROOT/test/run.go runs it for compile and errorcheck
 * cases: any package name, which is also the package path, and every error reported.
 */
package llgo.build;

import java.util.List;

import llgo.frontend.syntax.File;

enum PackageRole {
    COMMAND(ErrorList.FIRST_TEN),
    PACKAGE(ErrorList.ALL);

    private final ErrorList errors;

    PackageRole(ErrorList errors) {
        this.errors = errors;
    }

    /** How the stages' errors are printed. */
    ErrorList errors() {
        return errors;
    }

    /** The package path the type checker and codegen use. Precondition: {@code files} is not empty. */
    String path(List<File> files) {
        return switch (this) {
            case COMMAND -> EntryPoint.MAIN_PACKAGE;
            case PACKAGE -> files.get(0).packageName().name();
        };
    }

    /**
     * Whether every function must have a body or a //go:linkname: the go command compiles
     * a program's packages with gc's -complete; "go tool compile" alone does not pass it.
     */
    boolean complete() {
        return this == COMMAND;
    }

    /**
     * Checks what the role requires of a type-checked package (when the files disagree on
     * the package name, the type checker has reported that already).
     */
    void requireAfterTypeCheck(List<File> files) throws BuildFailure {
        switch (this) {
            case COMMAND -> {
                if (!files.get(0).packageName().name().equals(EntryPoint.MAIN_PACKAGE)) {
                    throw new BuildFailure("package command-line-arguments is not a main package");
                }
            }
            case PACKAGE -> {
                // any package name will do
            }
        }
    }
}
