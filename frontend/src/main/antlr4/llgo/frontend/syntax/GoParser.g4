/*
 * The syntax of Go 1.19 with generics (Go spec, "Source file organization", "Declarations
 * and scope", "Expressions", "Statements", "Types"), shaped for fast SLL prediction: every
 * choice is decided by one or two tokens, the way gc's recursive-descent parser decides
 * (cmd/compile/internal/syntax/parser.go). Where the spec's grammar needs unbounded
 * lookahead the rule is factored (a simple statement is an expression list and a tail;
 * a keyed element is an element and an optional ": element"; an if, for or switch header
 * is a list of optional simple statements) and AstBuilder checks the shapes.
 *
 * Composite literals in statement headers: a '{' after a bare type name in an if, for or
 * switch header starts the block, as in gc; GoParserBase.compositeLiteralAllowed tracks the
 * nesting like gc's xnest.
 */
parser grammar GoParser;

options { tokenVocab = GoTokens; superClass = GoParserBase; contextSuperClass = GoRuleContext; }

// ---- source file ----

sourceFile
    : packageClause eos (importDecl eos)* (topLevelDecl eos)* EOF
    ;

packageClause : PACKAGE IDENTIFIER ;

eos : SEMI | {atEndOfFile()}? ;

importDecl : IMPORT (importSpec | LPAREN (importSpec (SEMI importSpec)* SEMI?)? RPAREN) ;

importSpec : (DOT | IDENTIFIER)? importPath ;

importPath : STRING | RAW_STRING ;

topLevelDecl : declaration | functionDecl ;

declaration : constDecl | typeDecl | varDecl ;

constDecl : CONST (constSpec | LPAREN (constSpec (SEMI constSpec)* SEMI?)? RPAREN) ;

constSpec : identifierList type_? (ASSIGN expressionList)? ; // gc parses a type without values; the checker reports it

varDecl : VAR (varSpec | LPAREN (varSpec (SEMI varSpec)* SEMI?)? RPAREN) ;

varSpec : identifierList (type_ (ASSIGN expressionList)? | ASSIGN expressionList) ;

typeDecl : TYPE (typeSpec | LPAREN (typeSpec (SEMI typeSpec)* SEMI?)? RPAREN) ;

typeSpec : IDENTIFIER typeParameters? ASSIGN? type_ ;

functionDecl : FUNC receiver=parameters? IDENTIFIER typeParameters? signature functionBody? ;

// The body of a function literal; GreedyPrediction makes a '{' here always start it, as in gc.
literalBody : functionBody? ;

functionBody
    @init { int saved = enterFunctionBody(); }
    : block
    ;
    finally { leaveNesting(saved); }

identifierList : IDENTIFIER (COMMA IDENTIFIER)* ;

// ---- types ----

type_
    : typeName typeArgs?            # namedType
    | typeLit                       # literalType
    | LPAREN type_ RPAREN           # parenType
    ;

typeName : IDENTIFIER (DOT IDENTIFIER)? ;

typeArgs : LBRACK type_ (COMMA type_)* COMMA? RBRACK ;

typeLit
    : arrayType
    | sliceType
    | structType
    | pointerType
    | functionType
    | interfaceType
    | mapType
    | channelType
    ;

arrayType : LBRACK (expression | ELLIPSIS) RBRACK type_ ;

sliceType : LBRACK RBRACK type_ ;

pointerType : STAR type_ ;

mapType : MAP LBRACK type_ RBRACK type_ ;

channelType
    : CHAN ARROW type_              # sendChan
    | CHAN type_                    # bothChan
    | ARROW CHAN type_              # recvChan
    ;

functionType : FUNC signature ;

// GreedyPrediction makes any token that can start a type begin the result, as in gc.
signature : parameters result? ;

result : parameters | type_ ;

parameters : LPAREN (parameterDecl (COMMA parameterDecl)* COMMA?)? RPAREN ;

// A parameter is "name type", "name ...type", "type" or "...type"; AstBuilder groups
// "a, b int" into one field, as gc does.
parameterDecl : IDENTIFIER? ELLIPSIS? type_ ;

typeParameters : LBRACK typeParamDecl (COMMA typeParamDecl)* COMMA? RBRACK ;

typeParamDecl : identifierList typeElem ;

typeElem : typeTerm (OR typeTerm)* ;

typeTerm : TILDE? type_ ;

structType : STRUCT LBRACE (fieldDecl (SEMI fieldDecl)* SEMI?)? RBRACE ;

fieldDecl : (identifierList type_ | embeddedField) tag=string_? ;

embeddedField : STAR? typeName typeArgs? ;

string_ : STRING | RAW_STRING ;

interfaceType : INTERFACE LBRACE (interfaceElem (SEMI interfaceElem)* SEMI?)? RBRACE ;

interfaceElem
    : IDENTIFIER typeParameters? signature  # methodElem
    | typeElem                      # embeddedElem
    ;

// ---- statements ----

block : LBRACE statementList RBRACE ;

statementList : statement? (SEMI statement?)* ;

