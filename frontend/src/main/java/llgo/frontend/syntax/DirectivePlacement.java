/*
 * Which declaration each compiler directive of a file belongs to, decided as gc's parser
 * decides it (cmd/compile/internal/syntax/parser.go): directives collect as the scanner
 * passes them; the package clause, an import, const, type or var spec and a function
 * declaration take those collected so far when the parser reaches them (takePragma), and
 * a statement's first token, the token after a statement or after a top-level
 * declaration, a declaration group's '(' and the end of the file clear them (clearPragma),
 * making them misplaced. So a directive belongs to the first of those events after it.
 */
package llgo.frontend.syntax;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import llgo.frontend.syntax.GoParser.*;

final class DirectivePlacement {
    /** Something that takes or clears the directives before token index {@code token}. */
    private record Event(Directive.Taker taker, ParserRuleContext spec) {}

    private final TokenStream tokens;
    private final NavigableMap<Integer, Event> events = new TreeMap<>();
    private final List<Directive> directives = new ArrayList<>();
    private final Map<Integer, List<Directive>> taken = new HashMap<>();

    private DirectivePlacement(TokenStream tokens) {
        this.tokens = tokens;
    }

    /** The directives of {@code file} (by comment token index), each with its taker, in source order. */
    static DirectivePlacement place(SourceFileContext file, TokenStream tokens, NavigableMap<Integer, Directive> found,
                                    boolean importsEmbed) {
        DirectivePlacement p = new DirectivePlacement(tokens);
        p.sourceFile(file, found);
        for (Map.Entry<Integer, Directive> e : found.entrySet()) {
            Map.Entry<Integer, Event> next = p.events.higherEntry(e.getKey());
            Directive d = next == null ? e.getValue() : p.placed(e.getValue(), next.getValue(), importsEmbed);
            p.directives.add(d);
            if (next != null && d.alone()) p.taken.computeIfAbsent(next.getKey(), k -> new ArrayList<>()).add(d);
        }
        return p;
    }

    /** Every directive of the file, in source order. */
    List<Directive> directives() { return List.copyOf(directives); }

    /** The directives (on lines of their own) taken at token {@code at}, in source order. */
    List<Directive> takenAt(Token at) { return List.copyOf(taken.getOrDefault(at.getTokenIndex(), List.of())); }

    /** The token after {@code func} of a function declaration, where it takes its directives. */
    Token functionTake(FunctionDeclContext f) { return after(f.getStart()); }

    private Directive placed(Directive d, Event e, boolean importsEmbed) {
        String misuse = null;
        if (d.name().equals(Directive.EMBED) && e.spec() instanceof VarSpecContext v) {
            misuse = embedMisuse(v, importsEmbed, e.taker() == Directive.Taker.LOCAL_VAR);
        }
        return d.placed(e.taker(), misuse);
    }

    /** gc's checkEmbed (noder/noder.go): where a //go:embed cannot apply, or null. */
    private static String embedMisuse(VarSpecContext v, boolean importsEmbed, boolean local) {
        if (!importsEmbed) return "go:embed only allowed in Go files that import \"embed\"";
        if (v.identifierList().IDENTIFIER().size() > 1) return "go:embed cannot apply to multiple vars";
        if (v.ASSIGN() != null) return "go:embed cannot apply to var with initializer";
        if (v.type_() == null) return "go:embed cannot apply to var without type";
        if (local) return "go:embed cannot apply to var inside func";
        return null;
    }

    /**
     * The events of the file. A directive's event is the first one after it; the events
     * inside a top-level declaration's statements come after the one the declaration
     * itself makes, so they matter only for directives inside it, and only the
     * declarations that hold a directive are walked.
     */
    private void sourceFile(SourceFileContext c, NavigableMap<Integer, Directive> found) {
        if (c.packageClause() != null && c.packageClause().IDENTIFIER() != null) {
            take(c.packageClause().IDENTIFIER().getSymbol(), Directive.Taker.FILE, null);
        }
        for (ImportDeclContext d : c.importDecl()) {
            group(d.LPAREN(), d.importSpec(), Directive.Taker.IMPORT);
        }
        for (TopLevelDeclContext d : c.topLevelDecl()) {
            if (d.declaration() != null) declaration(d.declaration(), false);
            else if (d.functionDecl() != null && d.functionDecl().getStart() != null) {
                take(functionTake(d.functionDecl()), Directive.Taker.FUNC, null);
            }
            if (d.getStop() != null) clear(after(d.getStop()));
        }
        for (TopLevelDeclContext d : c.topLevelDecl()) {
            if (holdsDirective(d, found)) walk(d);
        }
        clear(tokens.get(tokens.size() - 1));
    }

    /** Whether a directive lies within the node's tokens (or they are unknown, after an error). */
    private static boolean holdsDirective(ParserRuleContext d, NavigableMap<Integer, Directive> found) {
        if (d.getStart() == null || d.getStop() == null) return true;
        int from = d.getStart().getTokenIndex();
        int to = d.getStop().getTokenIndex();
        return from <= to && found.ceilingKey(from) != null && found.ceilingKey(from) <= to;
    }

    private void declaration(DeclarationContext d, boolean local) {
        if (d.constDecl() != null) group(d.constDecl().LPAREN(), d.constDecl().constSpec(), Directive.Taker.CONST);
        else if (d.varDecl() != null) {
            group(d.varDecl().LPAREN(), d.varDecl().varSpec(), local ? Directive.Taker.LOCAL_VAR : Directive.Taker.VAR);
        } else if (d.typeDecl() != null) {
            TypeDeclContext t = d.typeDecl();
            if (t.LPAREN() != null) clear(t.LPAREN().getSymbol());
            for (TypeSpecContext s : t.typeSpec()) {
                take(s.getStart(), s.ASSIGN() != null ? Directive.Taker.ALIAS : Directive.Taker.TYPE, s);
            }
        }
    }

    /** A declaration with one spec, or a group: its '(' clears, then each spec takes. */
    private void group(TerminalNode lparen, List<? extends ParserRuleContext> specs, Directive.Taker taker) {
        if (lparen != null) clear(lparen.getSymbol());
        for (ParserRuleContext s : specs) take(s.getStart(), taker, s);
    }

    /** The statements of every statement list, at any depth (function and literal bodies). */
    private void walk(ParseTree t) {
        if (t instanceof StatementListContext list) {
            for (int i = 0; i < list.getChildCount(); i++) {
                ParseTree child = list.getChild(i);
                if (child instanceof TerminalNode semi) clear(semi.getSymbol());
                else if (child instanceof StatementContext s) {
                    if (s instanceof DeclStmtContext d) declaration(d.declaration(), true);
                    else clear(s.getStart());
                    if (s.getStop() != null) clear(after(s.getStop()));
                }
            }
        }
        for (int i = 0; i < t.getChildCount(); i++) walk(t.getChild(i));
    }

    private void take(Token at, Directive.Taker taker, ParserRuleContext spec) {
        if (at != null) events.putIfAbsent(at.getTokenIndex(), new Event(taker, spec));
    }

    private void clear(Token at) {
        if (at != null) events.putIfAbsent(at.getTokenIndex(), new Event(Directive.Taker.NONE, null));
    }

    /** The on-channel token after t, or the last token. */
    private Token after(Token t) {
        for (int i = t.getTokenIndex() + 1; i < tokens.size(); i++) {
            Token n = tokens.get(i);
            if (n.getChannel() == Token.DEFAULT_CHANNEL) return n;
        }
        return tokens.get(tokens.size() - 1);
    }
}
