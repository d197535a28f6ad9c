/*
 * The ratchet: every case listed in tests/conformance/passing.txt passed with llgo when it
 * was listed, and must still pass, judged by the same runner as tests/bin/conformance.
 * The file must exist; an empty list (nothing passes yet) is a legitimate state. To add
 * newly passing cases, copy lines from tests/conformance/passing-now.txt after a full run.
 */
package llgo.tests.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class ConformanceRatchetTest {

    private static Path moduleDir() {
        String basedir = System.getProperty("basedir");
        return basedir != null ? Path.of(basedir) : Path.of("").toAbsolutePath();
    }

    @Test
    void everyListedCaseStillPasses() throws Exception {
        Path file = moduleDir().resolve("conformance").resolve("passing.txt");
        assertTrue(Files.isRegularFile(file), "the ratchet list " + file + " is missing");
        List<String> cases = PassingList.read(file);
        TestEnvironment environment = TestEnvironment.forGoroot(TestEnvironment.DEFAULT_GOROOT);
        List<String> unknown = cases.stream()
                .filter(name -> !Files.isRegularFile(environment.testDir().resolve(name)))
                .toList();
        assertEquals(List.of(), unknown, "passing.txt names cases that do not exist in " + environment.testDir());
        if (cases.isEmpty()) {
            return;
        }
        List<Verdict> verdicts;
        try (Backend backend = new LlgoBackend(2)) {
            verdicts = new Runner(environment, backend, 2).judgeAll(cases, false);
        }
        List<String> regressions = verdicts.stream()
                .filter(v -> v.outcome() != Verdict.Outcome.PASSED)
                .map(v -> v.caseName() + " [" + v.action() + "] " + v.outcome() + ": " + v.firstDetailLine())
                .toList();
        assertTrue(regressions.isEmpty(), regressions.size() + " of " + cases.size()
                + " cases in passing.txt no longer pass:\n" + String.join("\n", regressions));
    }
}
