/*
 * The entry point of the syntax stage: Go source bytes to a File syntax tree (Go spec,
 * "Source file organization"). Lexing is done once; parsing runs first in ANTLR's SLL
 * mode, which is fast and right for nearly every valid file, and only when that fails
 * again in full LL mode with gc-worded error recovery. The parse runs on a pooled thread
 * with a large stack, and the grammar's rule depth is capped, so that deeply nested input
 * gets an error instead of a StackOverflowError. Build constraints ("//go:build" and
 * "// +build" lines before the package clause) and compiler directives ("//go:name" line
 * comments) are collected from the comment tokens.
 */
package llgo.frontend.syntax;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CodePointBuffer;
import org.antlr.v4.runtime.CodePointCharStream;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

import llgo.frontend.Diagnostics;

public final class Parser {
    /** Stack size of the parsing thread: room for {@link GoParserBase#MAX_DEPTH} nested rules. */
    private static final long STACK_BYTES = 1L << 30;

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
            file = BIG_STACKS.submit(() -> parseHere(fileName, source, local)).get();
        } catch (ExecutionException e) {
            file = null;
            local.error(new Pos(fileName, 1, 1), "internal error: the parser failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            file = null;
            local.error(new Pos(fileName, 1, 1), "parsing interrupted");
        }
        for (llgo.frontend.Diagnostic d : local.sorted()) diag.error(d.pos(), d.message());
        if (file == null) {
            Pos p = new Pos(fileName, 1, 1);
            if (!local.hasErrors()) diag.error(p, "internal error: the parser failed");
            file = new File(p, fileName, new Expr.Ident(p, "_"), List.of(), List.of(), List.of(), List.of());
        }
        return file;
    }

    /** Daemon threads with large stacks, kept for a minute between parses. */
    private static final ExecutorService BIG_STACKS = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(null, task, "llgo-parse", STACK_BYTES);
        t.setDaemon(true);
        return t;
    });

    /** Parses on the current thread. */
    private static File parseHere(String fileName, byte[] bytes, Diagnostics diag) {
        SourceText text = SourceText.decode(fileName, bytes, diag);
        SyntaxErrors errors = new SyntaxErrors(diag);
        CodePointCharStream chars = CodePointCharStream.fromBuffer(
                CodePointBuffer.withInts(IntBuffer.wrap(text.codePoints)), fileName);
        GoLexer lexer = new GoLexer(chars);
        lexer.removeErrorListeners();
        lexer.setSource(text, diag);
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
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
            diag.error(text.pos(e.at.getStartIndex()), "syntax error: nesting too deep");
            return null;
        } catch (StackOverflowError e) {
            diag.error(new Pos(fileName, 1, 1), "syntax error: nesting too deep");
            return null;
        }
        try {
            ExprBuilder exprs = new ExprBuilder(text, errors, tokens);
            StmtBuilder stmts = new StmtBuilder(exprs, errors);
            DeclBuilder decls = new DeclBuilder(exprs, stmts, errors);
            return decls.file(fileName, tree, constraints, directives(tokens, text));
        } catch (RuntimeException | StackOverflowError e) {
            // Only a tree broken by error recovery can get here; its errors are already reported.
            if (!diag.hasErrors()) {
                diag.error(new Pos(fileName, 1, 1), "internal error: cannot build syntax tree: " + e);
            }
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

    /** The compiler directives: line comments starting with {@code //go:} in column 1, by token index. */
    private static java.util.NavigableMap<Integer, Directive> directives(CommonTokenStream tokens, SourceText text) {
        java.util.NavigableMap<Integer, Directive> found = new java.util.TreeMap<>();
        for (Token t : tokens.getTokens()) {
            if (t.getType() != GoLexer.LINE_COMMENT || t.getCharPositionInLine() != 0) continue;
            Directive d = Directive.parse(text.pos(t.getStartIndex()), t.getText().stripTrailing());
            if (d != null) found.put(t.getTokenIndex(), d);
        }
        return found;
    }

    /** The {@code //go:build} and {@code // +build} lines before the package clause, as written. */
    private static List<String> buildConstraints(CommonTokenStream tokens) {
        List<String> lines = new ArrayList<>();
        for (Token t : tokens.getTokens()) {
            if (t.getType() == GoLexer.PACKAGE || t.getType() == Token.EOF) break;
            if (t.getType() != GoLexer.LINE_COMMENT || t.getCharPositionInLine() != 0) continue;
            String s = t.getText().stripTrailing();
            if (s.startsWith("//go:build ") || s.startsWith("// +build ")) lines.add(s);
        }
        return lines;
    }
}
