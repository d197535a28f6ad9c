/*
 * A source file decoded for the lexer: the bytes as UTF-8 code points, plus the map from a
 * code-point index to gc's position (1-based line, 1-based column counted in bytes).
 * Decoding follows gc's source reader (cmd/compile/internal/syntax/source.go): an invalid
 * byte is reported as "invalid UTF-8 encoding" and read as U+FFFD, NUL is reported as
 * "invalid NUL character", and a byte order mark is skipped at the start of the file and
 * reported anywhere else.
 */
package llgo.frontend.syntax;

import java.util.Arrays;

import llgo.frontend.Diagnostics;

public final class SourceText {
    /** Code points, with a leading BOM dropped. */
    final int[] codePoints;
    /** Byte offset of each code point, plus one entry for the end of the text. */
    private final int[] byteOffsets;
    /** Byte offset where each line starts; lineStarts[0] is line 1. */
    private final int[] lineStarts;
    private final int lineCount;
    final String fileName;
    /** Code-point indexes whose character was an invalid byte (already reported). */
    private final boolean[] invalidByte;

    private SourceText(String fileName, int[] codePoints, int[] byteOffsets, int[] lineStarts, int lineCount,
                       boolean[] invalidByte) {
        this.fileName = fileName;
        this.codePoints = codePoints;
        this.byteOffsets = byteOffsets;
        this.lineStarts = lineStarts;
        this.lineCount = lineCount;
        this.invalidByte = invalidByte;
    }

    /** Decodes {@code src}, reporting encoding errors to {@code diag}. Never throws. */
    public static SourceText decode(String fileName, byte[] src, Diagnostics diag) {
        int n = src.length;
        int[] cps = new int[n];
        int[] offs = new int[n + 1];
        boolean[] invalid = new boolean[n];
        int[] lines = new int[16];
        int lineCount = 1;
        int count = 0;
        int i = 0;
        if (n >= 3 && (src[0] & 0xff) == 0xEF && (src[1] & 0xff) == 0xBB && (src[2] & 0xff) == 0xBF) {
            i = 3; // a BOM is allowed as the very first character
        }
        int lineStart = 0;
        while (i < n) {
            int b = src[i] & 0xff;
            int cp;
            int len;
            if (b < 0x80) {
                cp = b;
                len = 1;
            } else {
                len = utf8Length(src, i);
                cp = len > 0 ? decodeAt(src, i, len) : 0xFFFD;
                if (len == 0) {
                    len = 1;
                    invalid[count] = true;
                    diag.error(new Pos(fileName, lineCount, i - lineStart + 1), "invalid UTF-8 encoding");
                }
            }
            if (cp == 0) {
                diag.error(new Pos(fileName, lineCount, i - lineStart + 1), "invalid NUL character");
            } else if (cp == 0xFEFF) {
                diag.error(new Pos(fileName, lineCount, i - lineStart + 1), "invalid BOM in the middle of the file");
            }
            cps[count] = cp;
            offs[count] = i;
            count++;
            i += len;
            if (cp == '\n') {
                if (lineCount == lines.length) lines = Arrays.copyOf(lines, lineCount * 2);
                lines[lineCount++] = i;
                lineStart = i;
            }
        }
        offs[count] = n;
        return new SourceText(fileName, Arrays.copyOf(cps, count), Arrays.copyOf(offs, count + 1), lines,
                lineCount, Arrays.copyOf(invalid, count));
    }

    /** Length of the valid UTF-8 sequence starting at i, or 0 if it is invalid. */
    private static int utf8Length(byte[] s, int i) {
        int b = s[i] & 0xff;
        int len;
        int min;
        if (b >= 0xC2 && b <= 0xDF) { len = 2; min = 0x80; }
        else if (b >= 0xE0 && b <= 0xEF) { len = 3; min = 0x800; }
        else if (b >= 0xF0 && b <= 0xF4) { len = 4; min = 0x10000; }
        else return 0;
        if (i + len > s.length) return 0;
        for (int k = 1; k < len; k++) {
            if ((s[i + k] & 0xC0) != 0x80) return 0;
        }
        int cp = decodeAt(s, i, len);
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000)) return 0;
        return len;
    }

    private static int decodeAt(byte[] s, int i, int len) {
        int b = s[i] & 0xff;
        int cp = len == 2 ? b & 0x1F : len == 3 ? b & 0x0F : b & 0x07;
        for (int k = 1; k < len; k++) cp = (cp << 6) | (s[i + k] & 0x3F);
        return cp;
    }

    int length() { return codePoints.length; }

    /** Whether the code point at {@code index} stands for an invalid byte. */
    boolean isInvalidByte(int index) { return index >= 0 && index < invalidByte.length && invalidByte[index]; }

    /** gc's position of the code point at {@code index} (index == length() means end of file). */
    public Pos pos(int index) {
        int idx = Math.max(0, Math.min(index, codePoints.length));
        int off = byteOffsets[idx];
        int lo = 0;
        int hi = lineCount - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= off) lo = mid; else hi = mid - 1;
        }
        return new Pos(fileName, lo + 1, off - lineStarts[lo] + 1);
    }

    /** The position {@code byteDelta} bytes after the code point at {@code index}, on the same line. */
    Pos posPlusBytes(int index, int byteDelta) {
        Pos p = pos(index);
        return new Pos(p.file(), p.line(), p.col() + byteDelta);
    }
}
