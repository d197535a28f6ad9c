/*
 * The checker must never throw, whatever tree the parser hands it: valid programs
 * (GOROOT/test "// run" files and our test files) are mutated at random, token-sized
 * pieces deleted, duplicated or swapped, with a fixed seed, and every mutant that the
 * parser returns a tree for is type-checked. A Java exception fails the test with the
 * mutant's source.
 */
package llgo.frontend.types;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import llgo.frontend.Diagnostics;
import llgo.frontend.syntax.File;
import llgo.frontend.syntax.Parser;

class RobustnessTest {
    private static final int MUTANTS_PER_FILE = 6;

    private static List<Path> corpus() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(CheckFilesTest.DIR)) {
            files.addAll(s.filter(p -> p.toString().endsWith(".go")).sorted().toList());
        }
        if (Files.isDirectory(GorootRunTest.TEST_DIR)) {
            List<Path> run = GorootRunTest.runPrograms();
            for (int i = 0; i < run.size(); i += 3) files.add(run.get(i));
        }
        return files;
    }

    @Test
    void mutantsNeverCrashTheChecker() throws IOException {
        Random rnd = new Random(20261125);
        int checked = 0;
        for (Path p : corpus()) {
            String src = Files.readString(p, StandardCharsets.ISO_8859_1);
            checkOne(p.toString(), src);
            for (int i = 0; i < MUTANTS_PER_FILE; i++) {
                String m = mutate(src, rnd);
                checkOne(p + " (mutant " + i + ")", m);
                checked++;
            }
        }
        assertTrue(checked > 100, "only " + checked + " mutants");
    }

    private static void checkOne(String what, String src) {
        byte[] bytes = src.getBytes(StandardCharsets.ISO_8859_1);
        Diagnostics diag = new Diagnostics();
        try {
            File f = Parser.parse("m.go", bytes, diag);
            Checker.check("main", List.of(f), Importer.NONE, new Info(), diag);
        } catch (RuntimeException | StackOverflowError e) {
            java.io.StringWriter sw = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(sw));
            fail("checker threw on " + what + ":\n" + sw + "\n--- source ---\n" + src);
        }
    }

    /** Deletes, duplicates or swaps a few word-sized pieces of the source. */
    static String mutate(String src, Random rnd) {
        StringBuilder sb = new StringBuilder(src);
        int edits = 1 + rnd.nextInt(3);
        for (int k = 0; k < edits && sb.length() > 2; k++) {
            int a = rnd.nextInt(sb.length());
            int len = 1 + rnd.nextInt(Math.min(12, sb.length() - a));
            String piece = sb.substring(a, a + len);
            switch (rnd.nextInt(3)) {
                case 0 -> sb.delete(a, a + len);
                case 1 -> sb.insert(a, piece);
                default -> {
                    int b = rnd.nextInt(sb.length());
                    sb.delete(a, a + len);
                    sb.insert(Math.min(b, sb.length()), piece);
                }
            }
        }
        return sb.toString();
    }
}
