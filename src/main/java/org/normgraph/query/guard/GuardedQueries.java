package org.normgraph.query.guard;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Rewrites a user's query so that its regular expressions ({@code REGEX}, {@code REPLACE}) obey
 * the query's cancellation: the query timeout then stops a catastrophic backtracking pattern
 * instead of leaving it to burn a core after the client has been answered.
 *
 * <pre>{@code Query safe = GuardedQueries.guard(QueryFactory.create(text));}</pre>
 */
public final class GuardedQueries {
    private GuardedQueries() {}

    public static Query guard(Query query) {
        return QueryTransformOps.transform(query, new ElementTransformCopyBase(), new Functions());
    }

    private static final class Functions extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof E_Regex && !(func instanceof CancellableRegex)) {
                return new CancellableRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
            }
            if (func instanceof E_StrReplace && !(func instanceof CancellableReplace)) {
                return new CancellableReplace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
            }
            return super.transform(func, args);
        }
    }
}
