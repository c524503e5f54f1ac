package org.normgraph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** Runs a SELECT against a store and returns its rows as maps of variable → lexical form (IRIs as-is). */
public final class Rows {
    private Rows() {}

    public static List<Map<String, String>> select(DatasetGraph dsg, String sparql) {
        return select(dsg, sparql, Map.of());
    }

    /** The same, with variables bound by substitution (as the web binds parameters). */
    public static List<Map<String, String>> select(DatasetGraph dsg, String sparql, Map<String, RDFNode> bindings) {
        return Txn.calculateRead(dsg, () -> {
            List<Map<String, String>> out = new ArrayList<>();
            var builder = QueryExecution.create().query(sparql).dataset(DatasetFactory.wrap(dsg));
            bindings.forEach(builder::substitution);
            try (QueryExecution qe = builder.build()) {
                var rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Map<String, String> row = new LinkedHashMap<>();
                    for (String v : rs.getResultVars()) {
                        RDFNode n = s.get(v);
                        row.put(v, n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                    }
                    out.add(row);
                }
            }
            return out;
        });
    }
}
