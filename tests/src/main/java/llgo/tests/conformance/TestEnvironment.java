/*
 * Where the suite lives and the environment its commands run in. Like run.go's runcmd:
 * the runner's own environment plus GOENV=off, GOFLAGS= (empty), GOOS and GOARCH set (a
 * few cases read them), PATH starting with GOROOT/bin (cases that start "go" get the
 * reference toolchain), and GOROOT; also CGO_ENABLED=0, as BuildContext assumes. GOCACHE
 * is given a private directory when neither it nor HOME is set, so that the go command
 * always has a build cache.
 */
package llgo.tests.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * @param goroot  the reference Go distribution, e.g. /usr/lib/go-1.19
 * @param context the build context cases are selected for
 */
public record TestEnvironment(Path goroot, BuildContext context, Map<String, String> variables) {

    public static final Path DEFAULT_GOROOT = Path.of("/usr/lib/go-1.19");

    public TestEnvironment {
        variables = Map.copyOf(variables);
    }

    /** The GOROOT/test directory: case paths are relative to it, and "run" executables start in it. */
    public Path testDir() {
        return goroot.resolve("test");
    }

    public Path goTool() {
        return goroot.resolve("bin").resolve("go");
    }

    /** The environment for {@code goroot} on linux/amd64, built from this process's environment. */
    public static TestEnvironment forGoroot(Path goroot) {
        Path root = goroot.toAbsolutePath().normalize();
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("GOENV", "off");
        env.put("GOFLAGS", "");
        env.put("GOROOT", root.toString());
        env.putIfAbsent("GOOS", "linux");
        env.putIfAbsent("GOARCH", "amd64");
        env.put("CGO_ENABLED", "0");
        String path = env.get("PATH");
        String bin = root.resolve("bin").toString();
        env.put("PATH", path == null || path.isEmpty() ? bin : bin + ":" + path);
        if (!env.containsKey("GOCACHE") && !env.containsKey("HOME")) {
            try {
                env.put("GOCACHE", Files.createTempDirectory("llgo-conformance-gocache").toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new TestEnvironment(root, BuildContext.linuxAmd64(), env);
    }

    /** The variables with PWD set to {@code directory}, as runcmd sets it. */
    public Map<String, String> variablesIn(Path directory) {
        Map<String, String> env = new HashMap<>(variables);
        env.put("PWD", directory.toString());
        return env;
    }
}
