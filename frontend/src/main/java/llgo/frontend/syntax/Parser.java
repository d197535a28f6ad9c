/*
 * The entry point of the syntax stage: Go source bytes to a File syntax tree (Go spec,
 * "Source file organization"). Lexing is done once; parsing runs first in ANTLR's SLL
 * mode, which is fast and right for nearly every valid file, and only when that fails
 * again in full LL mode with gc-worded error recovery. The parse runs on a deep-stack
 * thread (llgo.frontend.DeepStack), and the grammar's rule depth is capped, so that deeply
 * nested input gets go/parser's "exceeded max nesting depth" instead of a
 * StackOverflowError. Build constraints ("//go:build" and "// +build" lines before the
 * package clause) and compiler directives ("//go:name" line comments) are collected from
 * the comment tokens.
 */
package llgo.frontend.syntax;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

import llgo.frontend.DeepStack;
import llgo.frontend.Diagnostics;

public final class Parser {
    /** Deepest nesting of ( [ { accepted; far beyond any real program, well within GoParserBase.MAX_DEPTH. */
    static final int MAX_BRACKET_DEPTH = 3_000;

    private Parser() {}

    /**
     * Parses one file. Never throws: every problem is reported to {@code diag} with gc's
     * position and wording, and a (possibly partial) File is returned.
     *
     * @param fileName the name as given on the command line; it appears in every position
     * @param source   the file's bytes, in any state
     */
    public static File parse(String fileName, byte[] source, Diagnostics diag) {
        Diagnostics local = new Diagnostics();
        File file;
        try {
            file = DeepStack.call(() -> parseHere(fileName, source, local));
        } catch (RuntimeException | StackOverflowError e) {
            file = null;
            local.syntaxError(new Pos(fileName, 1, 1), "internal error: the parser failed: " + e);
        }
        if (file == null && !local.hasSyntaxErrors()) {
            local.syntaxError(new Pos(fileName, 1, 1), "internal error: the parser failed");
        }
        diag.addAll(local);
        if (file == null) {
            Pos p = new Pos(fileName, 1, 1);
            file = new File(p, fileName, new Expr.Ident(p, "_"), List.of(), List.of(), List.of(), List.of());
        }
        return file;
    }

    /** Parses on the current thread. */
    private static File parseHere(String fileName, byte[] bytes, Diagnostics diag) {
        SourceText text = SourceText.decode(fileName, bytes, diag);
        SyntaxErrors errors = new SyntaxErrors(diag);
        Scanner scanner = new Scanner(text, diag, MAX_BRACKET_DEPTH);
        EditableTokenStream tokens = new EditableTokenStream(scanner);
        tokens.fill();
        // Deeper input would reach the parser's rule-depth cap anyway, but only after
        // ANTLR's adaptive prediction, which may look ahead across the whole nest at each
        // level, has spent time quadratic in its depth: the scanner finds it first.
        if (scanner.tooDeep() != null) {
            diag.syntaxError(text.pos(scanner.tooDeep().getStartIndex()), "exceeded max nesting depth");
            return null;
        }
        List<String> constraints = buildConstraints(tokens);

        GoParser parser = new GoParser(tokens);
        parser.setInterpreter(new GreedyPrediction(parser));
        parser.removeErrorListeners();
        GoParser.SourceFileContext tree;
        try {
            tree = parseSll(parser);
            if (tree == null) {
                tokens.seek(0);
                parser.reset();
                parser.getInterpreter().setPredictionMode(PredictionMode.LL);
                parser.setErrorHandler(new GcErrorStrategy(text, errors));
                tree = parser.sourceFile();
            }
        } catch (GoParserBase.NestingTooDeep e) {
            diag.syntaxError(text.pos(e.at.getStartIndex()), "exceeded max nesting depth");
            return null;
        } catch (StackOverflowError e) {
            diag.syntaxError(new Pos(fileName, 1, 1), "exceeded max nesting depth");
            return null;
        }
        try {
            ExprBuilder exprs = new ExprBuilder(text, errors, tokens);
            StmtBuilder stmts = new StmtBuilder(exprs, errors);
            DeclBuilder decls = new DeclBuilder(exprs, stmts, errors);
            return decls.file(fileName, tree, constraints, directives(scanner.directiveComments(), text));
        } catch (RuntimeException e) {
            // A bug in the builders, never hidden (the fuzz harness looks for this wording).
            diag.syntaxError(new Pos(fileName, 1, 1), "internal error: cannot build syntax tree: " + e);
            return null;
        }
    }

    /** The first, fast stage: SLL prediction, giving up at the first error. Returns null on failure. */
    private static GoParser.SourceFileContext parseSll(GoParser parser) {
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return parser.sourceFile();
        } catch (ParseCancellationException e) {
            return null;
        }
    }

    /**
     * The compiler directives: line comments starting with {@code //go:}, wherever they
     * are (gc's scanner reports them all; the placement decides), by token index.
     */
    private static java.util.NavigableMap<Integer, Directive> directives(List<Token> comments, SourceText text) {
        java.util.NavigableMap<Integer, Directive> found = new java.util.TreeMap<>();
        for (Token t : comments) {
            Directive d = Directive.parse(text.posPlusBytes(t.getStartIndex(), 2), t.getText().stripTrailing(),
                    text.blankBefore(t.getStartIndex()));
            if (d != null) found.put(t.getTokenIndex(), d);
        }
        return found;
    }

    /** The {@code //go:build} and {@code // +build} lines before the package clause, as written. */
    private static List<String> buildConstraints(EditableTokenStream tokens) {
        List<String> lines = new ArrayList<>();
        for (Token t : tokens.getTokens()) {
            if (t.getType() == GoParser.PACKAGE || t.getType() == Token.EOF) break;
            if (t.getType() != GoParser.LINE_COMMENT || t.getCharPositionInLine() != 0) continue;
            String s = t.getText().stripTrailing();
            if (s.startsWith("//go:build ") || s.startsWith("// +build ")) lines.add(s);
        }
        return lines;
    }
}
