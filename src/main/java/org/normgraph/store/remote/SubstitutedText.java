package org.normgraph.store.remote;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.expr.E_Bound;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Makes a query whose parameters Jena substituted valid SPARQL text again, for a store that parses
 * it. Jena's substitution works on the syntax tree and Jena evaluates that tree directly, but two of
 * its results cannot be written back as SPARQL: a parameter a sub-query projects becomes
 * {@code (<value> AS ?p)} in the sub-query and in the query around it (a variable bound twice in one
 * scope), {@code BOUND(?p)} becomes {@code BOUND(<value>)}, and a grouping or ordering key becomes a value
 * ({@code GROUP BY (<value> AS ?p)}). Here the sub-query's copy is dropped (the value is already in every
 * place the variable was), {@code BOUND} of a value is true, and keys that are values are dropped.
 *
 * <pre>{@code Query q = SubstitutedText.fix(substituted);}</pre>
 */
final class SubstitutedText {
    /** Projected by a sub-query left with nothing else to project, so it keeps its number of rows. */
    static final Var UNIT = Var.alloc("normgraph_unit");
    /** The key of a grouping whose keys were all values: a variable bound nowhere. */
    static final Var GROUP = Var.alloc("normgraph_group");

    private SubstitutedText() {}

    static Query fix(Query query) {
        Query q = QueryTransformOps.transform(query, new ElementTransformCopyBase(), new ExprTransformCopy() {
            @Override
            public Expr transform(org.apache.jena.sparql.expr.ExprFunction1 func, Expr arg) {
                if (func instanceof E_Bound && !(arg instanceof ExprVar)) return NodeValue.TRUE;
                return super.transform(func, arg);
            }
        });
        dropCopies(q);
        dropConstantKeys(q);
        return q;
    }

    /** Grouping or ordering by a value does nothing, and is not SPARQL a store parses: {@code GROUP BY (<v> AS ?p)}, {@code ORDER BY <v>}. */
    private static void dropConstantKeys(Query q) {
        if (q.hasGroupBy()) {
            VarExprList g = q.getGroupBy();
            for (Var v : List.copyOf(g.getVars())) {
                Expr e = g.getExpr(v);
                if (e != null && e.isConstant()) g.remove(v);
            }
            if (g.isEmpty()) g.add(GROUP);   // unbound everywhere: one group, as a value gives (none if there are no rows)
        }
        if (q.getOrderBy() != null) {
            q.getOrderBy().removeIf(c -> c.getExpression().isConstant());
        }
        if (q.getQueryPattern() == null) return;
        ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery el) { dropConstantKeys(el.getQuery()); }
        });
    }

    /** In each sub-query of {@code q}, drops the projections of a value that {@code q} projects as the same value. */
    private static void dropCopies(Query q) {
        if (q.getQueryPattern() == null) return;
        List<Query> subs = new ArrayList<>();
        ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery el) { subs.add(el.getQuery()); }
        });
        VarExprList outer = q.isSelectType() ? q.getProject() : new VarExprList();
        for (Query sub : subs) {
            VarExprList p = sub.getProject();
            for (Var v : List.copyOf(p.getVars())) {
                Expr e = p.getExpr(v);
                Expr o = outer.getExpr(v);
                if (e != null && e.isConstant() && o != null && o.isConstant() && e.equals(o)) p.remove(v);
            }
            if (p.isEmpty()) p.add(UNIT, NodeValue.makeInteger(1));
            dropCopies(sub);
        }
    }
}
