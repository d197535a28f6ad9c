/*
 * The superclass of every parse-tree node of GoParser (the grammar's contextSuperClass).
 * It answers the generated child accessors (ctx.expression(), ctx.IDENTIFIER(), ...) as
 * ParserRuleContext does, but by index instead of with an iterator per call, and starts a
 * node's child list small: most nodes have one or two children, and the syntax-tree
 * builders call these accessors for every node of every file.
 */
package llgo.frontend.syntax;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

public class GoRuleContext extends ParserRuleContext {
    public GoRuleContext() {}

    public GoRuleContext(ParserRuleContext parent, int invokingStateNumber) {
        super(parent, invokingStateNumber);
    }

    @Override
    public <T extends ParseTree> T addAnyChild(T t) {
        if (children == null) children = new ArrayList<>(2);
        children.add(t);
        return t;
    }

    @Override
    public <T extends ParseTree> T getChild(Class<? extends T> type, int i) {
        if (children == null || i < 0 || i >= children.size()) return null;
        int seen = -1;
        for (int k = 0, n = children.size(); k < n; k++) {
            ParseTree c = children.get(k);
            if (type.isInstance(c) && ++seen == i) return type.cast(c);
        }
        return null;
    }

    @Override
    public TerminalNode getToken(int ttype, int i) {
        if (children == null || i < 0 || i >= children.size()) return null;
        int seen = -1;
        for (int k = 0, n = children.size(); k < n; k++) {
            if (children.get(k) instanceof TerminalNode t && t.getSymbol().getType() == ttype && ++seen == i) return t;
        }
        return null;
    }

    @Override
    public List<TerminalNode> getTokens(int ttype) {
        if (children == null) return Collections.emptyList();
        List<TerminalNode> out = null;
        for (int k = 0, n = children.size(); k < n; k++) {
            if (children.get(k) instanceof TerminalNode t && t.getSymbol().getType() == ttype) {
                if (out == null) out = new ArrayList<>(2);
                out.add(t);
            }
        }
        return out == null ? Collections.emptyList() : out;
    }

    @Override
    public <T extends ParserRuleContext> T getRuleContext(Class<? extends T> type, int i) {
        return getChild(type, i);
    }

    @Override
    public <T extends ParserRuleContext> List<T> getRuleContexts(Class<? extends T> type) {
        if (children == null) return Collections.emptyList();
        List<T> out = null;
        for (int k = 0, n = children.size(); k < n; k++) {
            ParseTree c = children.get(k);
            if (type.isInstance(c)) {
                if (out == null) out = new ArrayList<>(Math.min(n - k, 4));
                out.add(type.cast(c));
            }
        }
        return out == null ? Collections.emptyList() : out;
    }
}
