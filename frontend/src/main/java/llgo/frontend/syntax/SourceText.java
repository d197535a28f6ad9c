/*
 * A source file decoded for the lexer: the bytes as UTF-8 code points, plus the map from a
 * code-point index to gc's position (1-based line, 1-based column counted in bytes).
 * Decoding follows gc's source reader (cmd/compile/internal/syntax/source.go): an invalid
 * byte is reported as "invalid UTF-8 encoding" and read as U+FFFD, NUL is reported as
 * "invalid NUL character", and a byte order mark is skipped at the start of the file and
 * reported anywhere else. A file of ASCII bytes only, which is nearly every file, is
 * kept as its bytes: its code points and byte offsets are the bytes and their indexes.
 */
package llgo.frontend.syntax;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CodePointBuffer;
import org.antlr.v4.runtime.CodePointCharStream;

import llgo.frontend.Diagnostics;

public final class SourceText {
    /**
     * The file's bytes when they are all ASCII (the usual case): then code point i is byte
     * i, and the lexer reads the bytes as they are; else null.
     */
    private final byte[] ascii;
    /** Otherwise the code points, with a leading BOM dropped: the first codePointCount entries. */
    private final int[] codePoints;
    private final int codePointCount;
    /** Byte offset of each code point, plus one entry for the end of the text (at codePointCount); null for ASCII. */
    private final int[] byteOffsets;
    /** Byte offset where each line starts; lineStarts[0] is line 1. */
    private final int[] lineStarts;
    private final int lineCount;
    final String fileName;
    /** Code-point indexes whose character was an invalid byte (already reported); null if none. */
    private final boolean[] invalidByte;
    /** The line directives seen so far, by increasing offset (added by the lexer as it reads them). */
    private final List<LineBase> lineBases = new ArrayList<>();

    /**
     * A line directive's effect (cmd/compile/internal/syntax's line base): from byte
     * {@code offset}, which is at absolute line {@code absLine} and column {@code absCol},
     * positions read as {@code file:line:col} onwards; {@code col == 0} means the directive
     * gave no column, and positions after it have none either.
     */
    private record LineBase(int offset, int absLine, int absCol, String file, int line, int col) {}

    private SourceText(String fileName, byte[] ascii, int[] codePoints, int codePointCount, int[] byteOffsets,
                       int[] lineStarts, int lineCount, boolean[] invalidByte) {
        this.fileName = fileName;
        this.ascii = ascii;
        this.codePoints = codePoints;
        this.codePointCount = codePointCount;
        this.byteOffsets = byteOffsets;
        this.lineStarts = lineStarts;
        this.lineCount = lineCount;
        this.invalidByte = invalidByte;
    }

    /** Decodes {@code src}, reporting encoding errors to {@code diag}. Never throws. */
    public static SourceText decode(String fileName, byte[] src, Diagnostics diag) {
        int n = src.length;
        boolean ascii = true;
        int[] lines = new int[Math.max(16, n / 32)];
        int lineCount = 1;
        for (int i = 0; i < n && ascii; i++) {
            byte b = src[i];
            if (b <= 0) {
                ascii = false; // a byte above 0x7F, or NUL
            } else if (b == '\n') {
                if (lineCount == lines.length) lines = Arrays.copyOf(lines, lineCount * 2);
                lines[lineCount++] = i + 1;
            }
        }
        if (ascii) return new SourceText(fileName, src, null, n, null, lines, lineCount, null);
        int[] cps = new int[n];
        int[] offs = new int[n + 1];
        boolean[] invalid = null;
        lineCount = 1;
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
                    if (invalid == null) invalid = new boolean[n];
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
        return new SourceText(fileName, null, cps, count, offs, lines, lineCount, invalid);
    }

    /** The text as the lexer reads it: one symbol per code point, without copying ASCII text. */
    public CharStream charStream() {
        CodePointBuffer buffer = ascii != null ? CodePointBuffer.withBytes(ByteBuffer.wrap(ascii))
                : CodePointBuffer.withInts(IntBuffer.wrap(codePoints, 0, codePointCount));
        return CodePointCharStream.fromBuffer(buffer, fileName);
    }

    /** Whether every character is ASCII (no identifier can hold a bad character then). */
    boolean isAscii() { return ascii != null; }

    /** The code point at {@code index}. */
    int codePoint(int index) { return ascii != null ? ascii[index] : codePoints[index]; }

