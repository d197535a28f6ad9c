/*
 * Adaptive prediction with four of gc's one-token choices made up front
 * (cmd/compile/internal/syntax/parser.go, qualifiedName, funcType, operand and pexpr): in a
 * type name a '.' always continues a qualified name; after a function
 * signature, a token that can start a type always starts the result; in an expression a
 * '{' after "func(...)" always starts the function literal's body; and a '{' after a
 * primary expression starts a composite literal exactly when
 * GoParserBase.compositeLiteralAllowed says so. The grammar alone leaves these choices
 * open (a function type followed by a block or a call, a type name followed by an if
 * statement's block, a package-qualified parameter type followed by more parameters),
 * ANTLR's lookahead to settle them can grow exponentially with nesting, or quadratically
 * as it scans a deeply nested rest of the list, and when it fails it picks the wrong side
 * and misplaces the syntax error.
 */
package llgo.frontend.syntax;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.ParserATNSimulator;

final class GreedyPrediction extends ParserATNSimulator {
    /** Alternative 1 of an optional block enters it. */
    private static final int ENTER = 1;
    private static final int BODY_DECISION = decisionIn(GoParser.RULE_literalBody);
    private static final int RESULT_DECISION = decisionIn(GoParser.RULE_signature);
    private static final int SUFFIX_DECISION = decisionIn(GoParser.RULE_primaryExpr);
    private static final int QUALIFIED_DECISION = decisionIn(GoParser.RULE_typeName);
    /** Alternative 2 of a star loop leaves it. */
    private static final int EXIT = 2;
    private final GoParser parser;

    GreedyPrediction(GoParser parser) {
        super(parser, parser.getATN(), parser.getInterpreter().decisionToDFA,
                parser.getInterpreter().getSharedContextCache());
        this.parser = parser;
    }

    /** The decision of the optional block or star loop in rule ruleIndex. */
    private static int decisionIn(int ruleIndex) {
        ATN atn = GoParser._ATN;
        for (int d = 0; d < atn.getNumberOfDecisions(); d++) {
            ATNState s = atn.getDecisionState(d);
            if (s.ruleIndex == ruleIndex && (s.getStateType() == ATNState.BLOCK_START
                    || s.getStateType() == ATNState.STAR_LOOP_ENTRY)) {
                return d;
            }
        }
        throw new IllegalStateException("no decision in rule " + GoParser.ruleNames[ruleIndex]);
    }

    @Override
    public int adaptivePredict(TokenStream input, int decision, ParserRuleContext outerContext) {
        if (decision == BODY_DECISION && input.LA(1) == GoParser.LBRACE) return ENTER;
        if (decision == QUALIFIED_DECISION && input.LA(1) == GoParser.DOT) return ENTER;
        if (decision == RESULT_DECISION && startsType(input.LA(1))) return ENTER;
        if (decision == SUFFIX_DECISION && input.LA(1) == GoParser.LBRACE) {
            return parser.compositeLiteralAllowed() ? ENTER : EXIT;
        }
        return super.adaptivePredict(input, decision, outerContext);
    }

    private static boolean startsType(int t) {
        return switch (t) {
            case GoParser.LPAREN, GoParser.IDENTIFIER, GoParser.STAR, GoParser.LBRACK, GoParser.FUNC, GoParser.MAP,
                 GoParser.CHAN, GoParser.ARROW, GoParser.STRUCT, GoParser.INTERFACE -> true;
            default -> false;
        };
    }
}
