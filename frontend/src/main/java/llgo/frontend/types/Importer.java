/*
 * How the checker obtains imported packages (go/types Importer). The Loader
 * (llgo.frontend.load) gives each check an importer that returns the already checked
 * packages its imports resolved to. NONE, for checking one package on its own (unit tests
 * of later stages), knows only package unsafe and reports every other import as not
 * supported.
 */
package llgo.frontend.types;

import llgo.frontend.Diagnostics;
import llgo.frontend.syntax.Pos;

public interface Importer {
    /** The package at path, or null after reporting to diag why it cannot be imported. */
    Package importPackage(String path, Pos pos, Diagnostics diag);

    Importer NONE = (path, pos, diag) -> {
        if (path.equals("unsafe")) return Universe.UNSAFE;
        diag.unsupported(pos, "import of package \"" + path + "\"");
        return null;
    };
}
