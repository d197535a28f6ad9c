/*
 * Maps operator tokens of the lexer (Go spec, "Operators and punctuation") to the Op enum
 * of the syntax tree.
 */
package llgo.frontend.syntax;

final class Ops {
    private Ops() {}

    /** The binary operator of token type t. Precondition: t is a binary operator token. */
    static Op binary(int t) {
        return switch (t) {
            case GoLexer.STAR -> Op.MUL;
            case GoLexer.QUO -> Op.QUO;
            case GoLexer.REM -> Op.REM;
            case GoLexer.SHL -> Op.SHL;
            case GoLexer.SHR -> Op.SHR;
            case GoLexer.AND -> Op.AND;
            case GoLexer.AND_NOT -> Op.AND_NOT;
            case GoLexer.ADD -> Op.ADD;
            case GoLexer.SUB -> Op.SUB;
            case GoLexer.OR -> Op.OR;
            case GoLexer.XOR -> Op.XOR;
            case GoLexer.EQL -> Op.EQL;
            case GoLexer.NEQ -> Op.NEQ;
            case GoLexer.LSS -> Op.LSS;
            case GoLexer.LEQ -> Op.LEQ;
            case GoLexer.GTR -> Op.GTR;
            case GoLexer.GEQ -> Op.GEQ;
            case GoLexer.LAND -> Op.LAND;
            default -> Op.LOR;
        };
    }

    /** The unary operator of token type t, one of + - ! ^ & <- ~. */
    static Op unary(int t) {
        return switch (t) {
            case GoLexer.ADD -> Op.ADD;
            case GoLexer.SUB -> Op.SUB;
            case GoLexer.NOT -> Op.NOT;
            case GoLexer.XOR -> Op.XOR;
            case GoLexer.AND -> Op.AND;
            case GoLexer.ARROW -> Op.ARROW;
            default -> Op.TILDE;
        };
    }

    /** The assignment operator of token type t (= := += ...). */
    static Op assign(int t) {
        return switch (t) {
            case GoLexer.DEFINE -> Op.DEFINE;
            case GoLexer.ADD_ASSIGN -> Op.ADD_ASSIGN;
            case GoLexer.SUB_ASSIGN -> Op.SUB_ASSIGN;
            case GoLexer.MUL_ASSIGN -> Op.MUL_ASSIGN;
            case GoLexer.QUO_ASSIGN -> Op.QUO_ASSIGN;
            case GoLexer.REM_ASSIGN -> Op.REM_ASSIGN;
            case GoLexer.AND_ASSIGN -> Op.AND_ASSIGN;
            case GoLexer.OR_ASSIGN -> Op.OR_ASSIGN;
            case GoLexer.XOR_ASSIGN -> Op.XOR_ASSIGN;
            case GoLexer.SHL_ASSIGN -> Op.SHL_ASSIGN;
            case GoLexer.SHR_ASSIGN -> Op.SHR_ASSIGN;
            case GoLexer.AND_NOT_ASSIGN -> Op.AND_NOT_ASSIGN;
            default -> Op.ASSIGN;
        };
    }
}
