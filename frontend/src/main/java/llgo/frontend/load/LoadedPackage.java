package llgo.frontend.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import llgo.frontend.Diagnostic;
import llgo.frontend.syntax.File;
import llgo.frontend.types.Info;
import llgo.frontend.types.Package;

/**
 * One package as the Loader produced it. A package is type-checked only when its files
 * parsed, its imports resolved and every package it imports is {@link #ok}; otherwise
 * {@code types} is null and the reason is in its own errors or in an import's.
 *
 * @param path      the canonical import path ("vendor/golang.org/x/..." inside GOROOT)
 * @param dir       the directory, or null for files named on the command line
 * @param files     the parsed files; empty for a cached standard package (syntax is dropped)
 * @param types     the checked package, or null when it was not checked
 * @param info      the checker's side tables; null for a cached standard package
 * @param loadError why the package cannot be imported at all ("no Go files in ..."), reported
 *                  by importers at their import declaration; null when it can be
 * @param errors    this package's own errors, sorted
 * @param imports   the packages it imports, in the order of first import
 * @param importsOk whether every package it imports is ok (false also for a package that a
 *                  keep-going Loader checked although some of its imports have errors)
 */
public record LoadedPackage(String path, Path dir, List<File> files, Package types, Info info,
                            String loadError, List<Diagnostic> errors, List<LoadedPackage> imports, boolean importsOk) {

    /** Whether the package and everything it imports was checked without error. */
    public boolean ok() { return importsOk && types != null && loadError == null && errors.isEmpty(); }

    /** Every error of this package and of the packages it depends on, dependencies first, each package once. */
    public List<Diagnostic> allErrors() {
        List<Diagnostic> out = new ArrayList<>();
        collect(this, Collections.newSetFromMap(new IdentityHashMap<>()), out);
        return out;
    }

    private static void collect(LoadedPackage p, Set<LoadedPackage> seen, List<Diagnostic> out) {
        if (!seen.add(p) || p.ok()) return;
        for (LoadedPackage d : p.imports) collect(d, seen, out);
        out.addAll(p.errors);
    }

    /**
     * The package whose own errors make this one fail: itself when it has errors, else the
     * first failing import's root cause; null when ok.
     */
    public LoadedPackage rootCause() {
        if (ok()) return null;
        if (!errors.isEmpty() || loadError != null) return this;
        for (LoadedPackage d : imports) if (!d.ok()) return d.rootCause();
        return this;
    }
}
