package org.normgraph.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
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
    /** The longest one page query may run: past it the query is cancelled and the page answers 503, so no request burns a core for long. */
    public static final long QUERY_TIMEOUT_SECONDS = 20;
    private final DatasetGraph dsg;
    private final Paths paths;
    private final VersionWatch version;
    private final java.util.concurrent.ConcurrentHashMap<String, Kept> perVersion = new java.util.concurrent.ConcurrentHashMap<>();

    /** A value computed from one dataset version. */
    private record Kept(String version, Object value) {}

    public GraphQueries(DatasetGraph dsg, Paths paths) {
        this.dsg = dsg;
        this.paths = paths;
        org.normgraph.store.remote.RemoteDataset remote = dsg instanceof org.normgraph.store.remote.RemoteDataset r ? r : null;
        this.version = new VersionWatch(dsg, this::lookUpStamp, remote == null ? null : () -> remote.current().id());
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
        return select(QueryFactory.create(Sparql.text("web/" + name)), params);
    }

    /**
     * A query without parameters that several pages ask (the filter forms' options, the ordered keys
     * of the timeline and the positions list, which each of their pages slices): run once per
     * dataset version and kept in memory until a load or an update stamps a new one.
     */
    public List<Row> selectPerVersion(String name) {
        return perVersion("rows:" + name, q -> List.copyOf(q.select(name, Map.of())));
    }

    /**
     * What {@code compute} makes of the current dataset version, computed once per version (callers
     * asking meanwhile wait for it) and kept until a load or an update stamps a new one.
     *
     * <pre>{@code StanceTable t = queries.perVersion("stance-table", StanceTable::read);}</pre>
     */
    @SuppressWarnings("unchecked")
    public <T> T perVersion(String key, java.util.function.Function<GraphQueries, T> compute) {
        String v = version();
        Kept kept = perVersion.get(key);
        if (kept != null && java.util.Objects.equals(kept.version(), v)) return (T) kept.value();
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            kept = perVersion.get(key);
            if (kept != null && java.util.Objects.equals(kept.version(), v)) return (T) kept.value();
            T value = compute.apply(this);
            perVersion.put(key, new Kept(v, value));
            return value;
        }
    }

    private final java.util.concurrent.ConcurrentHashMap<String, Object> locks = new java.util.concurrent.ConcurrentHashMap<>();

    /** Passes each row of a query to {@code each} as it streams from the store (for results too large to hold as rows). */
    public void forEach(String name, Map<String, Node> params, java.util.function.Consumer<Row> each) {
        Txn.executeRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.create().query(Sparql.text("web/" + name)).dataset(DatasetFactory.wrap(dsg))
                    .substitution(binding(params)).build()) {
                var rs = qe.execSelect();
                while (rs.hasNext()) each.accept(row(rs.next(), rs.getResultVars()));
            }
        });
    }

    /** Rows {@code offset} to {@code offset + limit} of a ranked query, and how many rows it has in all (counted as they stream by). */
    public Slice select(String name, Map<String, Node> params, int offset, int limit) {
        return Txn.calculateRead(dsg, () -> {
            List<Row> rows = new ArrayList<>();
            int total = 0;
            try (QueryExecution qe = QueryExecution.create().query(Sparql.text("web/" + name)).dataset(DatasetFactory.wrap(dsg))
                    .substitution(binding(params)).timeout(QUERY_TIMEOUT_SECONDS, TimeUnit.SECONDS).build()) {
                var rs = qe.execSelect();
                for (; rs.hasNext(); total++) {
                    QuerySolution s = rs.next();
                    if (total >= offset && total < offset + limit) rows.add(row(s, rs.getResultVars()));
                }
            }
            return new Slice(List.copyOf(rows), total);
        });
    }

    /**
     * Rows {@code offset} to {@code offset + limit} of an ordered query, the bound set on the query
     * itself ({@code OFFSET}/{@code LIMIT}), so that the store stops after them.
     */
    public List<Row> page(String name, Map<String, Node> params, int offset, int limit) {
        Query query = QueryFactory.create(Sparql.text("web/" + name));
        query.setOffset(offset);
        query.setLimit(limit);
        return select(query, params);
    }

    /** The number a counting query answers in its {@code ?n} (0 if it answers nothing). */
    public int count(String name, Map<String, Node> params) {
        List<Row> rows = select(name, params);
        return rows.isEmpty() || rows.getFirst().str("n") == null ? 0 : Integer.parseInt(rows.getFirst().str("n"));
    }

    /** Part of a ranked list: its rows and the size of the whole list. */
    public record Slice(List<Row> rows, int total) {}

    /**
     * A query restricted to the given combinations of values ({@code values}: each a binding of the
     * same variables), put as a {@code VALUES} block at the start of its pattern, so that only those
     * are looked up.
     */
    public List<Row> select(String name, Map<String, Node> params, List<String> vars, List<List<Node>> values) {
        return select(restricted(name, vars, values), params);
    }

    private static Query restricted(String name, List<String> vars, List<List<Node>> values) {
        Query query = QueryFactory.create(Sparql.text("web/" + name));
        List<Var> vs = vars.stream().map(Var::alloc).toList();
        List<org.apache.jena.sparql.engine.binding.Binding> rows = new ArrayList<>();
        for (List<Node> v : values) {
            var b = org.apache.jena.sparql.engine.binding.BindingFactory.builder();
            for (int i = 0; i < vs.size(); i++) b.add(vs.get(i), v.get(i));
            rows.add(b.build());
        }
        ((ElementGroup) query.getQueryPattern()).getElements().addFirst(new ElementData(vs, rows));
        return query;
    }

    private List<Row> select(Query query, Map<String, Node> params) {
        return Txn.calculateRead(dsg, () -> {
            List<Row> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.create().query(query).dataset(DatasetFactory.wrap(dsg))
                    .substitution(binding(params)).timeout(QUERY_TIMEOUT_SECONDS, TimeUnit.SECONDS).build()) {
                var rs = qe.execSelect();
                while (rs.hasNext()) rows.add(row(rs.next(), rs.getResultVars()));
            }
            return rows;
        });
    }

    private Row row(QuerySolution s, List<String> vars) {
        Map<String, RDFNode> m = new HashMap<>();
        for (String v : vars) if (s.get(v) != null) m.put(v, s.get(v));
        return new Row(m, paths);
    }

    public boolean ask(String name, Map<String, Node> params) {
        return Txn.calculateRead(dsg, () -> QueryExec.dataset(dsg).query(Sparql.text("web/" + name))
                .substitution(binding(params)).timeout(QUERY_TIMEOUT_SECONDS, TimeUnit.SECONDS).ask());
    }

    public Model construct(String name, Map<String, Node> params) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.create().query(Sparql.text("web/" + name))
                    .dataset(DatasetFactory.wrap(dsg)).substitution(binding(params)).timeout(QUERY_TIMEOUT_SECONDS, TimeUnit.SECONDS).build()) {
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
