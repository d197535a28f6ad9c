/*
 * ANTLR error recovery with gc's messages (cmd/compile/internal/syntax/parser.go). ANTLR
 * finds the error and recovers; this class only words it: the offending token is named as
 * gc names it (TokenNames) and the rule being parsed picks gc's phrase, e.g. "at end of
 * statement", "in argument list; possibly missing comma or )", "expecting expression",
 * "non-declaration statement outside function body". When gc would word it differently
 * than any rule here knows, the message falls back to "unexpected X" with ANTLR's single
 * expected token, if there is one.
 *
 * Recovery follows gc's advance() (see GcAdvance): an error inside a statement abandons
 * that statement, skipping what gc's nested recovery would skip; an error in a top-level
 * declaration skips to the next declaration keyword; a token left after a complete
 * statement is reported "at end of statement" and skipped up to the next ';', '}', case,
 * default or statement keyword. Errors go on being reported after each recovery, at most
 * one per line (SyntaxErrors); what the skipping passes over is not reported.
 */
package llgo.frontend.syntax;

import java.util.List;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.FailedPredicateException;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.misc.IntervalSet;

import llgo.frontend.syntax.GoParser.*;

final class GcErrorStrategy extends DefaultErrorStrategy {
    private final SourceText source;
    private final SyntaxErrors errors;

    GcErrorStrategy(SourceText source, SyntaxErrors errors) {
        this.source = source;
        this.errors = errors;
    }

    /**
     * gc never drops or invents a single token to resume inside a rule: the error abandons
     * the statement instead (GcAdvance skips what gc would).
     */
    @Override
    protected Token singleTokenDeletion(Parser recognizer) {
        return null;
    }

    @Override
    protected boolean singleTokenInsertion(Parser recognizer) {
        return false;
    }

    /**
     * A missing ':' after case or default is gc's want(_Colon): reported, the token in its
     * place skipped, and the clause's statements parsed as if the ':' were there.
     */
    @Override
    public Token recoverInline(Parser p) {
        ParserRuleContext ctx = p.getContext();
        IntervalSet expected = safeExpected(p);
        if (!(ctx instanceof CaseClauseContext || ctx instanceof CommClauseContext)
                || expected.size() != 1 || !expected.contains(GoParser.COLON)) {
            return super.recoverInline(p);
        }
        if (!inErrorRecoveryMode(p)) report(p, p.getCurrentToken(), expected, true);
        Token colon = getMissingSymbol(p);
        if (p.getInputStream().LA(1) != Token.EOF) p.consume();
        endErrorCondition(p);
        return colon;
    }

    /** Unwinds the rules inside a statement or declaration after its first error. */
    private static final class Abandon extends RecognitionException {
        Abandon(Parser p) {
            super(p, p.getInputStream(), p.getContext());
        }

        /** Control flow, not a failure: a stack trace would only cost time at every recovery. */
        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    private int lastRecoverIndex = -1;

    @Override
    public void reportError(Parser recognizer, RecognitionException e) {
        if (e instanceof Abandon || inErrorRecoveryMode(recognizer)) return;
        beginErrorCondition(recognizer);
        Token t = e.getOffendingToken() != null ? e.getOffendingToken() : recognizer.getCurrentToken();
        IntervalSet expected = e instanceof FailedPredicateException ? new IntervalSet()
                : safeExpected(recognizer);
        report(recognizer, t, expected, e instanceof NoViableAltException || e instanceof InputMismatchException);
    }

    @Override
    protected void reportUnwantedToken(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) return;
        beginErrorCondition(recognizer);
        report(recognizer, recognizer.getCurrentToken(), safeExpected(recognizer), true);
    }

