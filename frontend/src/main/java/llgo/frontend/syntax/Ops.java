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
            case GoParser.STAR -> Op.MUL;
            case GoParser.QUO -> Op.QUO;
            case GoParser.REM -> Op.REM;
            case GoParser.SHL -> Op.SHL;
            case GoParser.SHR -> Op.SHR;
            case GoParser.AND -> Op.AND;
            case GoParser.AND_NOT -> Op.AND_NOT;
            case GoParser.ADD -> Op.ADD;
            case GoParser.SUB -> Op.SUB;
            case GoParser.OR -> Op.OR;
            case GoParser.XOR -> Op.XOR;
            case GoParser.EQL -> Op.EQL;
            case GoParser.NEQ -> Op.NEQ;
            case GoParser.LSS -> Op.LSS;
            case GoParser.LEQ -> Op.LEQ;
            case GoParser.GTR -> Op.GTR;
            case GoParser.GEQ -> Op.GEQ;
            case GoParser.LAND -> Op.LAND;
            default -> Op.LOR;
        };
    }

    /** The unary operator of token type t, one of + - ! ^ & <- ~. */
    static Op unary(int t) {
        return switch (t) {
            case GoParser.ADD -> Op.ADD;
            case GoParser.SUB -> Op.SUB;
            case GoParser.NOT -> Op.NOT;
            case GoParser.XOR -> Op.XOR;
            case GoParser.AND -> Op.AND;
            case GoParser.ARROW -> Op.ARROW;
            default -> Op.TILDE;
        };
    }

    /** The assignment operator of token type t (= := += ...). */
    static Op assign(int t) {
        return switch (t) {
            case GoParser.DEFINE -> Op.DEFINE;
            case GoParser.ADD_ASSIGN -> Op.ADD_ASSIGN;
            case GoParser.SUB_ASSIGN -> Op.SUB_ASSIGN;
            case GoParser.MUL_ASSIGN -> Op.MUL_ASSIGN;
            case GoParser.QUO_ASSIGN -> Op.QUO_ASSIGN;
            case GoParser.REM_ASSIGN -> Op.REM_ASSIGN;
            case GoParser.AND_ASSIGN -> Op.AND_ASSIGN;
            case GoParser.OR_ASSIGN -> Op.OR_ASSIGN;
            case GoParser.XOR_ASSIGN -> Op.XOR_ASSIGN;
            case GoParser.SHL_ASSIGN -> Op.SHL_ASSIGN;
            case GoParser.SHR_ASSIGN -> Op.SHR_ASSIGN;
            case GoParser.AND_NOT_ASSIGN -> Op.AND_NOT_ASSIGN;
            default -> Op.ASSIGN;
        };
    }
}
