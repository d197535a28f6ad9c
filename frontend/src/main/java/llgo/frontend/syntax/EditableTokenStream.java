/*
 * The parser's token stream: ANTLR's CommonTokenStream plus the one edit gc-style error
 * recovery needs, putting a zero-width token before the current one (GcAdvance). An edit
 * shifts every later token one place up; moving and renumbering them all at once would make
 * each edit cost the length of the file, and a file with an error in every declaration
 * quadratic time. Instead the tokens are kept in a GapList, and a token's index is brought
 * up to date when the stream hands the token out (LT, get): tokens already consumed are
 * never shifted, since edits happen only at the current position, and every later token
 * passes through LT or get before anyone reads its index. Until the first edit (most files
 * never get one: they parse without error) the tokens stay in ANTLR's plain list and
 * every index is right as it is.
 */
package llgo.frontend.syntax;

import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.WritableToken;

final class EditableTokenStream extends CommonTokenStream {
    /** Whether a token was inserted: until then the tokens are numbered as they stand. */
    private boolean edited;

    EditableTokenStream(TokenSource source) {
        super(source);
    }

    /** Puts {@code t} before the current token and makes it the current token. */
    void insertHere(Token t) {
        if (!edited) {
            GapList<Token> gap = new GapList<>();
            gap.addAll(tokens);
            tokens = gap;
            edited = true;
        }
        tokens.add(p, t);
        numbered(p);
    }

    /** The token before the current one, in the list (any channel), or null at the start. */
    Token previous() {
        return p > 0 ? numbered(p - 1) : null;
    }

    @Override
    public Token get(int i) {
        super.get(i);
        return numbered(i);
    }

    @Override
    public Token LT(int k) {
        lazyInit();
        if (k == 0) return null;
        if (k < 0) return LB(-k);
        int i = p;
        for (int n = 1; n < k; n++) {
            if (sync(i + 1)) i = nextTokenOnChannel(i + 1, channel);
        }
        return numbered(i);
    }

    @Override
    protected Token LB(int k) {
        if (k == 0 || (p - k) < 0) return null;
        int i = p;
        for (int n = 1; n <= k && i > 0; n++) i = previousTokenOnChannel(i - 1, channel);
        return i < 0 ? null : numbered(i);
    }

    private Token numbered(int i) {
        Token t = tokens.get(i);
        if (edited && t.getTokenIndex() != i && t instanceof WritableToken w) w.setTokenIndex(i);
        return t;
    }
}
