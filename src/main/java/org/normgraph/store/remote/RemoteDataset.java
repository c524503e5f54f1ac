package org.normgraph.store.remote;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraphBaseFind;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Transactional;
import org.apache.jena.sparql.core.TransactionalNull;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.normgraph.query.Sparql;

/**
 * normgraph's dataset in an external SPARQL store, as a Jena {@code DatasetGraph} that reads only
 * the current load's graphs under their logical names, with their union as the default graph (as on
 * TDB2). Queries go whole to the store ({@link RemoteEngine}); {@code find} over the named graphs
 * (exports, DESCRIBE) is a query too, and the stored default graph is empty, as on TDB2. The current load is read from the store's versions graph at most once per
 * {@code refreshMillis}, so every process over one store switches within that time of a load. Read
 * only: the store is written by {@link RemoteLoad}.
 *
 * <pre>{@code RemoteDataset ds = RemoteDataset.connect(spec);
 * QueryExec.dataset(ds).query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").select()}</pre>
 */
public final class RemoteDataset extends DatasetGraphBaseFind {
    static final long REFRESH_MILLIS = 1_000;
    static final long TIMEOUT_MILLIS = 60_000;
    /** What an empty store (no normgraph load yet) reads: no graph at all. */
    static final GraphVersion NONE = new GraphVersion("none", List.of());

    private record Seen(GraphVersion version, long at) {}

    private final RemoteStore store;
    private final Transactional txn = TransactionalNull.create();
    private final long refreshMillis;
    private volatile Seen seen;

    private RemoteDataset(RemoteStore store, long refreshMillis) {
        this.store = store;
        this.refreshMillis = refreshMillis;
        RemoteEngine.register();
    }

    /** Opens the store and reads its current load: an unreachable store or refused credentials fail here, naming the URL. */
    public static RemoteDataset connect(RemoteStore store) {
        RemoteDataset ds = new RemoteDataset(store, REFRESH_MILLIS);
        ds.refresh();
        return ds;
    }

    public RemoteStore store() { return store; }

    long timeoutMillis() { return TIMEOUT_MILLIS; }

    /** True once a load has been switched in. */
    public boolean hasVersion() { return current() != NONE; }

    /** The current load, as read at most {@code refreshMillis} ago. */
    public GraphVersion current() {
        Seen s = seen;
        if (s != null && System.currentTimeMillis() - s.at() < refreshMillis) return s.version();
        return refresh();
    }

    /** Reads the current load from the store now. */
    public GraphVersion refresh() {
        String id = null;
        List<String> graphs = new ArrayList<>();
        try (ClosingRowSet rows = store.select(QueryFactory.create(Sparql.text("remote/current")), TIMEOUT_MILLIS)) {
            while (rows.hasNext()) {
                Binding b = rows.next();
                id = b.get(Var.alloc("id")).getLiteralLexicalForm();
                Node g = b.get(Var.alloc("graph"));
                if (g != null && g.isURI() && !graphs.contains(g.getURI())) graphs.add(g.getURI());
            }
        }
        GraphVersion v = id == null ? NONE : new GraphVersion(id, graphs.stream().sorted().toList());
        Seen before = seen;
        if (before == null || !before.version().id().equals(v.id())) readPrefixes(v);
        seen = new Seen(v, System.currentTimeMillis());
        return v;
    }

    /** The namespace prefixes recorded with the load, in prefix order (as the embedded store lists its own). */
    private void readPrefixes(GraphVersion v) {
        java.util.TreeMap<String, String> read = new java.util.TreeMap<>();
        if (v != NONE) {
            org.apache.jena.query.Query q = QueryFactory.create(Sparql.text("remote/prefixes"));
            q = StoreQuery.substitute(q, Binding.builder().add(Var.alloc("load"), NodeFactory.createURI(v.loadIri())).build());
            try (ClosingRowSet rows = store.select(q, TIMEOUT_MILLIS)) {
                rows.forEachRemaining(b -> read.put(b.get(Var.alloc("prefix")).getLiteralLexicalForm(), b.get(Var.alloc("namespace")).getLiteralLexicalForm()));
            }
        }
        synchronized (prefixes) {
            prefixes.clear();
            read.forEach(prefixes::add);
        }
    }

