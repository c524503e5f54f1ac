package org.normgraph.web.questions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import org.apache.jena.query.QueryCancelledException;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.system.Txn;
import org.normgraph.web.Paths;

/**
 * Runs one library question with its parameters bound by substitution (never spliced into the
 * text), in a read transaction, with a timeout and a cap on the rows kept; and writes the same
 * question with the values in place as constants, for the SPARQL editor.
 *
 * <pre>{@code ResultTable t = QuestionRun.table(dsg, sparql, Map.of("norm", iriNode), paths, "en");}</pre>
 */
final class QuestionRun {
    static final int MAX_ROWS = 500;
    static final long TIMEOUT_SECONDS = 10;

    private QuestionRun() {}

    static ResultTable table(DatasetGraph dsg, String sparql, Map<String, Node> params, Paths paths, String lang) {
        Query query = QueryFactory.create(sparql);
        Binding binding = binding(params);
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.create().query(query).dataset(DatasetFactory.wrap(dsg))
                    .substitution(binding).timeout(TIMEOUT_SECONDS, TimeUnit.SECONDS).build()) {
                ResultSet rs = qe.execSelect();
                List<String> vars = rs.getResultVars();
                List<Map<String, RDFNode>> rows = new ArrayList<>();
                while (rows.size() < MAX_ROWS && rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Map<String, RDFNode> m = new HashMap<>();
                    for (String v : vars) if (s.get(v) != null) m.put(v, s.get(v));
                    rows.add(m);
                }
                return ResultTable.of(vars, rows, rs.hasNext(), paths, lang);
            }
        });
    }

    /**
     * The values each of the given variables takes in the question's whole answer (no parameter
     * bound): what a parameter can be set to and still have answers. A variable the answer does
     * not show maps to null; a question that times out gives an empty map.
     */
    static Map<String, Set<String>> answeredValues(DatasetGraph dsg, String sparql, List<String> names) {
        Query query = QueryFactory.create(sparql);
        Map<String, Set<String>> out = new HashMap<>();
        try {
            Txn.executeRead(dsg, () -> {
                try (QueryExecution qe = QueryExecution.create().query(query).dataset(DatasetFactory.wrap(dsg))
                        .timeout(TIMEOUT_SECONDS, TimeUnit.SECONDS).build()) {
                    ResultSet rs = qe.execSelect();
                    for (String n : names) if (rs.getResultVars().contains(n)) out.put(n, new HashSet<>());
                    while (rs.hasNext()) {
                        QuerySolution row = rs.next();
                        out.forEach((n, set) -> { if (row.get(n) != null && row.get(n).isURIResource()) set.add(row.get(n).asResource().getURI()); });
                    }
                }
            });
        } catch (QueryCancelledException e) {
            return Map.of();
        }
        return out;
    }

    /**
     * The question as SPARQL with the bound values written in as constants (Jena's syntactic
     * substitution, the same the run uses), after the question's title comments. Where the written-in
     * form does not parse again (a bound variable that a sub-select or GROUP BY also names), the
     * question's own text with a final {@code VALUES} block for the bound values, which gives the same
     * rows when every bound variable is in the answer; null if that is not so either.
     */
    static String substituted(String sparql, Map<String, Node> params) {
        Map<Var, Node> vars = new HashMap<>();
        params.forEach((k, v) -> vars.put(Var.alloc(k), v));
        Query original = QueryFactory.create(sparql);
        StringBuilder header = new StringBuilder();
        for (String line : sparql.lines().toList()) {
            if (!line.startsWith("#")) break;
            if (line.startsWith("# title@")) header.append(line).append('\n');
        }
        String written = QueryTransformOps.syntaxSubstitute(original, vars).serialize();
        try {
            QueryFactory.create(written);
            return header + written;
        } catch (QueryParseException e) {
            if (original.hasValues() || !original.getResultVars().containsAll(params.keySet())) return null;
            Query withValues = QueryFactory.create(sparql);
            withValues.setValuesDataBlock(List.copyOf(vars.keySet()), List.of(binding(params)));
            return header + withValues.serialize();
        }
    }

    private static Binding binding(Map<String, Node> params) {
        var b = BindingFactory.builder();
        params.forEach((k, v) -> b.add(Var.alloc(k), v));
        return b.build();
    }
}
