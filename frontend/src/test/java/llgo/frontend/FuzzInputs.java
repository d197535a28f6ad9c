/*
 * The inputs of the frontend's fuzz tests (FrontendFuzzTest, ScannerDifferentialTest):
 * random bytes, random token soup, and mutants of real Go files from GOROOT/test and
 * GOROOT/src (byte flips, deletions, truncations, token swaps, duplicated spans, and very
 * deep nesting such as 100,000 "(" or "{" or "[]"). A generator with a fixed seed makes
 * the same inputs on every run.
 */
package llgo.frontend;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

public final class FuzzInputs {
    public static final Path GOROOT = Path.of("/usr/lib/go-1.19");
    /** Corpus files larger than this are left out: they only slow the run down. */
    private static final long MAX_FILE_BYTES = 60_000;

    private FuzzInputs() {}

    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}_][\\p{L}\\p{N}_]*+|\\d[\\w.]*+|\"[^\"\\\\\\n]*+(?:\\\\.[^\"\\\\\\n]*+)*+\"|`[^`]*+`"
                    + "|'[^'\\\\\\n]*+(?:\\\\.[^'\\\\\\n]*+)*+'"
                    + "|<-|:=|\\.\\.\\.|&&|\\|\\||[-+*/%&|^<>=!]=?|[(){}\\[\\];,.:~]");
    /**
     * A construct for deep nesting: the text that opens one level, the text that closes it
     * (empty when nothing does), and a declaration with a %s where the nest fits.
     */
    public record Nest(String open, String close, String context) {
        public String nested(int depth, String middle) {
            return String.format(context, open.repeat(depth) + middle + close.repeat(depth));
        }
    }

    public static final String EXPR = "var v = %s\n";
    public static final String TYPE = "var v %s\n";
    public static final String STMT = "func f() {\n\t%s\n}\n";
    public static final List<Nest> NESTS = List.of(
            new Nest("(", ")", EXPR), new Nest("- ", "", EXPR), new Nest("!", "", EXPR), new Nest("<-", "", EXPR),
            new Nest("*", "", EXPR), new Nest("f(", ")", EXPR), new Nest("x[", "]", EXPR),
            new Nest("[]int{", "}", EXPR), new Nest("func(){", "}", EXPR), new Nest("[]", "", TYPE),
            new Nest("*", "", TYPE), new Nest("map[int]", "", TYPE), new Nest("chan ", "", TYPE),
            new Nest("func() ", "", TYPE), new Nest("*[1]", "", TYPE), new Nest("struct{f ", "}", TYPE),
            new Nest("interface{m(", ")}", TYPE), new Nest("{", "}", STMT), new Nest("if x {", "}", STMT),
            new Nest("for {", "}", STMT), new Nest("switch {case true:", "}", STMT));

    private static final String[] WORDS = {"package", "p", "func", "(", ")", "{", "}", "[", "]", "x", "1",
        "\"s\"", "if", "for", "range", ":=", "=", ",", ";", "\n", "type", "struct", "interface", "map", "chan",
        "<-", "*", "&", ".", "...", "switch", "case", "default", ":", "var", "const", "return", "go", "defer",
        "select", "+", "~", "|", "T", "int", "string", "nil", "iota", "goto", "L", "break", "fallthrough"};

    /** One generated input: its bytes and how it was made, for the failure report. */
    public record Input(String how, byte[] bytes) {}

    // ---- the corpus ----

    /** Every .go file of GOROOT/test and GOROOT/src that is not too large, sorted. */
    public static List<Path> corpus() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("test", "src")) {
            try (Stream<Path> s = Files.walk(GOROOT.resolve(dir).toRealPath())) {
                s.filter(p -> p.toString().endsWith(".go") && Files.isRegularFile(p)).forEach(files::add);
            }
        }
        files.removeIf(p -> {
            try {
                return Files.size(p) > MAX_FILE_BYTES;
            } catch (IOException e) {
                return true;
            }
        });
        files.sort(null);
        return files;
    }

    // ---- generating inputs ----

    /** The i-th input of a run: its kind cycles through the ten kinds. */
    public static Input generate(int i, Random rnd, List<Path> corpus) throws IOException {
        int kind = i % 10;
        if (kind == 0) return randomBytes(rnd);
        if (kind == 1) return randomTokens(rnd);
        Path p = corpus.get(rnd.nextInt(corpus.size()));
        byte[] b = Files.readAllBytes(p);
        if (b.length == 0) return new Input("empty " + p, b);
        String name = p.toString();
        return switch (kind) {
            case 2 -> new Input("byte flips in " + name, flipBytes(b, rnd));
            case 3 -> new Input("deletions in " + name, deleteSpans(b, rnd));
            case 4 -> new Input("truncated " + name, Arrays.copyOf(b, rnd.nextInt(b.length + 1)));
            case 5, 6 -> new Input("token swaps in " + name, swapTokens(b, rnd));
            case 7 -> new Input("duplicated span in " + name, duplicateSpan(b, rnd));
            case 8 -> new Input("deep nesting in " + name, nestDeeply(b, rnd));
            default -> new Input("mixed mutations in " + name, duplicateSpan(swapTokens(deleteSpans(b, rnd), rnd), rnd));
        };
    }

    private static Input randomBytes(Random rnd) {
        byte[] b = new byte[rnd.nextInt(400)];
        rnd.nextBytes(b);
        return new Input("random bytes", b);
    }

    private static Input randomTokens(Random rnd) {
        StringBuilder sb = new StringBuilder(rnd.nextBoolean() ? "package p\n" : "");
        for (int k = rnd.nextInt(120); k > 0; k--) sb.append(WORDS[rnd.nextInt(WORDS.length)]).append(' ');
        return new Input("random tokens", sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] flipBytes(byte[] b, Random rnd) {
        byte[] c = b.clone();
        for (int k = 1 + rnd.nextInt(6); k > 0; k--) c[rnd.nextInt(c.length)] = (byte) rnd.nextInt(256);
        return c;
    }

    private static byte[] deleteSpans(byte[] b, Random rnd) {
        StringBuilder sb = new StringBuilder(latin1(b));
        for (int k = 1 + rnd.nextInt(5); k > 0 && sb.length() > 1; k--) {
            int at = rnd.nextInt(sb.length());
            sb.delete(at, Math.min(sb.length(), at + 1 + rnd.nextInt(40)));
        }
        return bytes(sb);
    }

    /** Swaps two tokens, or replaces one token by another of the same file, a few times. */
    private static byte[] swapTokens(byte[] b, Random rnd) {
        String s = latin1(b);
        List<int[]> spans = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) spans.add(new int[] {m.start(), m.end()});
        if (spans.size() < 2) return b;
        StringBuilder sb = new StringBuilder(s);
        for (int k = 1 + rnd.nextInt(4); k > 0; k--) {
            int[] x = spans.get(rnd.nextInt(spans.size()));
            int[] y = spans.get(rnd.nextInt(spans.size()));
            if (x[0] == y[0]) continue;
            int[] lo = x[0] < y[0] ? x : y;
            int[] hi = x[0] < y[0] ? y : x;
            if (lo[1] > hi[0] || hi[1] > sb.length()) continue;
            String a = sb.substring(lo[0], lo[1]);
            String c = sb.substring(hi[0], hi[1]);
            boolean replaceOnly = rnd.nextBoolean();
            sb.replace(hi[0], hi[1], a);
            if (!replaceOnly) sb.replace(lo[0], lo[1], c);
            spans.clear();
            m = TOKEN.matcher(sb);
            while (m.find()) spans.add(new int[] {m.start(), m.end()});
            if (spans.size() < 2) break;
        }
        return bytes(sb);
    }

    private static byte[] duplicateSpan(byte[] b, Random rnd) {
        StringBuilder sb = new StringBuilder(latin1(b));
        if (sb.length() == 0) return b;
        int from = rnd.nextInt(sb.length());
        String piece = sb.substring(from, Math.min(sb.length(), from + 1 + rnd.nextInt(300)));
        int copies = rnd.nextInt(8) == 0 ? 1 + rnd.nextInt(50) : 1;
        sb.insert(rnd.nextInt(sb.length() + 1), piece.repeat(copies));
        return bytes(sb);
    }

    /** Inserts a very deep (sometimes balanced) nest of one construct at a random place. */
    private static byte[] nestDeeply(byte[] b, Random rnd) {
        StringBuilder sb = new StringBuilder(latin1(b));
        Nest nest = NESTS.get(rnd.nextInt(NESTS.size()));
        int depth = switch (rnd.nextInt(4)) {
            case 0 -> 100_000;
            case 1 -> 10_000 + rnd.nextInt(20_000);
            case 2 -> 1_000 + rnd.nextInt(4_000);
            default -> 50 + rnd.nextInt(500);
        };
        String middle = rnd.nextBoolean() ? "x" : "";
        String close = rnd.nextBoolean() ? nest.close().repeat(depth) : "";
        sb.insert(rnd.nextInt(sb.length() + 1), nest.open().repeat(depth) + middle + close);
        return bytes(sb);
    }

    private static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
