/*
 * Builds declarations and the file node (Go spec, "Source file organization", "Import
 * declarations", "Constant declarations", "Type declarations", "Variable declarations",
 * "Function declarations") from the parse tree.
 */
package llgo.frontend.syntax;

import java.util.ArrayList;
import java.util.List;

import llgo.frontend.syntax.GoParser.*;

final class DeclBuilder {
    private final ExprBuilder exprs;
    private final StmtBuilder stmts;
    private final SyntaxErrors errors;

    DeclBuilder(ExprBuilder exprs, StmtBuilder stmts, SyntaxErrors errors) {
        this.exprs = exprs;
        this.stmts = stmts;
        this.errors = errors;
        stmts.decls = this;
    }

    File file(String name, SourceFileContext c, List<String> buildConstraints,
              java.util.NavigableMap<Integer, Directive> directives) {
        PackageClauseContext pc = c.packageClause();
        Pos p = pc != null ? exprs.pos(pc) : new Pos(name, 1, 1);
        Expr.Ident pkg = pc != null ? exprs.ident(pc.IDENTIFIER()) : new Expr.Ident(p, "_");
        List<Spec.Import> imports = new ArrayList<>();
        List<Decl> decls = new ArrayList<>();
        for (ImportDeclContext d : c.importDecl()) {
            Decl.Gen g = importDecl(d);
            for (Spec s : g.specs()) imports.add((Spec.Import) s);
            decls.add(g);
        }
        boolean importsEmbed = imports.stream().anyMatch(i -> i.path() != null && i.path().value().equals("\"embed\""));
        DirectivePlacement placement = DirectivePlacement.place(c, exprs.tokens(), directives, importsEmbed);
        for (TopLevelDeclContext d : c.topLevelDecl()) {
            if (d.declaration() != null) decls.add(declaration(d.declaration()));
            else if (d.functionDecl() != null) {
                FunctionDeclContext f = d.functionDecl();
                decls.add(function(f, placement.takenAt(placement.functionTake(f))));
            }
        }
        return new File(p, name, pkg, imports, decls, buildConstraints, placement.directives());
    }

    private Decl.Gen importDecl(ImportDeclContext c) {
        List<Spec> specs = new ArrayList<>();
        for (ImportSpecContext s : c.importSpec()) {
            Expr.Ident name = null;
            if (s.DOT() != null) name = new Expr.Ident(exprs.pos(s.DOT()), ".");
            else if (s.IDENTIFIER() != null) name = exprs.ident(s.IDENTIFIER());
            Expr.BasicLit path = exprs.basicLit(s.importPath().getStart());
            specs.add(new Spec.Import(name != null ? name.pos() : path.pos(), name, path));
        }
        return new Decl.Gen(exprs.pos(c), Decl.Keyword.IMPORT, specs);
    }

    Decl.Gen declaration(DeclarationContext c) {
        List<Spec> specs = new ArrayList<>();
        if (c.constDecl() != null) {
            List<ConstSpecContext> list = c.constDecl().constSpec();
            for (int i = 0; i < list.size(); i++) {
                ConstSpecContext s = list.get(i);
                List<Expr.Ident> names = exprs.identList(s.identifierList());
                Expr type = s.type_() != null ? exprs.type(s.type_()) : null;
                specs.add(new Spec.Value(exprs.pos(s), names, type, exprs.exprList(s.expressionList()), i));
            }
            return new Decl.Gen(exprs.pos(c), Decl.Keyword.CONST, specs);
        }
        if (c.varDecl() != null) {
            List<VarSpecContext> list = c.varDecl().varSpec();
            for (int i = 0; i < list.size(); i++) {
                VarSpecContext s = list.get(i);
                List<Expr.Ident> names = exprs.identList(s.identifierList());
                Expr type = s.type_() != null ? exprs.type(s.type_()) : null;
                specs.add(new Spec.Value(exprs.pos(s), names, type, exprs.exprList(s.expressionList()), i));
            }
            return new Decl.Gen(exprs.pos(c), Decl.Keyword.VAR, specs);
        }
        TypeDeclContext t = c.typeDecl();
        if (t != null) {
            for (TypeSpecContext s : t.typeSpec()) specs.add(typeSpec(s));
        }
        return new Decl.Gen(exprs.pos(c), Decl.Keyword.TYPE, specs);
    }

