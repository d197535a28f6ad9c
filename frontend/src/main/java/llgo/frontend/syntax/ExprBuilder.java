/*
 * Builds expression and type nodes (Go spec, "Expressions" and "Types") from the parse
 * tree. Positions follow the Expr record docs; the shapes that the grammar leaves open are
 * settled as gc's parser settles them (parser.go): "<-chan T" re-associates into a
 * receive-only channel type, parameters "a, b int" are grouped into one field, and
 * "type A[N *M] T" is an array type unless the bracket can only be a type parameter list.
 * The parse tree may be incomplete after a syntax error; absent parts become Expr.Bad.
 */
package llgo.frontend.syntax;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.tree.TerminalNode;

import llgo.frontend.syntax.Expr.ChanDir;
import llgo.frontend.syntax.GoParser.*;

final class ExprBuilder extends GoParserBaseVisitor<Expr> {
    private final SourceText source;
    private final SyntaxErrors errors;
    private final TokenStream tokens;
    /** Builds function literal bodies; set once by the statement builder. */
    StmtBuilder stmts;

    TokenStream tokens() { return tokens; }

    ExprBuilder(SourceText source, SyntaxErrors errors, TokenStream tokens) {
        this.source = source;
        this.errors = errors;
        this.tokens = tokens;
    }

    /** The first on-channel token after parse tree node c. */
    Token after(ParserRuleContext c) {
        return after(c.getStop());
    }

    /** The first on-channel token after token t; t itself if there is none. */
    Token after(Token t) {
        for (int i = t.getTokenIndex() + 1; i < tokens.size(); i++) {
            Token n = tokens.get(i);
            if (n.getChannel() == Token.DEFAULT_CHANNEL) return n;
        }
        return t;
    }

    // ---- positions ----

    Pos pos(Token t) {
        return source.pos(t.getStartIndex(), t.getLine());
    }

    /** The token's position; none for a token that error recovery left out of the tree. */
    Pos pos(TerminalNode n) {
        return n == null ? Pos.NONE : pos(n.getSymbol());
    }

    Pos pos(ParserRuleContext c) {
        return pos(c.getStart());
    }

    Expr.Ident ident(TerminalNode n) {
        if (n == null || n.getSymbol().getTokenIndex() < 0) return new Expr.Ident(Pos.NONE, "_");
        return new Expr.Ident(pos(n), n.getText());
    }

    // ---- expressions ----

    Expr expr(ExpressionContext c) {
        if (c == null) return new Expr.Bad(Pos.NONE);
        Expr e = c.accept(this);
        return e != null ? e : new Expr.Bad(pos(c));
    }

    List<Expr> exprList(ExpressionListContext c) {
        List<Expr> list = new ArrayList<>();
        if (c != null) {
            for (ExpressionContext e : c.expression()) list.add(expr(e));
        }
        return list;
    }

    @Override public Expr visitUnary(UnaryContext c) {
        return unary(c.unaryExpr());
    }

    @Override public Expr visitBinary(BinaryContext c) {
        Expr x = expr(c.expression(0));
        Expr y = expr(c.expression(1));
        return new Expr.Binary(x.pos(), Ops.binary(c.op.getType()), x, y, pos(c.op));
    }

    private Expr unary(UnaryExprContext c) {
        if (c == null) return new Expr.Bad(Pos.NONE);
        Expr e = c.accept(this);
        return e != null ? e : new Expr.Bad(pos(c));
    }

    @Override public Expr visitPrimary(PrimaryContext c) {
        return primary(c.primaryExpr());
    }

    @Override public Expr visitPrefixOp(PrefixOpContext c) {
        Pos p = pos(c.op);
        Expr x = unary(c.unaryExpr());
        return switch (c.op.getType()) {
            case GoParser.STAR -> new Expr.Star(p, x);
            case GoParser.ARROW -> receive(p, x);
            default -> new Expr.Unary(p, Ops.unary(c.op.getType()), x);
        };
    }

    /** {@code <-x}: a receive, or, if x is a channel type, the re-associated type {@code <-chan T}. */
    private Expr receive(Pos p, Expr x) {
        if (x instanceof Expr.ChanType ch) return recvChan(p, ch);
        return new Expr.Unary(p, Op.ARROW, x);
    }