    @Override
    public void recover(Parser p, RecognitionException e) {
        ParserRuleContext ctx = p.getContext();
        boolean statement = ctx instanceof StatementContext;
        boolean declaration = ctx instanceof TopLevelDeclContext || ctx instanceof EosContext
                || ctx instanceof ImportDeclContext || ctx instanceof PackageClauseContext;
        if (!statement && !declaration) {
            if (ctx instanceof SourceFileContext) {
                super.recover(p, e);
                return;
            }
            throw e instanceof Abandon a ? a : new Abandon(p);
        }
        TokenStream in = p.getInputStream();
        Token start = ctx.getStart();
        boolean noProgress = start != null && start.getTokenIndex() == in.index() && !(ctx instanceof EosContext);
        if ((in.index() == lastRecoverIndex || noProgress) && in.LA(1) != Token.EOF) p.consume();
        if (statement) {
            if (GcAdvance.skipStatement(p, start)) {
                Token k = in.LT(1);
                errors.syntaxError(source.pos(k.getStartIndex()),
                        "unexpected " + TokenNames.describe(k) + " at end of statement");
                GcAdvance.insertSemicolon(in);
            }
        } else if (ctx instanceof PackageClauseContext && (start == null || start.getType() != GoParser.PACKAGE)) {
            while (in.LA(1) != Token.EOF) p.consume(); // gc stops at a missing package clause
        } else {
            GcAdvance.skipToDeclaration(p);
            if (!(ctx instanceof EosContext) && in.LA(1) != Token.EOF) GcAdvance.insertSemicolon(in);
        }
        lastRecoverIndex = in.index();
        endErrorCondition(p); // gc reports the next error too, if it is on another line
    }

    @Override
    public void sync(Parser p) {
        ParserRuleContext ctx = p.getContext();
        TokenStream in = p.getInputStream();
        int la = in.LA(1);
        int stateType = p.getInterpreter().atn.states.get(p.getState()).getStateType();
        if (stateType != ATNState.STAR_LOOP_ENTRY && stateType != ATNState.STAR_LOOP_BACK) {
            super.sync(p);
            return;
        }
        if (ctx instanceof StatementListContext && !endsStatement(la, in)) {
            if (!inErrorRecoveryMode(p)) {
                beginErrorCondition(p);
                Token t = in.LT(1);
                Token prev = previous(in, t);
                int pt = prev == null ? -1 : prev.getType();
                if (la == GoParser.VAR && (pt == GoParser.IF || pt == GoParser.FOR || pt == GoParser.SWITCH)) {
                    // gc parses the declaration, then reports at the name after var
                    errors.syntaxError(source.pos(in.LT(2).getStartIndex()),
                            "var declaration not allowed in " + prev.getText() + " initializer");
                    p.consume();
                    if (GcAdvance.skipStatement(p, null)) GcAdvance.insertSemicolon(in);
                    return;
                }
                boolean listEnded = pt == GoParser.SEMI || pt == GoParser.LBRACE || pt == GoParser.COLON;
                errors.syntaxError(source.pos(t.getStartIndex()), "unexpected " + TokenNames.describe(t)
                        + (listEnded ? ", expecting }" : " at end of statement"));
                if (listEnded) {
                    // gc: the statement list ends here; the block skips one token in place of its '}'
                    p.consume();
                    GcAdvance.insertRbrace(in);
                    return;
                }
            }
            if (GcAdvance.skipStatement(p, null)) GcAdvance.insertSemicolon(in);
            return;
        }
        if ((ctx instanceof SwitchStmtContext || ctx instanceof SelectStmtContext)
                && la != GoParser.CASE && la != GoParser.DEFAULT && la != GoParser.RBRACE && la != Token.EOF) {
            if (!inErrorRecoveryMode(p)) {
                beginErrorCondition(p);
                Token t = in.LT(1);
                errors.syntaxError(source.pos(t.getStartIndex()),
                        "unexpected " + TokenNames.describe(t) + ", expecting case or default or }");
            }
            skipToClause(p);
            return;
        }
        if (ctx instanceof SourceFileContext && !GcAdvance.startsDeclaration(la) && la != Token.EOF) {
            if (!inErrorRecoveryMode(p)) {
                beginErrorCondition(p);
                Token t = in.LT(1);
                errors.syntaxError(source.pos(t.getStartIndex()), la == GoParser.SEMI
                        ? "unexpected " + TokenNames.describe(t) + " after top level declaration"
                        : la == GoParser.LBRACE && followsBodilessFunction(ctx)
                        ? "unexpected semicolon or newline before {"
                        : la == GoParser.IMPORT ? "imports must appear before other declarations"
                        : "non-declaration statement outside function body");
            }
            if (la == GoParser.SEMI) p.consume();
            else GcAdvance.skipToDeclaration(p);
            return;
        }
        super.sync(p);
    }

    /** Whether the last declaration parsed is a function without a body ("func f()\n{"). */
    private static boolean followsBodilessFunction(ParserRuleContext file) {
        List<TopLevelDeclContext> decls = ((SourceFileContext) file).topLevelDecl();
        if (decls.isEmpty()) return false;
        FunctionDeclContext f = decls.get(decls.size() - 1).functionDecl();
        return f != null && f.functionBody() == null;
    }

