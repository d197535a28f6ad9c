/*
 * How the checker obtains imported packages (go/types Importer). NONE knows only package
 * unsafe; every other import is reported as not yet supported (standard packages will be
 * compiled from GOROOT later).
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
