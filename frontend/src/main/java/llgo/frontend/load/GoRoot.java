/*
 * Where the standard library's sources are, found as the go command would report GOROOT
 * (cmd/go's findGOROOT, simplified for an installed toolchain): $GOROOT when set, else what
 * "go env GOROOT" prints when a go tool is on PATH, else /usr/lib/go-1.19, else /usr/lib/go.
 */
package llgo.frontend.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

public final class GoRoot {
    private GoRoot() {}

    private static final Path[] FALLBACKS = { Path.of("/usr/lib/go-1.19"), Path.of("/usr/lib/go") };

    /** Answers of the go tool, by PATH: asked once per process. */
    private static final Map<String, Optional<Path>> TOOL_ANSWERS = new ConcurrentHashMap<>();

    /** GOROOT for this environment (the variables of the process, usually System.getenv()). */
    public static Path locate(Map<String, String> env) {
        String set = env.get("GOROOT");
        if (set != null && !set.isEmpty()) return Path.of(set).toAbsolutePath().normalize();
        String path = env.getOrDefault("PATH", "");
        Path fromTool = TOOL_ANSWERS.computeIfAbsent(path, p -> Optional.ofNullable(askGoTool(p))).orElse(null);
        if (fromTool != null) return fromTool;
        for (Path p : FALLBACKS) if (Files.isDirectory(p.resolve("src"))) return p;
        return FALLBACKS[0];
    }

    private static Path askGoTool(String path) {
        if (path == null) return null;
        for (String dir : path.split(":")) {
            if (dir.isEmpty()) continue;
            Path go = Path.of(dir, "go");
            if (!Files.isExecutable(go)) continue;
            try {
                Process p = new ProcessBuilder(go.toString(), "env", "GOROOT").redirectErrorStream(true).start();
                p.getOutputStream().close();
                String out;
                try (InputStream in = p.getInputStream()) { out = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip(); }
                if (!p.waitFor(30, TimeUnit.SECONDS)) { p.destroyForcibly(); return null; }
                if (p.exitValue() == 0 && !out.isEmpty() && Files.isDirectory(Path.of(out, "src"))) return Path.of(out);
            } catch (IOException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            return null;
        }
        return null;
    }
}