    private static boolean isHeaderKeyword(int type) {
        return type == GoParser.IF || type == GoParser.FOR || type == GoParser.SWITCH;
    }

    /**
     * Whether the token la may follow a statement list at its current point: ';', '}' or the
     * end of the file, and case or default only where no statement is left unterminated
     * (gc's stmtList wants a ';' after each statement, even before case).
     */
    private static boolean endsStatement(int la, TokenStream in) {
        if (la == GoParser.SEMI || la == GoParser.RBRACE || la == Token.EOF) return true;
        if (la != GoParser.CASE && la != GoParser.DEFAULT) return false;
        Token prev = previous(in, in.LT(1));
        int pt = prev == null ? -1 : prev.getType();
        return pt == GoParser.SEMI || pt == GoParser.LBRACE || pt == GoParser.COLON;
    }

    /** Skips balanced tokens up to the next case, default or the '}' closing the switch or select. */
    private static void skipToClause(Parser p) {
        TokenStream in = p.getInputStream();
        int depth = 0;
        while (true) {
            int la = in.LA(1);
            if (la == Token.EOF) return;
            if (depth == 0 && (la == GoParser.CASE || la == GoParser.DEFAULT || la == GoParser.RBRACE)) return;
            if (la == GoParser.LPAREN || la == GoParser.LBRACK || la == GoParser.LBRACE) depth++;
            if (la == GoParser.RPAREN || la == GoParser.RBRACK || la == GoParser.RBRACE) depth--;
            p.consume();
        }
    }

    private static IntervalSet safeExpected(Parser recognizer) {
        try {
            return recognizer.getExpectedTokens();
        } catch (RuntimeException ex) {
            return new IntervalSet();
        }
    }

    private void report(Parser parser, Token t, IntervalSet expected, boolean useExpected) {
        if (t.getType() == Token.EOF && errors.anyReported()) return; // gc: no follow-up errors at EOF
        Pos at = source.pos(t.getStartIndex());
        Token prev = previous(parser.getInputStream(), t);
        if (t.getType() == GoParser.VAR && prev != null && isHeaderKeyword(prev.getType())) {
            // gc parses the declaration, then reports at the name after var
            errors.syntaxError(source.pos(following(parser.getInputStream(), t).getStartIndex()),
                    "var declaration not allowed in " + prev.getText() + " initializer");
            return;
        }
        if ((t.getType() == GoParser.NUMBER || t.getType() == GoParser.RUNE)
                && within(parser.getContext(), ImportDeclContext.class)) {
            // gc takes the literal as the path, then reports at the token after it
            errors.syntaxError(source.pos(following(parser.getInputStream(), t).getStartIndex()),
                    "import path must be a string");
            return;
        }
        String message = message(parser, t, expected);
        if (message == null) {
            String unexpected = "unexpected " + TokenNames.describe(t);
            message = useExpected && expected.size() == 1
                    ? unexpected + ", expecting " + TokenNames.expected(expected.getMinElement())
                    : unexpected;
        }
        errors.syntaxError(at, message);
    }

