/*
 * The build configuration files are selected under, as go/build's Context (Go 1.19,
 * go/build/build.go matchTag and syslist.go): GOOS, GOARCH, the compiler tag "gc", "unix"
 * for a Unix GOOS, "cgo" only with cgo enabled, and the build, tool and release tags.
 * llgo builds linux/amd64 without cgo and without assembly, so its default context also
 * sets "purego" and "math_big_pure_go", the tags that select the pure Go versions of
 * packages that have assembly, and the release tags go1.1 to go1.19.
 */
package llgo.frontend.load;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * @param buildTags   extra tags set by the builder (go build -tags)
 * @param toolTags    the toolchain's goexperiment.* tags
 * @param releaseTags go1.1 ... go1.N for a Go 1.N toolchain
 */
public record BuildContext(String goos, String goarch, boolean cgoEnabled, Set<String> buildTags,
                           Set<String> toolTags, Set<String> releaseTags) {

    /** go/build's knownOS: the GOOS values a file name suffix can name. */
    static final Set<String> KNOWN_OS = Set.of("aix", "android", "darwin", "dragonfly", "freebsd", "hurd",
            "illumos", "ios", "js", "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "windows", "zos");
    /** go/build's unixOS: the GOOS values for which the tag "unix" holds. */
    static final Set<String> UNIX_OS = Set.of("aix", "android", "darwin", "dragonfly", "freebsd", "hurd",
            "illumos", "ios", "linux", "netbsd", "openbsd", "solaris");
    /** go/build's knownArch: the GOARCH values a file name suffix can name. */
    static final Set<String> KNOWN_ARCH = Set.of("386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be",
            "loong64", "mips", "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64",
            "ppc64le", "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm");

    public BuildContext {
        buildTags = Set.copyOf(buildTags);
        toolTags = Set.copyOf(toolTags);
        releaseTags = Set.copyOf(releaseTags);
    }

    /** What llgo compiles for: Go 1.19 on linux/amd64, no cgo, pure Go instead of assembly. */
    public static BuildContext llgo() {
        Set<String> release = new LinkedHashSet<>();
        for (int minor = 1; minor <= 19; minor++) release.add("go1." + minor);
        return new BuildContext("linux", "amd64", false, Set.of("purego", "math_big_pure_go"),
                Set.of("goexperiment.regabiwrappers", "goexperiment.regabiargs"), release);
    }

    /** go/build's matchTag: whether the tag holds in this context. */
    public boolean matchTag(String name) {
        if (cgoEnabled && name.equals("cgo")) return true;
        if (name.equals(goos) || name.equals(goarch) || name.equals("gc")) return true;
        if (goos.equals("android") && name.equals("linux")) return true;
        if (goos.equals("illumos") && name.equals("solaris")) return true;
        if (goos.equals("ios") && name.equals("darwin")) return true;
        if (name.equals("unix") && UNIX_OS.contains(goos)) return true;
        if (name.equals("boringcrypto")) name = "goexperiment.boringcrypto";
        return buildTags.contains(name) || toolTags.contains(name) || releaseTags.contains(name);
    }
}
