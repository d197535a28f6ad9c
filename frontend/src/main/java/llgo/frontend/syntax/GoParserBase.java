/*
 * The hand-written part of the parser: the composite-literal rule of gc's parser
 * (cmd/compile/internal/syntax/parser.go, pexpr, case _Lbrace). In the header of an if,
 * for or switch statement, a '{' after a type name, a qualified name or an instantiated
 * generic type starts the block, unless the '{' is nested inside parentheses, brackets or
 * braces; after a slice, array, struct or map type it always starts a composite literal.
 * The nesting counter is gc's xnest: -1 in a header, +1 per enclosing ( [ {, reset to 0 in
 * a function literal's body.
 */
package llgo.frontend.syntax;

import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.tree.ParseTree;

public abstract class GoParserBase extends Parser {
    /** Deepest rule nesting accepted; deeper input is rejected rather than overflowing the stack. */
    static final int MAX_DEPTH = 20_000;

    /** Thrown when the input nests deeper than {@link #MAX_DEPTH}. */
    static final class NestingTooDeep extends RuntimeException {
        final Token at;

        NestingTooDeep(Token at) {
            super(null, null, false, false);
            this.at = at;
        }
    }

    private int xnest;
    private int depth;

    @Override
    public void enterRule(ParserRuleContext localctx, int state, int ruleIndex) {
        deeper();
        super.enterRule(localctx, state, ruleIndex);
    }

    @Override
    public void enterRecursionRule(ParserRuleContext localctx, int state, int ruleIndex, int precedence) {
        deeper();
        super.enterRecursionRule(localctx, state, ruleIndex, precedence);
    }

    @Override
    public void exitRule() {
        depth--;
        super.exitRule();
    }

    @Override
    public void unrollRecursionContexts(ParserRuleContext parentctx) {
        depth--;
        super.unrollRecursionContexts(parentctx);
    }

    private void deeper() {
        if (++depth > MAX_DEPTH) throw new NestingTooDeep(getCurrentToken());
    }

    @Override
    public void reset() {
        super.reset();
        xnest = 0;
        depth = 0;
    }

    protected GoParserBase(TokenStream input) {
        super(input);
    }

    protected int enterHeader() {
        int saved = xnest;
        xnest = -1;
        return saved;
    }

    protected void leaveHeader(int saved) {
        xnest = saved;
    }

    protected int enterNesting() {
        int saved = xnest;
        xnest++;
        return saved;
    }

    protected int enterFunctionBody() {
        int saved = xnest;
        xnest = 0;
        return saved;
    }

    protected void leaveNesting(int saved) {
        xnest = saved;
    }

    protected boolean atEndOfFile() {
        return _input.LA(1) == GoParser.EOF;
    }

    /** Whether a '{' after the primary expression parsed so far may start a composite literal. */
    boolean compositeLiteralAllowed() {
        ParserRuleContext c = _ctx;
        ParseTree inProgress = null;
        while (c != null && !(c instanceof GoParser.PrimaryExprContext)) {
            inProgress = c;
            c = c.getParent();
        }
        if (c == null || c.children == null) return false;
        int n = c.children.size();
        if (n > 0 && c.children.get(n - 1) == inProgress) n--;
        if (n == 0) return false;
        ParseTree last = c.children.get(n - 1);
        boolean typeNameOk = xnest >= 0;
        if (last instanceof GoParser.NameOperandContext || last instanceof GoParser.ParenOperandContext
                || last instanceof GoParser.SelectorSuffixContext) {
            return typeNameOk;
        }
        if (last instanceof GoParser.IndexSuffixContext index) {
            return typeNameOk && index.indexBrackets().sliceTail() == null;
        }
        return last instanceof GoParser.ArrayOperandContext || last instanceof GoParser.SliceOperandContext
                || last instanceof GoParser.StructOperandContext || last instanceof GoParser.MapOperandContext;
    }
}