    /** gc's wording for an error at token t in the rule being parsed, or null for the default. */
    private String message(Parser parser, Token t, IntervalSet expected) {
        String unexpected = "unexpected " + TokenNames.describe(t);
        ParserRuleContext ctx = parser.getContext();
        Token prev = previous(parser.getInputStream(), t);
        int prevType = prev == null ? -1 : prev.getType();
        ParserRuleContext parent = ctx.getParent();
        String block = missingBlock(ctx, t, expected, unexpected);
        if (block != null) return block;
        if (ctx instanceof BlockContext && ctx.getChildCount() == 0 && parent instanceof ForStmtContext) {
            return unexpected + ", expecting { after for clause";
        }
        if (ctx instanceof BlockContext && ctx.getChildCount() == 0 && parent instanceof IfStmtContext) {
            return unexpected + ", expecting { after if clause";
        }
        if (ctx instanceof ChannelTypeContext || ctx instanceof Type_Context
                && (parent instanceof ChannelTypeContext || parent instanceof ChanOperandContext)) {
            return "missing channel element type";
        }
        if (ctx instanceof Type_Context && parent instanceof ParameterDeclContext && prevType == GoParser.ELLIPSIS) {
            return "... is missing type";
        }
        if (ctx instanceof TypeSpecContext || ctx instanceof Type_Context && parent instanceof TypeSpecContext) {
            return unexpected + " in type declaration";
        }
        if (t.getType() == GoParser.RBRACK && prevType == GoParser.LBRACK && within(ctx, TypeParametersContext.class)) {
            return "empty type parameter list";
        }
        if (ctx instanceof IndexBracketsContext || ctx instanceof SliceTailContext) {
            return unexpected + ", expecting comma, : or ]";
        }
        if (ctx instanceof EosContext || ctx instanceof SourceFileContext) {
            if (ctx instanceof SourceFileContext sf && sf.packageClause() == null) {
                return "package statement must be first";
            }
            if (prevType == GoParser.SEMI || prevType == -1) {
                return "non-declaration statement outside function body";
            }
            return unexpected + " after top level declaration";
        }
        if (ctx instanceof PackageClauseContext) {
            return t.getType() == GoParser.PACKAGE || prevType == GoParser.PACKAGE
                    ? unexpected + ", expecting name" : "package statement must be first";
        }
        if (ctx instanceof BlockContext || ctx instanceof StatementListContext || ctx instanceof SwitchStmtContext
                || ctx instanceof SelectStmtContext || ctx instanceof CaseClauseContext
                || ctx instanceof CommClauseContext) {
            if ((ctx instanceof CaseClauseContext || ctx instanceof CommClauseContext)
                    && expected.size() == 1 && expected.contains(GoParser.COLON)) {
                return unexpected + ", expecting :";
            }
            if (ctx instanceof SwitchStmtContext || ctx instanceof SelectStmtContext) {
                if (prevType == GoParser.LBRACE || prevType == GoParser.SEMI || prevType == GoParser.COLON) {
                    return unexpected + ", expecting case or default or }";
                }
            }
            if (prevType == GoParser.SEMI || prevType == GoParser.LBRACE || prevType == GoParser.COLON) {
                return expected.contains(GoParser.RBRACE) && expected.size() == 1 ? unexpected + ", expecting }" : null;
            }
            return unexpected + " at end of statement";
        }
        if (ctx instanceof VarSpecContext && prevType == GoParser.IDENTIFIER) {
            return unexpected + ", expecting type"; // gc's varDecl: a name list, then = or a type
        }
        if ((ctx instanceof VarDeclContext || ctx instanceof ConstDeclContext || ctx instanceof TypeDeclContext
                || ctx instanceof IdentifierListContext || ctx instanceof VarSpecContext
                || ctx instanceof ConstSpecContext) && expected.contains(GoParser.IDENTIFIER)) {
            return unexpected + ", expecting name";
        }
        boolean listStart = prevType == GoParser.LPAREN || prevType == GoParser.COMMA;
        if (ctx instanceof ArgumentsContext && listStart && t.getType() != GoParser.RPAREN) {
            return unexpected + ", expecting expression"; // gc: an argument must follow ( or ,
        }
        if (ctx instanceof ParametersContext && listStart && t.getType() != GoParser.RPAREN) {
            return unexpected + ", expecting )"; // gc's paramDeclOrNil
        }
        if (ctx instanceof ArgumentsContext && expected.contains(GoParser.RPAREN)) {
            return unexpected + " in argument list; possibly missing comma or )";
        }
        if (ctx instanceof LiteralValueContext && expected.contains(GoParser.RBRACE)) {
            return unexpected + " in composite literal; possibly missing comma or }";
        }
        if (ctx instanceof ParametersContext && expected.contains(GoParser.RPAREN)) {
            return unexpected + " in parameter list; possibly missing comma or )";
        }
        if (ctx instanceof StructTypeContext || ctx instanceof FieldDeclContext) {
            return unexpected + " in struct type; possibly missing semicolon or newline or }";
        }
        if (ctx instanceof InterfaceTypeContext || ctx instanceof InterfaceElemContext) {
            return unexpected + " in interface type; possibly missing semicolon or newline or }";
        }
        if (ctx instanceof ElseBranchContext) return "else must be followed by if or statement block";
        if (ctx instanceof IfStmtContext) return unexpected + ", expecting { after if clause";
        if (ctx instanceof ForStmtContext) return unexpected + ", expecting { after for clause";
        if ((ctx instanceof IfHeaderContext || ctx instanceof ForHeaderContext || ctx instanceof SwitchHeaderContext)
                && t.getType() == GoParser.VAR) {
            String keyword = ctx instanceof IfHeaderContext ? "if" : ctx instanceof ForHeaderContext ? "for" : "switch";
            return "var declaration not allowed in " + keyword + " initializer";
        }
        if (ctx instanceof SwitchHeaderContext) return "missing { after switch clause";
        if (ctx instanceof ExpressionContext || ctx instanceof UnaryExprContext || ctx instanceof OperandContext
                || ctx instanceof PrimaryExprContext || ctx instanceof ElementContext
                || ctx instanceof ExpressionListContext || ctx instanceof SimpleStmtContext
                || ctx instanceof StatementContext && expected.contains(GoParser.IDENTIFIER)) {
            if (expected.contains(GoParser.NUMBER)) return unexpected + ", expecting expression";
        }
        if (ctx instanceof Type_Context || ctx instanceof TypeLitContext || ctx instanceof TypeTermContext
                || ctx instanceof ResultContext || ctx instanceof ParameterDeclContext) {
            return unexpected + ", expecting type";
        }
        if (ctx instanceof SignatureContext || ctx instanceof FunctionTypeContext) {
            return unexpected + ", expecting (";
        }
        if (ctx instanceof FunctionDeclContext && !expected.contains(GoParser.LPAREN)) {
            return unexpected + ", expecting name or (";
        }
        if (ctx instanceof ImportSpecContext || ctx instanceof ImportPathContext) {
            return t.getType() == GoParser.SEMI ? "missing import path" : "import path must be a string";
        }
        if (expected.size() == 1 && expected.contains(GoParser.IDENTIFIER)) return unexpected + ", expecting name";
        if (expected.contains(GoParser.COMMA) && expected.contains(GoParser.RPAREN) && expected.size() == 2) {
            return unexpected + ", expecting comma or )";
        }
        return null;
    }