    /** The code points [start, end) as a string. */
    String text(int start, int end) {
        return ascii != null ? new String(ascii, start, end - start, StandardCharsets.ISO_8859_1)
                : new String(codePoints, start, end - start);
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

    int length() { return codePointCount; }

    /** Whether the code point at {@code index} stands for an invalid byte. */
    boolean isInvalidByte(int index) {
        return invalidByte != null && index >= 0 && index < invalidByte.length && invalidByte[index];
    }

    /**
     * gc's position of the code point at {@code index} (index == length() means end of file),
     * as the line directives before it make it read.
     */
    public Pos pos(int index) {
        int off = byteOffset(index);
        return posAt(off, lineOf(off));
    }

    /**
     * As {@link #pos(int)}, given the absolute line the code point at {@code index} is most
     * likely on (its token's line), which is used when it is right and else found again.
     */
    Pos pos(int index, int lineHint) {
        int off = byteOffset(index);
        boolean right = lineHint >= 1 && lineHint <= lineCount && lineStarts[lineHint - 1] <= off
                && (lineHint == lineCount || off < lineStarts[lineHint]);
        return posAt(off, right ? lineHint : lineOf(off));
    }

    /** The position of byte {@code off}, which is on absolute line {@code line}. */
    private Pos posAt(int off, int line) {
        int col = off - lineStarts[line - 1] + 1;
        LineBase base = baseAt(off);
        if (base == null) return new Pos(fileName, line, col);
        int relCol = base.col() == 0 ? 0 : line == base.absLine() ? base.col() + (col - base.absCol()) : col;
        return new Pos(base.file(), base.line() + (line - base.absLine()), relCol);
    }

    /** Whether only spaces and tabs precede the code point at {@code index} on its line (gc's scanner.blank). */
    boolean blankBefore(int index) {
        for (int i = Math.min(index, length()) - 1; i >= 0 && codePoint(i) != '\n'; i--) {
            int c = codePoint(i);
            if (c != ' ' && c != '\t' && c != '\r') return false;
        }
        return true;
    }

    /** The position {@code byteDelta} bytes after the code point at {@code index}, on the same line. */
    Pos posPlusBytes(int index, int byteDelta) {
        Pos p = pos(index);
        return p.col() == 0 ? p : new Pos(p.file(), p.line(), p.col() + byteDelta);
    }

    /**
     * Applies a line directive, gc's {@code //line file:line[:col]} at the start of a line or
     * {@code /*line file:line[:col]*}{@code /} anywhere (cmd/compile/internal/syntax, parser.updateBase),
     * read by the lexer as the comment token {@code [start, end)} of code points. A //line
     * comment sets the position of the next line, a block comment that of the character
     * after it. Text that does not end in a number is no directive; a bad line or column
     * number is reported to {@code diag}.
     */
    void lineDirective(int start, int end, String comment, Diagnostics diag) {
        boolean lineComment = comment.startsWith("//");
        if (!comment.startsWith(lineComment ? "//line " : "/*line ")) return;
        Pos at = pos(start);
        if (lineComment && byteOffset(start) != lineStarts[lineOf(byteOffset(start)) - 1]) return;
        String text = lineComment ? comment.substring(7) : comment.substring(7, comment.length() - 2);
        int textCol = at.col() == 0 ? 0 : at.col() + 7;
        int colon = text.lastIndexOf(':');
        if (colon < 0) return;
        String lineText = text.substring(colon + 1);
        Integer line = number(lineText);
        if (line == null) {
            diag.error(new Pos(at.file(), at.line(), textCol == 0 ? 0 : textCol + colon + 1),
                    "invalid line number: " + lineText);
            return;
        }
        int col = 0;
        String head = text.substring(0, colon);
        int colon2 = head.lastIndexOf(':');
        Integer line2 = colon2 < 0 ? null : number(head.substring(colon2 + 1));
        if (line2 != null) {
            col = line;
            line = line2;
            if (col == 0) {
                diag.error(new Pos(at.file(), at.line(), textCol == 0 ? 0 : textCol + colon + 1),
                        "invalid column number: " + lineText);
                return;
            }
            head = head.substring(0, colon2);
            lineText = text.substring(colon2 + 1, colon);
        }
        if (line == 0) {
            diag.error(new Pos(at.file(), at.line(), textCol == 0 ? 0 : textCol + (line2 != null ? colon2 : colon) + 1),
                    "invalid line number: " + lineText);
            return;
        }
        String file = head.isEmpty() && line2 != null ? at.file() : head;
        int offset;
        if (lineComment) {
            int nextLine = lineOf(byteOffset(start)) + 1;
            if (nextLine > lineCount) return;
            offset = lineStarts[nextLine - 1];
        } else {
            if (comment.indexOf('\n') >= 0) return;
            offset = byteOffset(end);
        }
        int absLine = lineOf(offset);
        lineBases.add(new LineBase(offset, absLine, offset - lineStarts[absLine - 1] + 1, file, line, col));
    }

    /** A decimal number of at most 30 bits (gc's PosMax), or null. */
    private static Integer number(String digits) {
        if (digits.isEmpty() || digits.length() > 9) return null;
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') return null;
        }
        int n = Integer.parseInt(digits);
        return n >= 1 << 30 ? null : n;
    }

    private int byteOffset(int index) {
        int idx = Math.max(0, Math.min(index, length()));
        return byteOffsets != null ? byteOffsets[idx] : idx;
    }

    /** The 1-based absolute line holding byte {@code off}. */
    private int lineOf(int off) {
        int lo = 0;
        int hi = lineCount - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= off) lo = mid; else hi = mid - 1;
        }
        return lo + 1;
    }

    /** The last line directive in effect at byte {@code off}, or null. */
    private LineBase baseAt(int off) {
        int lo = 0;
        int hi = lineBases.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (lineBases.get(mid).offset() <= off) lo = mid + 1; else hi = mid;
        }
        return lo == 0 ? null : lineBases.get(lo - 1);
    }
}
