package llgo.ssa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden printed SSA: each src/test/resources/ssa/golden/X.go is built and printed with
 * {@link Printer#pkg}; the text must equal X.ssa. Run with {@code -Dllgo.updateGolden=true}
 * to rewrite the .ssa files after a deliberate change (then review the diff).
 */
class GoldenTest {
    private static final Path DIR = SsaTestSupport.PROGRAMS.resolve("golden");
    private static final boolean UPDATE = Boolean.getBoolean("llgo.updateGolden");

    @TestFactory
    Stream<DynamicTest> printedSsaMatchesGolden() throws IOException {
        try (var files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".go")).sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
                        String got = Printer.pkg(SsaTestSupport.buildFile(p));
                        Path golden = Path.of(p.toString().replaceAll("\\.go$", ".ssa"));
                        if (UPDATE) Files.writeString(golden, got);
                        assertEquals(Files.readString(golden), got, "golden " + golden + " (rerun with -Dllgo.updateGolden=true after review)");
                    }));
        }
    }
}