    /** gc: "<-chan chan<- T" is "<-chan (<-chan T)"... each send-only level becomes receive-only. */
    private Expr recvChan(Pos p, Expr.ChanType ch) {
        return switch (ch.dir()) {
            case BOTH -> new Expr.ChanType(p, ChanDir.RECV, ch.value());
            case SEND -> new Expr.ChanType(p, ChanDir.RECV, ch.value() instanceof Expr.ChanType inner
                    ? recvChan(inner.pos(), inner) : ch.value());
            case RECV -> {
                errors.syntaxError(ch.pos(), "unexpected <-, expecting chan");
                yield new Expr.ChanType(p, ChanDir.RECV, ch.value());
            }
        };
    }

    Expr primary(PrimaryExprContext c) {
        if (c == null) return new Expr.Bad(Pos.NONE);
        Expr x = c.operand() != null ? c.operand().accept(this) : null;
        if (x == null) x = new Expr.Bad(pos(c));
        for (SuffixContext s : c.suffix()) x = suffix(x, s);
        return x;
    }

    private Expr suffix(Expr x, SuffixContext s) {
        if (s instanceof SelectorSuffixContext sel) {
            return new Expr.Selector(x.pos(), x, ident(sel.IDENTIFIER()));
        }
        if (s instanceof AssertSuffixContext a) {
            return new Expr.TypeAssert(x.pos(), x, a.TYPE() != null ? null : type(a.type_()));
        }
        if (s instanceof IndexSuffixContext ix) return index(x, ix.indexBrackets());
        if (s instanceof CallSuffixContext call) {
            ArgumentsContext args = call.arguments();
            return new Expr.Call(x.pos(), x, exprList(args.expressionList()), args.ELLIPSIS() != null,
                    pos(args.LPAREN()));
        }
        if (s instanceof CompositeSuffixContext lit) {
            LiteralValueContext v = lit.literalValue();
            if (x instanceof Expr.Paren) {
                errors.syntaxError(pos(v), "cannot parenthesize type in composite literal");
            }
            return new Expr.CompositeLit(x.pos(), x, elements(v), rbrace(v.RBRACE(), v));
        }
        return new Expr.Bad(pos(s));
    }

    private Expr index(Expr x, IndexBracketsContext b) {
        Pos lbrack = pos(b.LBRACK());
        SliceTailContext tail = b.sliceTail();
        List<ExpressionContext> exprs = b.expression();
        if (tail == null) {
            List<Expr> indices = new ArrayList<>();
            for (ExpressionContext e : exprs) indices.add(expr(e));
            return new Expr.Index(x.pos(), x, indices, lbrack);
        }
        Expr lo = exprs.isEmpty() ? null : expr(exprs.get(0));
        Expr hi = tail.hi != null ? expr(tail.hi) : null;
        boolean slice3 = tail.COLON().size() == 2;
        Expr max = tail.max != null ? expr(tail.max) : null;
        if (slice3) {
            // as gc's parser: a missing index is reported and becomes a bad expression where it belongs
            if (hi == null) {
                hi = new Expr.Bad(pos(tail.COLON(1)));
                errors.error(hi.pos(), "middle index required in 3-index slice");
            }
            if (max == null) {
                max = new Expr.Bad(pos(b.RBRACK() != null ? b.RBRACK().getSymbol() : b.getStop()));
                errors.error(max.pos(), "final index required in 3-index slice");
            }
        }
        return new Expr.Slice(x.pos(), x, lo, hi, max, slice3, lbrack);
    }

    private Pos rbrace(TerminalNode rbrace, ParserRuleContext c) {
        return rbrace != null ? pos(rbrace) : pos(c.getStop());
    }

    /** The elements of a composite literal; a nested '{...}' is a literal with an elided type. */
    private List<Expr> elements(LiteralValueContext v) {
        List<Expr> elts = new ArrayList<>();
        for (KeyedElementContext k : v.keyedElement()) {
            Expr first = element(k.element(0));
            if (k.COLON() != null) {
                elts.add(new Expr.KeyValue(first.pos(), first, element(k.element(1))));
            } else {
                elts.add(first);
            }
        }
        return elts;
    }

