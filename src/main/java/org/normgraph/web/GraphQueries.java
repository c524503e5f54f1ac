package org.normgraph.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.normgraph.query.Sparql;
import org.normgraph.store.VersionWatch;

/**
 * Runs the server's own queries ({@code /sparql/web/*.rq}) with parameters bound by
 * substitution, never by splicing text, and returns rows for templates.
 *
 * <pre>{@code List<Row> rows = queries.select("positions-of", Map.of("s", iriNode));}</pre>
 */
public final class GraphQueries {
    private final DatasetGraph dsg;
    private final Paths paths;
    private final VersionWatch version;

    public GraphQueries(DatasetGraph dsg, Paths paths) {
        this.dsg = dsg;
        this.paths = paths;
        this.version = new VersionWatch(dsg, this::lookUpStamp);
    }

    public DatasetGraph dataset() { return dsg; }

    public Paths paths() { return paths; }

    /** The dataset version the store is stamped with now ({@code version.rq}), or null if it has none. */
    public String version() {
        return version.current().version();
    }

    /** The version and load time, kept in memory until the store is written ({@link VersionWatch}). */
    public VersionWatch.Stamp stamp() {
        return version.current();
    }

    private VersionWatch.Stamp lookUpStamp() {
        List<Row> rows = select("version", Map.of());
        return rows.isEmpty() ? VersionWatch.Stamp.NONE : new VersionWatch.Stamp(rows.getFirst().str("version"), rows.getFirst().str("loaded"));
    }

    public List<Row> select(String name, Map<String, Node> params) {
        return Txn.calculateRead(dsg, () -> {
            List<Row> rows = new ArrayList<>();
            Dataset ds = DatasetFactory.wrap(dsg);
            try (QueryExecution qe = QueryExecution.create().query(Sparql.text("web/" + name)).dataset(ds)
                    .substitution(binding(params)).build()) {
                var rs = qe.execSelect();
                List<String> vars = rs.getResultVars();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Map<String, RDFNode> m = new HashMap<>();
                    for (String v : vars) if (s.get(v) != null) m.put(v, s.get(v));
                    rows.add(new Row(m, paths));
                }
            }
            return rows;
        });
    }

    public boolean ask(String name, Map<String, Node> params) {
        return Txn.calculateRead(dsg, () -> QueryExec.dataset(dsg).query(Sparql.text("web/" + name))
                .substitution(binding(params)).ask());
    }

    public Model construct(String name, Map<String, Node> params) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.create().query(Sparql.text("web/" + name))
                    .dataset(DatasetFactory.wrap(dsg)).substitution(binding(params)).build()) {
                return qe.execConstruct();
            }
        });
    }

    private static org.apache.jena.sparql.engine.binding.Binding binding(Map<String, Node> params) {
        var b = org.apache.jena.sparql.engine.binding.BindingFactory.builder();
        new HashMap<>(params).forEach((k, v) -> b.add(org.apache.jena.sparql.core.Var.alloc(k), v));
        return b.build();
    }
}
