package org.normgraph.query.guard;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL {@code REGEX} with Java's regular expressions, stopped by the query's cancellation (so
 * a catastrophic backtracking pattern ends at the query timeout and frees its core) and turning
 * a stack overflow into a clear error. Same answers as Jena's {@code REGEX} otherwise.
 *
 * <pre>{@code Expr e = new CancellableRegex(text, pattern, flags);}</pre>
 */
final class CancellableRegex extends E_Regex {
    private final Pattern constant;

    CancellableRegex(Expr expr, Expr pattern, Expr flags) {
        super(expr, pattern, flags);
        this.constant = constantPattern(pattern, flags);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
        Pattern p = constant != null ? constant : pattern(args.get(1), args.size() > 2 ? args.get(2) : null);
        return GuardedMatch.find(p, text.getLiteralLexicalForm(), env) ? NodeValue.TRUE : NodeValue.FALSE;
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new CancellableRegex(newArgs.get(0), newArgs.get(1), newArgs.size() > 2 ? newArgs.get(2) : null);
    }

    static Pattern pattern(NodeValue pattern, NodeValue flags) {
        String p = NodeValueOps.checkAndGetStringLiteral("REGEX", pattern).getLiteralLexicalForm();
        String f = flags == null ? null : NodeValueOps.checkAndGetStringLiteral("REGEX", flags).getLiteralLexicalForm();
        return RegexEngine.makePattern("REGEX", p, f);
    }

    static Pattern constantPattern(Expr pattern, Expr flags) {
        boolean constant = pattern.isConstant() && pattern.getConstant().isString()
                && (flags == null || (flags.isConstant() && flags.getConstant().isString()));
        if (!constant) return null;
        return pattern(pattern.getConstant(), flags == null ? null : flags.getConstant());
    }
}