    private Expr element(ElementContext e) {
        if (e == null) return new Expr.Bad(Pos.NONE);
        if (e.literalValue() != null) {
            LiteralValueContext v = e.literalValue();
            return new Expr.CompositeLit(pos(v), null, elements(v), rbrace(v.RBRACE(), v));
        }
        return expr(e.expression());
    }

    // ---- operands ----

    @Override public Expr visitLiteralOperand(LiteralOperandContext c) {
        return basicLit(c.literal().getStart());
    }

    Expr.BasicLit basicLit(Token t) {
        String text = t.getText();
        Expr.LitKind kind = switch (t.getType()) {
            case GoParser.RUNE -> Expr.LitKind.CHAR;
            case GoParser.STRING -> Expr.LitKind.STRING;
            case GoParser.RAW_STRING -> {
                text = text.replace("\r", ""); // spec: carriage returns are discarded from raw strings
                yield Expr.LitKind.STRING;
            }
            default -> numberKind(text);
        };
        return new Expr.BasicLit(pos(t), kind, text, t instanceof LiteralChecker.BadLiteral);
    }

    private static Expr.LitKind numberKind(String text) {
        if (text.endsWith("i")) return Expr.LitKind.IMAG;
        boolean hex = text.length() > 1 && text.charAt(0) == '0' && (text.charAt(1) == 'x' || text.charAt(1) == 'X');
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '.' || (hex ? ch == 'p' || ch == 'P' : ch == 'e' || ch == 'E')) return Expr.LitKind.FLOAT;
        }
        return Expr.LitKind.INT;
    }

    @Override public Expr visitNameOperand(NameOperandContext c) {
        return ident(c.IDENTIFIER());
    }

    @Override public Expr visitParenOperand(ParenOperandContext c) {
        return new Expr.Paren(pos(c), expr(c.parenExpr().expression()));
    }

    @Override public Expr visitFuncOperand(FuncOperandContext c) {
        Expr.FuncType ft = funcType(pos(c.FUNC()), List.of(), c.signature());
        FunctionBodyContext body = c.literalBody() == null ? null : c.literalBody().functionBody();
        if (body == null) return ft;
        return new Expr.FuncLit(ft.pos(), ft, stmts.block(body.block()));
    }

    @Override public Expr visitArrayOperand(ArrayOperandContext c) {
        return arrayType(pos(c), c.expression(), c.ELLIPSIS(), c.type_());
    }

    @Override public Expr visitSliceOperand(SliceOperandContext c) {
        return new Expr.ArrayType(pos(c), null, type(c.type_()));
    }

    @Override public Expr visitStructOperand(StructOperandContext c) {
        return structType(c.structType());
    }

    @Override public Expr visitMapOperand(MapOperandContext c) {
        return mapType(c.mapType());
    }

    @Override public Expr visitInterfaceOperand(InterfaceOperandContext c) {
        return interfaceType(c.interfaceType());
    }

    @Override public Expr visitChanOperand(ChanOperandContext c) {
        return new Expr.ChanType(pos(c), c.ARROW() != null ? ChanDir.SEND : ChanDir.BOTH, type(c.type_()));
    }

    // ---- types ----

    Expr type(Type_Context c) {
        if (c == null) return new Expr.Bad(Pos.NONE);
        Expr e = c.accept(this);
        return e != null ? e : new Expr.Bad(pos(c));
    }

    @Override public Expr visitNamedType(NamedTypeContext c) {
        Expr name = typeName(c.typeName());
        return c.typeArgs() == null ? name : typeArgs(name, c.typeArgs());
    }

    Expr typeName(TypeNameContext c) {
        List<TerminalNode> ids = c.IDENTIFIER();
        Expr.Ident first = ident(ids.isEmpty() ? null : ids.get(0));
        if (ids.size() < 2) return first;
        return new Expr.Selector(first.pos(), first, ident(ids.get(1)));
    }

    Expr typeArgs(Expr x, TypeArgsContext c) {
        List<Expr> args = new ArrayList<>();
        for (Type_Context t : c.type_()) args.add(type(t));
        return new Expr.Index(x.pos(), x, args, pos(c.LBRACK()));
    }

    @Override public Expr visitParenType(ParenTypeContext c) {
        return new Expr.Paren(pos(c), type(c.type_()));
    }

    @Override public Expr visitLiteralType(LiteralTypeContext c) {
        TypeLitContext t = c.typeLit();
        if (t.arrayType() != null) {
            ArrayTypeContext a = t.arrayType();
            return arrayType(pos(a), a.expression(), a.ELLIPSIS(), a.type_());
        }
        if (t.sliceType() != null) return new Expr.ArrayType(pos(t), null, type(t.sliceType().type_()));
        if (t.structType() != null) return structType(t.structType());
        if (t.pointerType() != null) return new Expr.Star(pos(t), type(t.pointerType().type_()));
        if (t.functionType() != null) return funcType(pos(t), List.of(), t.functionType().signature());
        if (t.interfaceType() != null) return interfaceType(t.interfaceType());
        if (t.mapType() != null) return mapType(t.mapType());
        if (t.channelType() != null) return chanType(t.channelType());
        return new Expr.Bad(pos(c));
    }

    private Expr arrayType(Pos p, ExpressionContext len, TerminalNode ellipsis, Type_Context elt) {
        Expr l = ellipsis != null ? new Expr.Ellipsis(pos(ellipsis), null) : expr(len);
        return new Expr.ArrayType(p, l, type(elt));
    }

    private Expr mapType(MapTypeContext c) {
        return new Expr.MapType(pos(c), type(c.type_(0)), type(c.type_(1)));
    }

    private Expr chanType(ChannelTypeContext c) {
        if (c instanceof SendChanContext s) return new Expr.ChanType(pos(c), ChanDir.SEND, type(s.type_()));
        if (c instanceof RecvChanContext r) return new Expr.ChanType(pos(c), ChanDir.RECV, type(r.type_()));
        if (c instanceof BothChanContext b) return new Expr.ChanType(pos(c), ChanDir.BOTH, type(b.type_()));
        return new Expr.Bad(pos(c)); // an alternative that error recovery abandoned before it was known
    }

    Expr.StructType structType(StructTypeContext c) {
        List<Field> fields = new ArrayList<>();
        for (FieldDeclContext f : c.fieldDecl()) {
            Expr.BasicLit tag = f.tag != null ? basicLit(f.tag.getStart()) : null;
            if (f.embeddedField() != null) {
                EmbeddedFieldContext e = f.embeddedField();
                Expr t = typeName(e.typeName());
                if (e.typeArgs() != null) t = typeArgs(t, e.typeArgs());
                if (e.STAR() != null) t = new Expr.Star(pos(e.STAR()), t);
                fields.add(new Field(t.pos(), List.of(), t, tag));
            } else {
                List<Expr.Ident> names = identList(f.identifierList());
                fields.add(new Field(names.isEmpty() ? pos(f) : names.get(0).pos(), names, type(f.type_()), tag));
            }
        }
        return new Expr.StructType(pos(c), fields);
    }

    Expr.InterfaceType interfaceType(InterfaceTypeContext c) {
        List<Field> methods = new ArrayList<>();
        for (InterfaceElemContext e : c.interfaceElem()) {
            if (e instanceof MethodElemContext m) {
                Expr.Ident name = ident(m.IDENTIFIER());
                if (m.typeParameters() != null) errors.error(pos(m.typeParameters()), "interface method must have no type parameters");
                Expr.FuncType ft = funcType(name.pos(), List.of(), m.signature());
                methods.add(new Field(name.pos(), List.of(name), ft, null));
            } else if (e instanceof EmbeddedElemContext em) {
                Expr t = typeElem(em.typeElem());
                methods.add(new Field(t.pos(), List.of(), t, null));
            }
        }
        return new Expr.InterfaceType(pos(c), methods);
    }

    /** A constraint or embedded element {@code ~A | B}: unions are Binary OR, tildes Unary TILDE. */
    Expr typeElem(TypeElemContext c) {
        if (c == null) return new Expr.Bad(Pos.NONE);
        Expr result = null;
        List<TypeTermContext> terms = c.typeTerm();
        for (int i = 0; i < terms.size(); i++) {
            TypeTermContext t = terms.get(i);
            Expr term = type(t.type_());
            if (t.TILDE() != null) term = new Expr.Unary(pos(t.TILDE()), Op.TILDE, term);
            result = result == null ? term : new Expr.Binary(result.pos(), Op.OR, result, term, pos(c.OR(i - 1)));
        }
        return result != null ? result : new Expr.Bad(pos(c));
    }

    List<Expr.Ident> identList(IdentifierListContext c) {
        List<Expr.Ident> names = new ArrayList<>();
        if (c != null) {
            for (TerminalNode n : c.IDENTIFIER()) names.add(ident(n));
        }
        return names;
    }

    // ---- signatures ----

    Expr.FuncType funcType(Pos p, List<Field> typeParams, SignatureContext sig) {
        if (sig == null) return new Expr.FuncType(p, typeParams, List.of(), List.of());
        List<Field> params = parameters(sig.parameters());
        List<Field> results = List.of();
        ResultContext r = sig.result();
        if (r != null) {
            if (r.parameters() != null) {
                results = parameters(r.parameters());
            } else {
                Expr t = type(r.type_());
                results = List.of(new Field(t.pos(), List.of(), t, null));
            }
        }
        return new Expr.FuncType(p, typeParams, params, results);
    }

    List<Field> typeParameters(TypeParametersContext c) {
        List<Field> fields = new ArrayList<>();
        if (c == null) return fields;
        for (TypeParamDeclContext d : c.typeParamDecl()) {
            List<Expr.Ident> names = identList(d.identifierList());
            fields.add(new Field(names.isEmpty() ? pos(d) : names.get(0).pos(), names, typeElem(d.typeElem()), null));
        }
        if (fields.isEmpty()) errors.syntaxError(pos(c), "empty type parameter list");
        return fields;
    }

    /** One written parameter before grouping: an optional name and a type. */
    private record Param(Expr.Ident name, Expr type) {}

    /** gc's paramList: "a, b int" names a and b; a list without names is a list of types. */
    List<Field> parameters(ParametersContext c) {
        List<Field> fields = new ArrayList<>();
        if (c == null) return fields;
        List<Param> params = new ArrayList<>();
        int named = 0;
        for (ParameterDeclContext d : c.parameterDecl()) {
            Expr t = type(d.type_());
            if (d.ELLIPSIS() != null) t = new Expr.Ellipsis(pos(d.ELLIPSIS()), t);
            Expr.Ident name = d.IDENTIFIER() != null ? ident(d.IDENTIFIER()) : null;
            if (name != null) named++;
            params.add(new Param(name, t));
        }
        if (named == 0) {
            for (Param p : params) fields.add(new Field(p.type().pos(), List.of(), p.type(), null));
            return fields;
        }
        // Some are named: every unnamed one must be a lone name taking the type that follows.
        Param[] resolved = new Param[params.size()];
        Expr typ = null;
        Pos errPos = null;
        for (int i = params.size() - 1; i >= 0; i--) {
            Param p = params.get(i);
            if (p.name() != null) {
                typ = p.type();
                resolved[i] = p;
            } else if (p.type() instanceof Expr.Ident id && typ != null) {
                resolved[i] = new Param(id, typ);
            } else {
                errPos = p.type().pos();
                Expr.Ident blank = new Expr.Ident(p.type().pos(), "_");
                resolved[i] = p.type() instanceof Expr.Ident id ? new Param(id, new Expr.Bad(id.pos()))
                        : new Param(blank, p.type());
            }
        }
        if (errPos != null) errors.syntaxError(errPos, "mixed named and unnamed parameters");
        int i = 0;
        while (i < resolved.length) {
            Expr t = resolved[i].type();
            List<Expr.Ident> names = new ArrayList<>();
            while (i < resolved.length && resolved[i].type() == t) names.add(resolved[i++].name());
            fields.add(new Field(names.get(0).pos(), names, t, null));
        }
        return fields;
    }
}
