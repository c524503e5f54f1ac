package org.normgraph.store.remote;

import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * Whether a query reads named graphs: a {@code GRAPH} pattern anywhere in it, in its sub-queries
 * and in the {@code EXISTS} of its filters, bindings, projections, ordering and HAVING included.
 * Only such a query is sent with a {@code FROM NAMED} for each of normgraph's graphs: Virtuoso 7
 * spends about half a second more on a query that lists a hundred of them, whether it reads them
 * or not.
 *
 * <pre>{@code GraphPatterns.in(QueryFactory.create("SELECT * { GRAPH ?g { ?s ?p ?o } }"))   // true}</pre>
 */
final class GraphPatterns {
    private GraphPatterns() {}

    static boolean in(Query query) {
        Search search = new Search();
        search.query(query);
        return search.found;
    }

    private static final class Search extends ElementVisitorBase {
        private boolean found;

        void query(Query q) {
            if (q.getQueryPattern() != null) element(q.getQueryPattern());
            if (q.hasAggregators() || q.getProject() != null) expressions(q.getProject());
            if (q.hasHaving()) q.getHavingExprs().forEach(this::expression);
            if (q.hasOrderBy()) q.getOrderBy().stream().map(SortCondition::getExpression).forEach(this::expression);
        }

        private void element(Element e) {
            if (!found) ElementWalker.walk(e, this);
        }

        private void expressions(VarExprList list) {
            list.getExprs().values().forEach(this::expression);
        }

        private void expression(Expr e) {
            if (e == null || found) return;
            Walker.walk(e, new ExprVisitorBase() {
                @Override
                public void visit(ExprFunctionOp op) {
                    if (op.getElement() != null) element(op.getElement());
                }
            });
        }

        @Override
        public void visit(ElementNamedGraph el) { found = true; }

        @Override
        public void visit(ElementSubQuery el) { query(el.getQuery()); }

        @Override
        public void visit(ElementFilter el) { expression(el.getExpr()); }

        @Override
        public void visit(ElementBind el) { expression(el.getExpr()); }
    }
}
