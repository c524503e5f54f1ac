package org.normgraph.store.remote;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_Bound;
import org.apache.jena.sparql.expr.E_Coalesce;
import org.apache.jena.sparql.expr.E_If;
import org.apache.jena.sparql.expr.E_Exists;
import org.apache.jena.sparql.expr.E_IsBlank;
import org.apache.jena.sparql.expr.E_IsIRI;
import org.apache.jena.sparql.expr.E_IsLiteral;
import org.apache.jena.sparql.expr.E_IsNumeric;
import org.apache.jena.sparql.expr.E_LangMatches;
import org.apache.jena.sparql.expr.E_LogicalAnd;
import org.apache.jena.sparql.expr.E_LogicalNot;
import org.apache.jena.sparql.expr.E_LogicalOr;
import org.apache.jena.sparql.expr.E_NotExists;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_SameTerm;
import org.apache.jena.sparql.expr.E_StrContains;
import org.apache.jena.sparql.expr.E_StrEndsWith;
import org.apache.jena.sparql.expr.E_StrStartsWith;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction2;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * What a query's own expressions say about the type of an answer, where Virtuoso answers in another
 * form than SPARQL (and TDB2): a variable bound to a test ({@code EXISTS}, a comparison, {@code &&},
 * {@code BOUND}, ..., or a COALESCE or IF of tests) or to {@code true} comes back from Virtuoso as the integer 1 or 0, and a {@code GROUP_CONCAT} of
 * nothing as {@code ""} where TDB2 leaves it unbound. Read from the query's projection and its pattern's {@code BIND}s, and from those of its
 * sub-queries (a variable a sub-query projects keeps its name in the query around it).
 *
 * <pre>{@code AnswerTypes t = AnswerTypes.of(query);  t.isBoolean(Var.alloc("agree"))}</pre>
 */
record AnswerTypes(Set<Var> booleans, Set<Var> concatenations) {
    static AnswerTypes of(Query q) {
        Set<Var> booleans = new HashSet<>(), concats = new HashSet<>();
        if (q.isSelectType()) {
            q.getProject().forEachVarExpr((v, e) -> {
                if (e == null) return;
                if (isTest(e)) booleans.add(v);
                if (isConcatenation(q, e)) concats.add(v);
            });
        }
        if (q.getQueryPattern() != null) {
            ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
                @Override
                public void visit(ElementBind el) {
                    if (isTest(el.getExpr())) booleans.add(el.getVar());
                }

                @Override
                public void visit(ElementSubQuery el) {
                    AnswerTypes inner = AnswerTypes.of(el.getQuery());
                    List<Var> out = el.getQuery().getProjectVars();
                    inner.booleans().stream().filter(out::contains).forEach(booleans::add);
                    inner.concatenations().stream().filter(out::contains).forEach(concats::add);
                }
            });
        }
        return new AnswerTypes(Set.copyOf(booleans), Set.copyOf(concats));
    }

    boolean isBoolean(Var v) { return booleans.contains(v); }

    boolean isConcatenation(Var v) { return concatenations.contains(v); }

    private static boolean isTest(Expr e) {
        return (e.isConstant() && e.getConstant().isBoolean()) || e instanceof E_Exists || e instanceof E_NotExists || e instanceof E_LogicalAnd || e instanceof E_LogicalOr
                || e instanceof E_LogicalNot || e instanceof E_Bound || e instanceof E_IsIRI || e instanceof E_IsBlank
                || e instanceof E_IsLiteral || e instanceof E_IsNumeric || e instanceof E_SameTerm || e instanceof E_LangMatches
                || e instanceof E_Regex || e instanceof E_StrContains || e instanceof E_StrStartsWith || e instanceof E_StrEndsWith
                || (e instanceof ExprFunction2 f && isComparison(f))
                || (e instanceof E_Coalesce c && c.getArgs().stream().allMatch(AnswerTypes::isTest))
                || (e instanceof E_If i && isTest(i.getArg(2)) && isTest(i.getArg(3)));
    }

    private static boolean isComparison(ExprFunction2 f) {
        String op = f.getOpName();
        return op != null && Set.of("=", "!=", "<", ">", "<=", ">=").contains(op);
    }

    /** A projected GROUP_CONCAT (Jena names the aggregate's result and binds it in the projection). */
    private static boolean isConcatenation(Query q, Expr e) {
        Expr x = e;
        if (e.isVariable()) {
            for (ExprAggregator a : q.getAggregators()) {
                if (a.getVar().equals(e.asVar())) x = a;
            }
        }
        return x instanceof ExprAggregator a && (a.getAggregator() instanceof AggGroupConcat || a.getAggregator() instanceof AggGroupConcatDistinct);
    }
}