statement
    : declaration                                   # declStmt
    | IDENTIFIER COLON statement?                   # labeledStmt
    | simpleStmt                                    # simpleStatement
    | GO primaryExpr                                # goStmt
    | DEFER primaryExpr                             # deferStmt
    | RETURN expressionList?                        # returnStmt
    | BREAK IDENTIFIER?                             # breakStmt
    | CONTINUE IDENTIFIER?                          # continueStmt
    | GOTO IDENTIFIER                               # gotoStmt
    | FALLTHROUGH                                   # fallthroughStmt
    | block                                         # blockStmt
    | ifStmt                                        # ifStatement
    | SWITCH switchHeader LBRACE caseClause* RBRACE # switchStmt
    | SELECT LBRACE commClause* RBRACE              # selectStmt
    | FOR forHeader block                           # forStmt
    ;

simpleStmt : expressionList simpleTail? ;

simpleTail
    : INC                                           # incTail
    | DEC                                           # decTail
    | ARROW expression                              # sendTail
    | assignOp expressionList                       # assignTail
    ;

assignOp
    : ASSIGN | DEFINE | ADD_ASSIGN | SUB_ASSIGN | MUL_ASSIGN | QUO_ASSIGN | REM_ASSIGN
    | AND_ASSIGN | OR_ASSIGN | XOR_ASSIGN | SHL_ASSIGN | SHR_ASSIGN | AND_NOT_ASSIGN
    ;

// A simple statement that may also be a range clause (only in a for header).
rangeOrSimpleStmt
    : RANGE expression                                          # bareRange
    | expressionList op=(ASSIGN | DEFINE) RANGE expression      # assignRange
    | simpleStmt                                                # notRange
    ;

ifStmt : IF ifHeader block (ELSE elseBranch)? ;

elseBranch : ifStmt | block ;

ifHeader
    @init { int saved = enterHeader(); }
    : init=simpleStmt? (SEMI cond=simpleStmt?)?
    ;
    finally { leaveHeader(saved); }

switchHeader
    @init { int saved = enterHeader(); }
    : init=simpleStmt? (SEMI tag=simpleStmt?)?
    ;
    finally { leaveHeader(saved); }

forHeader
    @init { int saved = enterHeader(); }
    : init=rangeOrSimpleStmt? (SEMI cond=simpleStmt? SEMI post=simpleStmt?)?
    ;
    finally { leaveHeader(saved); }

caseClause : (CASE expressionList | DEFAULT) COLON statementList ;

commClause : (CASE simpleStmt | DEFAULT) COLON statementList ;

// ---- expressions ----

expressionList : expression (COMMA expression)* ;

expression
    : unaryExpr                                                         # unary
    | expression op=(STAR | QUO | REM | SHL | SHR | AND | AND_NOT) expression # binary
    | expression op=(ADD | SUB | OR | XOR) expression                   # binary
    | expression op=(EQL | NEQ | LSS | LEQ | GTR | GEQ) expression      # binary
    | expression op=LAND expression                                     # binary
    | expression op=LOR expression                                      # binary
    ;

unaryExpr
    : primaryExpr                                                       # primary
    | op=(ADD | SUB | NOT | XOR | STAR | AND | ARROW | TILDE) unaryExpr # prefixOp
    ;

primaryExpr : operand suffix* ;

suffix
    : DOT IDENTIFIER                                                    # selectorSuffix
    | DOT LPAREN (TYPE | type_) RPAREN                                  # assertSuffix
    | indexBrackets                                                     # indexSuffix
    | arguments                                                         # callSuffix
    | {compositeLiteralAllowed()}? literalValue                         # compositeSuffix
    ;

indexBrackets
    @init { int saved = enterNesting(); }
    : LBRACK ( sliceTail | expression ( sliceTail | (COMMA expression)* COMMA? ) ) RBRACK
    ;
    finally { leaveNesting(saved); }

sliceTail : COLON hi=expression? (COLON max=expression?)? ;

arguments
    @init { int saved = enterNesting(); }
    : LPAREN (expressionList ELLIPSIS? COMMA?)? RPAREN
    ;
    finally { leaveNesting(saved); }

operand
    : literal                                       # literalOperand
    | IDENTIFIER                                    # nameOperand
    | parenExpr                                     # parenOperand
    | FUNC signature literalBody                    # funcOperand
    | LBRACK (expression | ELLIPSIS) RBRACK type_   # arrayOperand
    | LBRACK RBRACK type_                           # sliceOperand
    | structType                                    # structOperand
    | mapType                                       # mapOperand
    | interfaceType                                 # interfaceOperand
    | CHAN ARROW? type_                             # chanOperand
    ;

parenExpr
    @init { int saved = enterNesting(); }
    : LPAREN expression RPAREN
    ;
    finally { leaveNesting(saved); }

literal : NUMBER | RUNE | STRING | RAW_STRING ;

literalValue
    @init { int saved = enterNesting(); }
    : LBRACE (keyedElement (COMMA keyedElement)* COMMA?)? RBRACE
    ;
    finally { leaveNesting(saved); }

keyedElement : element (COLON element)? ;

element : expression | literalValue ;
