/*
 * The standard-library ratchet: every package of "go list std" is loaded and type-checked
 * with its _test.go files and external test package (StdCheck), several at once. The
 * packages listed in std-passing.txt must check without error; the test prints how many
 * pass and the failures grouped by cause, and writes every passing package to
 * target/std-passing-now.txt, to be copied over the list as more pass. The enumeration of
 * std is cross-checked against "CGO_ENABLED=0 go list std" when gc is installed.
 */
package llgo.frontend.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;

class StdTypeCheckTest {
    private static final Path GOROOT = Path.of("/usr/lib/go-1.19");

    private static List<String> listed() throws IOException {
        try (InputStream in = Objects.requireNonNull(StdTypeCheckTest.class.getResourceAsStream("std-passing.txt"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }

    @Test
    void enumerationMatchesGoListStd() throws IOException, InterruptedException {
        List<String> ours = StandardLibrary.packages(GOROOT, BuildContext.llgo());
        assertEquals(238, ours.size(), "go list std with CGO_ENABLED=0 has 238 packages in Go 1.19");
        Path go = GOROOT.resolve("bin/go");
        if (!Files.isExecutable(go)) return;
        ProcessBuilder pb = new ProcessBuilder(go.toString(), "list", "std").redirectErrorStream(true);
        pb.environment().put("CGO_ENABLED", "0");
        pb.environment().put("GOROOT", GOROOT.toString());
        pb.environment().put("GOFLAGS", "");
        pb.directory(GOROOT.resolve("src").toFile());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertEquals(out.lines().toList(), ours);
    }

    @Test
    void listedPackagesTypeCheckWithTheirTests() throws IOException {
        long t0 = System.nanoTime();
        List<StdCheck.Outcome> outcomes = StdCheck.run(GOROOT, true, false);
        double seconds = (System.nanoTime() - t0) / 1e9;
        List<String> passing = outcomes.stream().filter(StdCheck.Outcome::ok).map(StdCheck.Outcome::path).toList();
        System.out.printf("std type check with tests: %d of %d packages pass, %.1f s%n", passing.size(), outcomes.size(), seconds);
        for (Map.Entry<String, List<String>> g : StdCheck.groups(outcomes).entrySet()) {
            System.out.printf("  %3d  %s%n", g.getValue().size(), g.getKey());
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/std-passing-now.txt"), passing);
        List<String> lost = new ArrayList<>();
        for (String p : listed()) {
            StdCheck.Outcome o = outcomes.stream().filter(x -> x.path().equals(p)).findFirst().orElse(null);
            if (o == null) lost.add(p + ": not a standard package");
            else if (!o.ok()) lost.add(p + ": " + o.cause());
        }
        assertEquals(List.of(), lost, "listed packages that no longer type-check");
        assertTrue(passing.size() >= listed().size());
    }
}
