/*
 * The ANTLR lexer that llgo used before Scanner, kept as the reference Scanner is tested
 * against (ScannerDifferentialTest): the lexical grammar of Go 1.19 (Go spec, "Lexical
 * elements"). Literals are matched leniently (any digit after a prefix, any escaped
 * character, unterminated strings) so that the checks with gc's wording live in
 * LiteralChecker and the lexer never stops on bad input. Semicolon insertion
 * ("Semicolons") is done by AntlrGoLexerBase.nextToken, which is why newlines and comments
 * are kept on the hidden channel rather than skipped; AntlrGoLexerBase then drops the
 * newlines that end no statement, and blanks are skipped here. The token types are the
 * parser's (GoTokens.tokens).
 */
lexer grammar AntlrGoLexer;

options { superClass = AntlrGoLexerBase; tokenVocab = GoTokens; }

// ---- keywords ----
BREAK       : 'break';
CASE        : 'case';
CHAN        : 'chan';
CONST       : 'const';
CONTINUE    : 'continue';
DEFAULT     : 'default';
DEFER       : 'defer';
ELSE        : 'else';
FALLTHROUGH : 'fallthrough';
FOR         : 'for';
FUNC        : 'func';
GO          : 'go';
GOTO        : 'goto';
IF          : 'if';
IMPORT      : 'import';
INTERFACE   : 'interface';
MAP         : 'map';
PACKAGE     : 'package';
RANGE       : 'range';
RETURN      : 'return';
SELECT      : 'select';
STRUCT      : 'struct';
SWITCH      : 'switch';
TYPE        : 'type';
VAR         : 'var';

// A non-ASCII character that is neither a letter nor a digit is taken into an identifier,
// as gc does, and reported there ("invalid character U+00B7 '·' in identifier"); so is a
// non-ASCII digit at its start ("identifier cannot begin with digit U+06F6 '۶'").
IDENTIFIER  : (LETTER | NON_ASCII_OTHER | NON_ASCII_DIGIT) (LETTER | UNICODE_DIGIT | NON_ASCII_OTHER)*;

// ---- operators and punctuation ----
LPAREN   : '(';
RPAREN   : ')';
LBRACE   : '{';
RBRACE   : '}';
LBRACK   : '[';
RBRACK   : ']';
ASSIGN   : '=';
COMMA    : ',';
SEMI     : ';';
COLON    : ':';
DOT      : '.';
ELLIPSIS : '...';
INC      : '++';
DEC      : '--';
DEFINE   : ':=';

LOR      : '||';
LAND     : '&&';
EQL      : '==';
NEQ      : '!=';
LSS      : '<';
LEQ      : '<=';
GTR      : '>';
GEQ      : '>=';
OR       : '|';
XOR      : '^';
STAR     : '*';
QUO      : '/';
REM      : '%';
SHL      : '<<';
SHR      : '>>';
AND      : '&';
AND_NOT  : '&^';
ADD      : '+';
SUB      : '-';
NOT      : '!';
TILDE    : '~';
ARROW    : '<-';

ADD_ASSIGN     : '+=';
SUB_ASSIGN     : '-=';
MUL_ASSIGN     : '*=';
QUO_ASSIGN     : '/=';
REM_ASSIGN     : '%=';
AND_ASSIGN     : '&=';
OR_ASSIGN      : '|=';
XOR_ASSIGN     : '^=';
SHL_ASSIGN     : '<<=';
SHR_ASSIGN     : '>>=';
AND_NOT_ASSIGN : '&^=';

// ---- literals ----

// Every numeric form: decimal, 0b/0o/0x prefixes, '_' separators, decimal and hexadecimal
// floats, the imaginary suffix. The exact form is checked by LiteralChecker.
NUMBER
    : ( '0' [xX] [0-9a-fA-F_]* ('.' [0-9a-fA-F_]*)? ( [pP] [+-]? [0-9_]* )?
      | ( '0' [bBoO] [0-9_]* ('.' [0-9_]*)?
        | [0-9] [0-9_]* ('.' [0-9_]*)?
        | '.' [0-9] [0-9_]*
        )
        ( [eEpP] [+-]? [0-9_]* )?
      )
      'i'?
    ;

RUNE                 : '\'' (~['\\\n] | '\\' ~[\n])* '\'';
UNTERMINATED_RUNE    : '\'' (~['\\\n] | '\\' ~[\n])*;
STRING               : '"' (~["\\\n] | '\\' ~[\n])* '"';
UNTERMINATED_STRING  : '"' (~["\\\n] | '\\' ~[\n])*;
RAW_STRING           : '`' ~'`'* '`';
UNTERMINATED_RAW     : '`' ~'`'* EOF;

// ---- off-channel text ----
WS                   : [ \t\r]+ -> skip;
NEWLINE              : '\n' -> channel(HIDDEN);
LINE_COMMENT         : '//' ~[\n]* -> channel(HIDDEN);
GENERAL_COMMENT      : '/*' .*? '*/' -> channel(HIDDEN);
UNTERMINATED_COMMENT : '/*' (~'*' | '*'+ ~[*/])* '*'* EOF -> channel(HIDDEN);

// Any other character: reported by GoLexerBase and dropped, as gc does.
INVALID_CHAR         : . -> channel(HIDDEN);

fragment LETTER        : [\p{L}_];
fragment UNICODE_DIGIT : [\p{Nd}];
// No predicate here: a predicate on a token's first character stops ANTLR caching the
// lexer's DFA, and lexing becomes many times slower.
fragment NON_ASCII_DIGIT : ~[\u0000-\u007F\P{Nd}];
fragment NON_ASCII_OTHER : ~[\u0000-\u007F\p{L}\p{Nd}\uFEFF\uFFFD];
