package llgo.frontend.types;

import java.util.ArrayList;
import java.util.List;

/** A type-checked package: its import path, name, package scope and direct imports. */
public final class Package {
    private final String path;
    private String name;
    private final Scope scope;
    private final List<Package> imports = new ArrayList<>();

    public Package(String path, String name, Scope universe) {
        this.path = path;
        this.name = name;
        this.scope = new Scope(universe, "package " + path);
    }

    public String path() { return path; }
    public String name() { return name; }
    public void setName(String name) { this.name = name; }
    public Scope scope() { return scope; }
    public List<Package> imports() { return imports; }

    /** As types2 prints a package: {@code package name ("path")}. */
    @Override public String toString() { return "package " + name + " (" + llgo.frontend.constant.ConstOps.quoteGo(path) + ")"; }
}