    /**
     * gc's wording when an if, for or switch header is not followed by '{' (parser.go,
     * header and blockStmt): right after the init statement gc wants '{' ("expecting {");
     * after a complete header (one with a ';', or a range clause) the block or switch
     * reports it. Null if the error is not there.
     */
    private static String missingBlock(ParserRuleContext ctx, Token t, IntervalSet expected, String unexpected) {
        if (t.getType() == GoParser.LBRACE || !expected.contains(GoParser.LBRACE)) return null;
        ParserRuleContext stmt = ctx instanceof BlockContext && ctx.getChildCount() == 0
                || ctx instanceof IfHeaderContext || ctx instanceof ForHeaderContext
                || ctx instanceof SwitchHeaderContext ? ctx.getParent() : ctx;
        if (stmt instanceof IfStmtContext s && s.ifHeader() != null) {
            return unexpected + (s.ifHeader().SEMI() != null ? ", expecting { after if clause" : ", expecting {");
        }
        if (stmt instanceof ForStmtContext s && s.forHeader() != null) {
            ForHeaderContext h = s.forHeader();
            boolean complete = !h.SEMI().isEmpty() || h.init instanceof BareRangeContext
                    || h.init instanceof AssignRangeContext;
            return unexpected + (complete ? ", expecting { after for clause" : ", expecting {");
        }
        if (stmt instanceof SwitchStmtContext s && s.switchHeader() != null && s.LBRACE() == null) {
            return s.switchHeader().SEMI() != null ? "missing { after switch clause" : unexpected + ", expecting {";
        }
        return null;
    }

    private static boolean within(ParserRuleContext ctx, Class<? extends ParserRuleContext> kind) {
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (kind.isInstance(c)) return true;
        }
        return false;
    }

    /** The on-channel token after t; t itself if it is the last. */
    private static Token following(TokenStream in, Token t) {
        for (int i = t.getTokenIndex() + 1; i < in.size(); i++) {
            Token n = in.get(i);
            if (n.getChannel() == Token.DEFAULT_CHANNEL) return n;
        }
        return t;
    }

    /** The on-channel token before t, or null at the start of the file. */
    private static Token previous(TokenStream in, Token t) {
        for (int i = t.getTokenIndex() - 1; i >= 0; i--) {
            Token p = in.get(i);
            if (p.getChannel() == Token.DEFAULT_CHANNEL) return p;
        }
        return null;
    }
}
