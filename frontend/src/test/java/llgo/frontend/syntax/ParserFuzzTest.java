/*
 * Fuzz-style robustness: random byte strings and random mutations of real Go files
 * (truncation, byte flips, deletions, insertions) must each make the parser return
 * normally, within a bounded time, with errors reported and no exception. Deep nesting
 * must give an error, not a StackOverflowError. The seed is fixed, so failures repeat.
 */
package llgo.frontend.syntax;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import llgo.frontend.Diagnostics;

class ParserFuzzTest {
    private static final long MAX_MILLIS = 10_000;

    private static void parseBounded(byte[] input, String what) {
        long t0 = System.nanoTime();
        Diagnostics diag = new Diagnostics();
        File f = Parser.parse("fuzz.go", input, diag);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertNotNull(f, what);
        assertTrue(ms < MAX_MILLIS, what + " took " + ms + " ms");
        assertTrue(diag.sorted().stream().noneMatch(d -> d.message().startsWith("internal error")),
                () -> what + ": " + diag.sorted());
    }

    @Test
    void randomBytes() {
        Random r = new Random(1);
        for (int i = 0; i < 2000; i++) {
            byte[] b = new byte[r.nextInt(300)];
            r.nextBytes(b);
            parseBounded(b, "random #" + i);
        }
    }

    @Test
    void randomGoTokens() {
        String[] words = {"package", "p", "func", "(", ")", "{", "}", "[", "]", "x", "1", "\"s\"", "if", "for",
            "range", ":=", "=", ",", ";", "\n", "type", "struct", "interface", "map", "chan", "<-", "*", "&", ".",
            "...", "switch", "case", "default", ":", "var", "const", "return", "go", "defer", "select", "+", "~", "|"};
        Random r = new Random(2);
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder(i % 2 == 0 ? "package p\n" : "");
            for (int k = r.nextInt(80); k > 0; k--) sb.append(words[r.nextInt(words.length)]).append(' ');
            parseBounded(sb.toString().getBytes(StandardCharsets.UTF_8), "tokens: " + sb);
        }
    }

    @Test
    void mutationsOfRealFiles() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("/usr/lib/go-1.19/src/fmt").toRealPath())) {
            files = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
        Random r = new Random(3);
        for (int i = 0; i < 600; i++) {
            Path p = files.get(r.nextInt(files.size()));
            byte[] b = Files.readAllBytes(p);
            String how;
            switch (i % 4) {
                case 0 -> {
                    b = Arrays.copyOf(b, r.nextInt(b.length + 1));
                    how = "truncated";
                }
                case 1 -> {
                    for (int k = 1 + r.nextInt(5); k > 0; k--) b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                    how = "flipped";
                }
                case 2 -> {
                    for (int k = 1 + r.nextInt(5); k > 0; k--) {
                        int at = r.nextInt(b.length);
                        int len = Math.min(b.length - at, 1 + r.nextInt(30));
                        byte[] c = new byte[b.length - len];
                        System.arraycopy(b, 0, c, 0, at);
                        System.arraycopy(b, at + len, c, at, b.length - at - len);
                        b = c;
                    }
                    how = "deleted";
                }
                default -> {
                    int at = r.nextInt(b.length);
                    int from = r.nextInt(b.length);
                    int len = Math.min(b.length - from, r.nextInt(200));
                    byte[] c = new byte[b.length + len];
                    System.arraycopy(b, 0, c, 0, at);
                    System.arraycopy(b, from, c, at, len);
                    System.arraycopy(b, at, c, at + len, b.length - at);
                    b = c;
                    how = "inserted";
                }
            }
            parseBounded(b, how + " " + p + " #" + i);
        }
    }

    @Test
    void deepNestingIsAnErrorNotACrash() {
        for (String open : List.of("(", "[", "{", "*", "-", "func(){")) {
            String src = "package p\nvar x = " + open.repeat(30_000) + "\n";
            Diagnostics diag = new Diagnostics();
            Parser.parse("deep.go", src.getBytes(StandardCharsets.UTF_8), diag);
            assertTrue(diag.hasErrors(), open);
        }
        // moderately deep but valid nesting still parses
        String ok = "package p\nvar x = " + "(".repeat(500) + "1" + ")".repeat(500) + "\n";
        Diagnostics diag = new Diagnostics();
        Parser.parse("ok.go", ok.getBytes(StandardCharsets.UTF_8), diag);
        assertTrue(!diag.hasErrors(), diag.sorted().toString());
    }
}
