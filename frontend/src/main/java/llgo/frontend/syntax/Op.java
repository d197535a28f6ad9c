package llgo.frontend.syntax;

/** Operators and assignment tokens, spelled as in the Go spec (section "Operators and punctuation"). */
public enum Op {
    ADD("+"), SUB("-"), MUL("*"), QUO("/"), REM("%"),
    AND("&"), OR("|"), XOR("^"), SHL("<<"), SHR(">>"), AND_NOT("&^"),
    LAND("&&"), LOR("||"), ARROW("<-"), INC("++"), DEC("--"),
    EQL("=="), LSS("<"), GTR(">"), NOT("!"), NEQ("!="), LEQ("<="), GEQ(">="),
    /** Unary only: the tilde of type-set terms {@code ~int}. */
    TILDE("~"),
    ASSIGN("="), DEFINE(":="),
    ADD_ASSIGN("+="), SUB_ASSIGN("-="), MUL_ASSIGN("*="), QUO_ASSIGN("/="), REM_ASSIGN("%="),
    AND_ASSIGN("&="), OR_ASSIGN("|="), XOR_ASSIGN("^="), SHL_ASSIGN("<<="), SHR_ASSIGN(">>="),
    AND_NOT_ASSIGN("&^=");

    public final String text;

    Op(String text) { this.text = text; }

    /** For an assignment operator such as {@code +=}, the binary operator it applies; otherwise null. */
    public Op binaryOfAssign() {
        return switch (this) {
            case ADD_ASSIGN -> ADD; case SUB_ASSIGN -> SUB; case MUL_ASSIGN -> MUL; case QUO_ASSIGN -> QUO;
            case REM_ASSIGN -> REM; case AND_ASSIGN -> AND; case OR_ASSIGN -> OR; case XOR_ASSIGN -> XOR;
            case SHL_ASSIGN -> SHL; case SHR_ASSIGN -> SHR; case AND_NOT_ASSIGN -> AND_NOT;
            default -> null;
        };
    }

    /** Binary operator precedence per the spec: 5 (* / % << >> & &^), 4 (+ - | ^), 3 (comparisons), 2 (&&), 1 (||); 0 if not binary. */
    public int precedence() {
        return switch (this) {
            case MUL, QUO, REM, SHL, SHR, AND, AND_NOT -> 5;
            case ADD, SUB, OR, XOR -> 4;
            case EQL, NEQ, LSS, LEQ, GTR, GEQ -> 3;
            case LAND -> 2;
            case LOR -> 1;
            default -> 0;
        };
    }

    public boolean isComparison() { return precedence() == 3; }

    @Override public String toString() { return text; }
}
