/*
 * Import path to directory, as the go command resolves it in module mode (cmd/go's
 * modload.importFromModules, for a build that downloads nothing): a path whose first
 * element has no dot is a standard package in GOROOT/src; from inside the standard library,
 * GOROOT/src/vendor holds its vendored golang.org/x packages, and GOROOT/src/cmd/vendor
 * those of cmd; then the main module (its path as a prefix), its local "replace" targets,
 * and its vendor directory when vendor/modules.txt exists. Errors are worded as the go
 * command words them.
 */
package llgo.frontend.load;

import java.nio.file.Files;
import java.nio.file.Path;

final class PackageLocator {
    private final Path gorootSrc;
    private final GoMod module;

    /** Where a package was found: its directory, its canonical import path, whether it is in GOROOT. */
    record Location(Path dir, String path, boolean standard) {}

    /** A path that cannot be resolved; the message is the go command's. */
    static final class NotFound extends Exception {
        NotFound(String message) { super(message, null, false, false); }
    }

    PackageLocator(Path goroot, GoMod module) {
        this.gorootSrc = goroot.resolve("src");
        this.module = module;
    }

    Path gorootSrc() { return gorootSrc; }

    /**
     * @param path          the import path as written, a valid one (types.ImportPath)
     * @param fromStandard  the importing package is in GOROOT (its canonical path, or null)
     */
    Location locate(String path, String fromStandard) throws NotFound {
        if (path.startsWith("/")) {
            throw new NotFound("could not import " + path + " (import path cannot be absolute path)");
        }
        if (path.equals(".") || path.equals("..") || path.startsWith("./") || path.startsWith("../")) {
            throw new NotFound("local import \"" + path + "\" in non-local package");
        }
        String clean = java.nio.file.Path.of(path).normalize().toString();
        if (!clean.equals(path)) {
            throw new NotFound("could not import " + path + " (non-canonical import path \"" + path
                    + "\" (should be \"" + (clean.isEmpty() ? "." : clean) + "\"))");
        }
        String first = path.split("/", 2)[0];
        if (fromStandard != null && first.contains(".")) {
            String vendor = fromStandard.equals("cmd") || fromStandard.startsWith("cmd/") ? "cmd/vendor/" : "vendor/";
            Path dir = gorootSrc.resolve(vendor + path);
            if (Files.isDirectory(dir)) return new Location(dir, vendor + path, true);
        }
        if (!first.contains(".")) {
            Path dir = gorootSrc.resolve(path);
            if (Files.isDirectory(dir) && !path.startsWith("vendor/") && !path.equals("vendor")) {
                return new Location(dir, path, true);
            }
        }
        if (module != null) {
            Location in = under(module.path(), module.dir(), path);
            if (in != null) return in;
            for (GoMod.Replace r : module.replaces()) {
                in = under(r.path(), r.dir(), path);
                if (in != null) return in;
            }
            if (module.vendored()) {
                Path dir = module.dir().resolve("vendor").resolve(path);
                if (Files.isDirectory(dir)) return new Location(dir, path, false);
            }
        }
        if (!first.contains(".") && (module == null || !isUnder(module.path(), path))) {
            throw new NotFound("package " + path + " is not in GOROOT (" + gorootSrc.resolve(path) + ")");
        }
        if (module == null) {
            throw new NotFound("no required module provides package " + path
                    + ": go.mod file not found in current directory or any parent directory; see 'go help modules'");
        }
        if (isUnder(module.path(), path)) {
            throw new NotFound("package " + path + " is not in the main module (no directory "
                    + module.dir().resolve(path.substring(Math.min(path.length(), module.path().length() + 1))) + ")");
        }
        throw new NotFound("no required module provides package " + path + "; to add it:\n\tgo get " + path);
    }

    /**
     * A package named by its canonical path, as "go list" names it: the vendored standard
     * packages by their "vendor/" or "cmd/vendor/" path, any other as an import.
     */
    Location canonical(String path) throws NotFound {
        if (path.startsWith("vendor/") || path.startsWith("cmd/vendor/")) {
            Path dir = gorootSrc.resolve(path);
            if (Files.isDirectory(dir)) return new Location(dir, path, true);
        }
        return locate(path, null);
    }

    private static boolean isUnder(String prefix, String path) {
        return !prefix.isEmpty() && (path.equals(prefix) || path.startsWith(prefix + "/"));
    }

    private static Location under(String prefix, Path root, String path) {
        if (!isUnder(prefix, path)) return null;
        Path dir = path.length() == prefix.length() ? root : root.resolve(path.substring(prefix.length() + 1));
        return Files.isDirectory(dir) ? new Location(dir, path, false) : null;
    }
}