    private Iterator<Quad> quads(String query, Map<String, Node> bound) {
        QueryExec exec = QueryExec.dataset(this).query(Sparql.text(query)).substitution(binding(bound)).build();
        RowSet rows = exec.select();
        List<Quad> out = new ArrayList<>();
        try (exec) {
            rows.forEachRemaining(b -> out.add(Quad.create(b.get(Var.alloc("g")),
                    b.get(Var.alloc("s")), b.get(Var.alloc("p")), b.get(Var.alloc("o")))));
        }
        return out.iterator();
    }

    private static Binding binding(Map<String, Node> bound) {
        var b = Binding.builder();
        bound.forEach((k, v) -> { if (v != null && v.isConcrete()) b.add(Var.alloc(k), v); });
        return b.build();
    }

    private static Map<String, Node> spo(Node s, Node p, Node o) {
        Map<String, Node> m = new java.util.HashMap<>();
        m.put("s", s);
        m.put("p", p);
        m.put("o", o);
        return m;
    }

    /** The stored default graph, as on TDB2: empty (normgraph writes only named graphs); queries see the union of the named graphs. */
    @Override
    protected Iterator<Quad> findInDftGraph(Node s, Node p, Node o) {
        return java.util.Collections.emptyIterator();
    }

    @Override
    protected Iterator<Quad> findInSpecificNamedGraph(Node g, Node s, Node p, Node o) {
        Map<String, Node> m = spo(s, p, o);
        m.put("g", g);
        return quads("remote/find-quads", m);
    }

    @Override
    protected Iterator<Quad> findInAnyNamedGraphs(Node s, Node p, Node o) {
        return quads("remote/find-quads", spo(s, p, o));
    }

    /** Any graph: the named graphs (the stored default graph is empty). */
    @Override
    protected Iterator<Quad> findAny(Node s, Node p, Node o) {
        return findInAnyNamedGraphs(s, p, o);
    }

    @Override
    protected Stream<Quad> streamInDftGraph(Node s, Node p, Node o) {
        return org.apache.jena.atlas.iterator.Iter.asStream(findInDftGraph(s, p, o));
    }

    @Override
    protected Stream<Quad> streamInSpecificNamedGraph(Node g, Node s, Node p, Node o) {
        return org.apache.jena.atlas.iterator.Iter.asStream(findInSpecificNamedGraph(g, s, p, o));
    }

    @Override
    protected Stream<Quad> streamInAnyNamedGraphs(Node s, Node p, Node o) {
        return org.apache.jena.atlas.iterator.Iter.asStream(findInAnyNamedGraphs(s, p, o));
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        return current().logical().stream().map(NodeFactory::createURI).iterator();
    }

    @Override
    public Graph getDefaultGraph() { return GraphView.createDefaultGraph(this); }

    @Override
    public Graph getGraph(Node graphNode) { return GraphView.createNamedGraph(this, graphNode); }

    @Override
    public void addGraph(Node graphName, Graph graph) { throw readOnly(); }

    @Override
    public void removeGraph(Node graphName) { throw readOnly(); }

    @Override
    public void add(Quad quad) { throw readOnly(); }

    @Override
    public void delete(Quad quad) { throw readOnly(); }

    @Override
    public void add(Node g, Node s, Node p, Node o) { throw readOnly(); }

    @Override
    public void delete(Node g, Node s, Node p, Node o) { throw readOnly(); }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) { throw readOnly(); }

    @Override
    public void clear() { throw readOnly(); }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("normgraph writes an external store only by `normgraph load --store sparql:...`");
    }

    private final PrefixMap prefixes = PrefixMapFactory.create();

    @Override
    public PrefixMap prefixes() { return prefixes; }

    @Override
    public boolean supportsTransactions() { return false; }

    @Override public void begin(TxnType type) { txn.begin(type); }
    @Override public void begin(ReadWrite mode) { txn.begin(mode); }
    @Override public boolean promote(Promote mode) { return txn.promote(mode); }
    @Override public void commit() { txn.commit(); }
    @Override public void abort() { txn.abort(); }
    @Override public void end() { txn.end(); }
    @Override public ReadWrite transactionMode() { return txn.transactionMode(); }
    @Override public TxnType transactionType() { return txn.transactionType(); }
    @Override public boolean isInTransaction() { return txn.isInTransaction(); }

    @Override
    public String toString() { return "RemoteDataset[" + store.url() + "]"; }
}
