package org.normgraph.query.guard;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL {@code REPLACE}, stopped by the query's cancellation and with a stack overflow turned
 * into a clear error, like {@link CancellableRegex}. An empty match is replaced once (at the
 * first match only), as Jena's {@code REPLACE} does; the result keeps the input's language tag
 * or datatype.
 *
 * <pre>{@code Expr e = new CancellableReplace(text, pattern, replacement, flags);}</pre>
 */
final class CancellableReplace extends E_StrReplace {
    private final Pattern constant;

    CancellableReplace(Expr text, Expr pattern, Expr replacement, Expr flags) {
        super(text, pattern, replacement, flags);
        this.constant = CancellableRegex.constantPattern(pattern, flags);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
        String replacement = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(2)).getLiteralLexicalForm();
        Pattern p = constant != null ? constant : CancellableRegex.pattern(args.get(1), args.size() > 3 ? args.get(3) : null);
        String in = text.getLiteralLexicalForm();
        String out;
        try {
            out = replaceAll(GuardedMatch.matcher(p, in, env), replacement);
        } catch (StackOverflowError e) {
            throw GuardedMatch.tooDeep(p, in);
        }
        if (out == null || out.equals(in)) return args.get(0);
        return NodeValue.makeNode(NodeFactory.createLiteral(out, text.getLiteralLanguage(),
                text.getLiteralBaseDirection(), text.getLiteralDatatype()));
    }

    private static String replaceAll(Matcher m, String replacement) {
        StringBuilder sb = null;
        try {
            while (m.find()) {
                if (sb == null) sb = new StringBuilder();
                else if (m.start() == m.end()) continue;
                m.appendReplacement(sb, replacement);
            }
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new ExprEvalException("REPLACE: bad replacement " + replacement + ": " + e.getMessage());
        }
        if (sb == null) return null;
        m.appendTail(sb);
        return sb.toString();
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new CancellableReplace(newArgs.get(0), newArgs.get(1), newArgs.get(2), newArgs.size() > 3 ? newArgs.get(3) : null);
    }
}
