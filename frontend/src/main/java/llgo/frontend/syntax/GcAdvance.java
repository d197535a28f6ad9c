/*
 * The token skipping of gc's error recovery (cmd/compile/internal/syntax/parser.go,
 * advance and the loops of stmtList and fileOrNil), replayed on ANTLR's token stream.
 *
 * gc never abandons more than it must: an error inside an expression skips to the next
 * ')', ']' or '}' and the enclosing list, call or composite literal then consumes its own
 * closing bracket; inside a function the skipping also stops at a keyword that starts a
 * statement (gc's stopset), which is then parsed as the next statement after an "at end
 * of statement" error. At top level the skipping goes to the next import, const, type,
 * var or func keyword. ANTLR abandons the whole statement or declaration instead, so this
 * class skips its tokens the way gc's nested advance calls would have, and where gc goes
 * on without a separator (before a stopset keyword or a declaration keyword) it puts a
 * zero-width semicolon into the stream so that the grammar's statement and declaration
 * lists continue there; where gc ends a block at a token that cannot start a statement,
 * it puts a zero-width '}'.
 */
package llgo.frontend.syntax;

import java.util.ArrayDeque;
import java.util.Deque;

import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.Pair;

final class GcAdvance {
    private GcAdvance() {}

    /** A ';' or '}' that gc's parser goes on without but the grammar needs; it has no width. */
    static final class VirtualToken extends CommonToken {
        VirtualToken(int type, Token before) {
            super(new Pair<>(before.getTokenSource(), before.getInputStream()), type,
                    Token.DEFAULT_CHANNEL, before.getStartIndex(), before.getStartIndex() - 1);
            setText("");
            setLine(before.getLine());
            setCharPositionInLine(before.getCharPositionInLine());
        }
    }

    /** gc's stopset: the keywords that start a statement, where skipping inside a function stops. */
    static boolean inStopSet(int type) {
        return switch (type) {
            case GoParser.BREAK, GoParser.CONST, GoParser.CONTINUE, GoParser.DEFER, GoParser.FALLTHROUGH,
                 GoParser.FOR, GoParser.GO, GoParser.GOTO, GoParser.IF, GoParser.RETURN, GoParser.SELECT,
                 GoParser.SWITCH, GoParser.TYPE, GoParser.VAR -> true;
            default -> false;
        };
    }

    /** The keywords gc's top-level loop skips to after an error. */
    static boolean startsDeclaration(int type) {
        return type == GoParser.IMPORT || type == GoParser.CONST || type == GoParser.TYPE || type == GoParser.VAR
                || type == GoParser.FUNC;
    }

    /**
     * Skips what is left of a statement abandoned at the current token, stopping at the end
     * of the file and, at any depth, at a stopset keyword.
     *
     * <p>If the statement has brackets open before that token (from {@code start}), the
     * error was inside them, and the skipping is gc's: up to the next closing bracket,
     * ignoring opening ones; a closing bracket that matches an open one is consumed, and one
     * that does not closes the inner lists without being consumed, as gc's list does. When
     * the last open bracket is closed, the statement is complete. With no bracket open, the
     * skipping keeps brackets balanced and stops at ';', at a '}' that closes the enclosing
     * block, or at case or default. (gc does not count brackets there; counting them keeps
     * the blocks in step where this recovery and gc's have parted.)
     *
     * @param start the statement's first token, or null when none of its brackets is open
     * @return whether it stopped at a stopset keyword
     */
    static boolean skipStatement(Parser p, Token start) {
        TokenStream in = p.getInputStream();
        Deque<Integer> open = openBrackets(in, start, in.index());
        if (!open.isEmpty()) return skipNested(p, open);
        int depth = 0;
        while (true) {
            int la = in.LA(1);
            if (la == Token.EOF) return false;
            if (inStopSet(la)) return true;
            if (depth == 0 && (la == GoParser.SEMI || la == GoParser.RBRACE || la == GoParser.CASE
                    || la == GoParser.DEFAULT)) {
                return false;
            }
            switch (la) {
                case GoParser.LPAREN, GoParser.LBRACK, GoParser.LBRACE -> depth++;
                case GoParser.RPAREN, GoParser.RBRACK, GoParser.RBRACE -> depth = Math.max(0, depth - 1);
                default -> { }
            }
            p.consume();
        }
    }

    /** gc's skipping out of the brackets in {@code open}, innermost first. */
    private static boolean skipNested(Parser p, Deque<Integer> open) {
        TokenStream in = p.getInputStream();
        while (true) {
            int la = in.LA(1);
            if (la == Token.EOF) return false;
            if (inStopSet(la)) return true;
            int opener = switch (la) {
                case GoParser.RPAREN -> GoParser.LPAREN;
                case GoParser.RBRACK -> GoParser.LBRACK;
                case GoParser.RBRACE -> GoParser.LBRACE;
                default -> -1;
            };
            if (opener != -1) {
                while (!open.isEmpty() && open.peek() != opener) open.pop();
                if (open.isEmpty()) return false;
                open.pop();
                p.consume();
                if (open.isEmpty()) return false;
            } else {
                p.consume();
            }
        }
    }

    /** Skips tokens up to the next declaration keyword or the end of the file, as gc's fileOrNil does. */
    static void skipToDeclaration(Parser p) {
        TokenStream in = p.getInputStream();
        while (in.LA(1) != Token.EOF && !startsDeclaration(in.LA(1))) p.consume();
    }

    /** Puts a virtual semicolon before the current token, unless a virtual token is already there. */
    static void insertSemicolon(TokenStream in) {
        insert(in, GoParser.SEMI);
    }

    /**
     * Puts a virtual '}' before the current token, unless a virtual token is already there:
     * gc's block ends where its statement list cannot go on, after skipping one token.
     */
    static void insertRbrace(TokenStream in) {
        insert(in, GoParser.RBRACE);
    }

    private static void insert(TokenStream in, int type) {
        if (!(in instanceof EditableTokenStream editable)) return;
        if (editable.previous() instanceof VirtualToken) return;
        editable.insertHere(new VirtualToken(type, editable.get(editable.index())));
    }

    private static void close(Deque<Integer> open, int opener) {
        if (!open.isEmpty() && open.peek() == opener) open.pop();
    }

    /** The brackets opened from {@code start} up to (not including) token {@code end} and not closed. */
    private static Deque<Integer> openBrackets(TokenStream in, Token start, int end) {
        Deque<Integer> open = new ArrayDeque<>();
        if (start == null || start.getTokenIndex() < 0) return open;
        for (int i = start.getTokenIndex(); i < end; i++) {
            int t = in.get(i).getType();
            switch (t) {
                case GoParser.LPAREN, GoParser.LBRACK, GoParser.LBRACE -> open.push(t);
                case GoParser.RPAREN -> close(open, GoParser.LPAREN);
                case GoParser.RBRACK -> close(open, GoParser.LBRACK);
                case GoParser.RBRACE -> {
                    while (!open.isEmpty() && open.peek() != GoParser.LBRACE) open.pop();
                    if (!open.isEmpty()) open.pop();
                }
                default -> { }
            }
        }
        return open;
    }
}