    private Spec.Type typeSpec(TypeSpecContext s) {
        Expr.Ident name = exprs.ident(s.IDENTIFIER());
        Expr type = exprs.type(s.type_());
        TypeParametersContext tp = s.typeParameters();
        if (tp != null && looksLikeArrayLength(tp)) {
            return new Spec.Type(name.pos(), name, List.of(), s.ASSIGN() != null,
                    new Expr.ArrayType(exprs.pos(tp), arrayLength(tp), type));
        }
        List<Field> typeParams = exprs.typeParameters(tp);
        if (tp != null && s.ASSIGN() != null) {
            errors.error(name.pos(), "generic type cannot be alias");
        }
        return new Spec.Type(name.pos(), name, typeParams, s.ASSIGN() != null, type);
    }

    /**
     * gc's rule for "type A[P *C] T" and "type A[P (C)] T": with one parameter name, no
     * trailing comma and a constraint that is not a type element, the brackets hold an
     * array length (P*C or P(C)), not a type parameter list.
     */
    private boolean looksLikeArrayLength(TypeParametersContext tp) {
        if (tp.typeParamDecl().size() != 1 || !tp.COMMA().isEmpty()) return false;
        TypeParamDeclContext d = tp.typeParamDecl(0);
        if (d.identifierList() == null || d.identifierList().IDENTIFIER().size() != 1) return false;
        if (d.typeElem() == null || d.typeElem().typeTerm().size() != 1) return false;
        TypeTermContext term = d.typeElem().typeTerm(0);
        if (term.TILDE() != null) return false;
        Expr c = exprs.type(term.type_());
        Expr inner = c instanceof Expr.Star s ? s.x() : c instanceof Expr.Paren p ? p.x() : null;
        return inner != null && !isTypeElem(inner);
    }

    private Expr arrayLength(TypeParametersContext tp) {
        TypeParamDeclContext d = tp.typeParamDecl(0);
        Expr.Ident p = exprs.ident(d.identifierList().IDENTIFIER(0));
        TypeTermContext term = d.typeElem().typeTerm(0);
        Expr c = exprs.type(term.type_());
        if (c instanceof Expr.Star s) return new Expr.Binary(p.pos(), Op.MUL, p, s.x(), s.pos());
        Expr.Paren paren = (Expr.Paren) c;
        return new Expr.Call(p.pos(), p, List.of(paren.x()), false, paren.pos());
    }

    /** gc's isTypeElem: a type literal, or an operation involving one or a tilde. */
    private static boolean isTypeElem(Expr x) {
        if (x instanceof Expr.Paren p) return isTypeElem(p.x());
        if (x instanceof Expr.Star s) return isTypeElem(s.x());
        return x instanceof Expr.ArrayType || x instanceof Expr.StructType || x instanceof Expr.FuncType
                || x instanceof Expr.InterfaceType || x instanceof Expr.MapType || x instanceof Expr.ChanType;
    }

    private Decl.Func function(FunctionDeclContext c, List<Directive> pragmas) {
        Pos p = exprs.pos(c);
        Field recv = null;
        if (c.receiver != null) {
            List<Field> fields = exprs.parameters(c.receiver);
            Pos at = exprs.pos(c.IDENTIFIER());
            int count = fields.stream().mapToInt(f -> Math.max(1, f.names().size())).sum();
            if (fields.isEmpty()) errors.error(at, "method has no receiver");
            else if (count > 1) errors.error(at, "method has multiple receivers");
            if (!fields.isEmpty()) {
                Field f = fields.get(0);
                recv = f.names().size() > 1 ? new Field(f.pos(), List.of(f.names().get(0)), f.type(), null) : f;
            }
        }
        Expr.Ident name = exprs.ident(c.IDENTIFIER());
        List<Field> typeParams = exprs.typeParameters(c.typeParameters());
        if (recv != null && c.typeParameters() != null) {
            errors.syntaxError(exprs.pos(c.typeParameters()), "method must have no type parameters");
        }
        Expr.FuncType type = exprs.funcType(p, typeParams, c.signature());
        Stmt.Block body = c.functionBody() != null ? stmts.block(c.functionBody().block()) : null;
        return new Decl.Func(p, recv, name, type, body, pragmas);
    }
}
