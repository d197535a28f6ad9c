package llgo.frontend.syntax;

import java.util.List;

/**
 * Expressions and type expressions (Go spec: "Expressions", "Types"). Type literals are
 * expressions here, as in go/ast, because the grammar cannot always tell them apart
 * ({@code T(x)} is a call or a conversion). A null child means "absent".
 */
public sealed interface Expr extends Node {

    /** Stands where the parser could not build an expression; an error was reported. */
    record Bad(Pos pos) implements Expr {}

    /** An identifier; {@code _} is the blank identifier. */
    record Ident(Pos pos, String name) implements Expr {
        public boolean isBlank() { return name.equals("_"); }
    }

    enum LitKind { INT, FLOAT, IMAG, CHAR, STRING }

    /**
     * A literal token, {@code value} exactly as written in the source (quotes and prefixes
     * kept); {@code bad} when the lexer reported it malformed (the checker then takes it as
     * invalid without another error, as types2 does with BasicLit.Bad).
     */
    record BasicLit(Pos pos, LitKind kind, String value, boolean bad) implements Expr {}

    /**
     * {@code T{elts}}; {@code type} is null for an elided type inside another composite literal.
     * {@code rbrace} is the position of the closing brace.
     */
    record CompositeLit(Pos pos, Expr type, List<Expr> elts, Pos rbrace) implements Expr {}

    /** {@code func(params) results { body }}. */
    record FuncLit(Pos pos, FuncType type, Stmt.Block body) implements Expr {}

    record Paren(Pos pos, Expr x) implements Expr {}

    /** {@code x.sel}; pos is the position of x. */
    record Selector(Pos pos, Expr x, Ident sel) implements Expr {}

    /** {@code x[i]}, or {@code x[T1, T2]} for a generic instantiation; pos is the position of x, lbrack of '['. */
    record Index(Pos pos, Expr x, List<Expr> indices, Pos lbrack) implements Expr {}

    /** {@code x[lo:hi]} or {@code x[lo:hi:max]}; absent bounds are null. */
    record Slice(Pos pos, Expr x, Expr lo, Expr hi, Expr max, boolean slice3, Pos lbrack) implements Expr {}

    /** {@code x.(T)}; {@code type} is null for {@code x.(type)} in a type switch. */
    record TypeAssert(Pos pos, Expr x, Expr type) implements Expr {}

    /** {@code f(args)} or {@code f(args...)}; pos is the position of f, lparen of '('. */
    record Call(Pos pos, Expr fun, List<Expr> args, boolean hasEllipsis, Pos lparen) implements Expr {}

    /** {@code *x}: a dereference or a pointer type. */
    record Star(Pos pos, Expr x) implements Expr {}

    /** {@code op x} for + - ! ^ & <- and ~ (type-set terms). */
    record Unary(Pos pos, Op op, Expr x) implements Expr {}

    /** {@code x op y}; pos is the position of x, opPos of the operator (gc reports there). */
    record Binary(Pos pos, Op op, Expr x, Expr y, Pos opPos) implements Expr {}

    /** {@code key: value} inside a composite literal. */
    record KeyValue(Pos pos, Expr key, Expr value) implements Expr {}

    // ---- types ----

    /** {@code [len]elt}; len null means a slice type, an {@link Ellipsis} with null elt means {@code [...]elt}. */
    record ArrayType(Pos pos, Expr len, Expr elt) implements Expr {}

    record StructType(Pos pos, List<Field> fields) implements Expr {}

    /** Parameters and results are fields; an unnamed parameter has no names. */
    record FuncType(Pos pos, List<Field> typeParams, List<Field> params, List<Field> results) implements Expr {}

    /**
     * {@code interface { ... }}: methods are fields with one name and a FuncType; embedded
     * elements (interfaces, or type-set unions for constraints) are fields without names.
     */
    record InterfaceType(Pos pos, List<Field> methods) implements Expr {}

    record MapType(Pos pos, Expr key, Expr value) implements Expr {}

    enum ChanDir { BOTH, SEND, RECV }

    record ChanType(Pos pos, ChanDir dir, Expr value) implements Expr {}

    /** {@code ...elt} in a variadic parameter list, or {@code [...]} in an array type (elt null). */
    record Ellipsis(Pos pos, Expr elt) implements Expr {}
}
