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
 *
 * Every other decision first looks its next token up in the decision's cached DFA, as
 * ANTLR's prediction does first too, and answers at once when that edge already leads to
 * an accepting state with no predicates to evaluate and no need for full context: most
 * decisions of a Go parse (a suffix loop, an operand, a binary operator) are settled by
 * one token, and this skips the rest of adaptivePredict's bookkeeping for them.
 */
package llgo.frontend.syntax;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.dfa.DFAState;

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
        int cached = cachedPrediction(input, decision);
        return cached != ATN.INVALID_ALT_NUMBER ? cached : super.adaptivePredict(input, decision, outerContext);
    }

    /** The alternative the DFA already predicts from the next token alone, or INVALID_ALT_NUMBER. */
    private int cachedPrediction(TokenStream input, int decision) {
        DFA dfa = decisionToDFA[decision];
        DFAState s0 = dfa.isPrecedenceDfa() ? dfa.getPrecedenceStartState(parser.getPrecedence()) : dfa.s0;
        if (s0 == null || s0.edges == null) return ATN.INVALID_ALT_NUMBER;
        int edge = input.LA(1) + 1;
        if (edge < 0 || edge >= s0.edges.length) return ATN.INVALID_ALT_NUMBER;
        DFAState d = s0.edges[edge];
        if (d == null || d == ERROR || !d.isAcceptState || d.predicates != null || d.requiresFullContext) {
            return ATN.INVALID_ALT_NUMBER;
        }
        return d.prediction;
    }

    private static boolean startsType(int t) {
        return switch (t) {
            case GoParser.LPAREN, GoParser.IDENTIFIER, GoParser.STAR, GoParser.LBRACK, GoParser.FUNC, GoParser.MAP,
                 GoParser.CHAN, GoParser.ARROW, GoParser.STRUCT, GoParser.INTERFACE -> true;
            default -> false;
        };
    }
}
