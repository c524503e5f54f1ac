package org.normgraph.store;

import java.time.Instant;
import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;
import org.normgraph.ontology.Iris;
import org.normgraph.ontology.NG;

/**
 * The store as SPARQL Update and the Graph Store Protocol see it: their default graph is the named
 * graph {@code https://normgraph.org/graph/edits}, which is part of the union every query reads,
 * so {@code INSERT DATA { ... }} lands where readers look. Named graphs are addressed as stored.
 * Every committed write stamps a new dataset version (a hash of the previous version and the
 * time of the write) in the meta graph and counts the statistics again ({@link Statistics}), in
 * the same transaction, so citations, pages and counts change with the data.
 *
 * <pre>{@code DatasetGraph writable = new EditsDataset(Store.open(dir));}</pre>
 */
public final class EditsDataset extends DatasetGraphWrapper implements DatasetGraphWrapperView {
    public static final Node EDITS = NodeFactory.createURI(Iris.EDITS_GRAPH);
    private static final Node META = NodeFactory.createURI(DatasetVersion.META_GRAPH);
    private static final Node DATASET = NodeFactory.createURI(DatasetVersion.DATASET);

    public EditsDataset(DatasetGraph store) {
        super(store);
    }

    private static Node graph(Node g) {
        return g == null || Quad.isDefaultGraph(g) ? EDITS : g;
    }

    private static Quad quad(Quad q) {
        return q.isDefaultGraph() ? Quad.create(EDITS, q.asTriple()) : q;
    }

    @Override public Graph getDefaultGraph() { return getG().getGraph(EDITS); }
    @Override public Graph getGraph(Node g) { return getG().getGraph(graph(g)); }
    @Override public boolean containsGraph(Node g) { return Quad.isDefaultGraph(g) || getR().containsGraph(g); }
    @Override public void add(Quad q) { getW().add(quad(q)); }
    @Override public void delete(Quad q) { getW().delete(quad(q)); }
    @Override public void add(Node g, Node s, Node p, Node o) { getW().add(graph(g), s, p, o); }
    @Override public void delete(Node g, Node s, Node p, Node o) { getW().delete(graph(g), s, p, o); }
    @Override public void deleteAny(Node g, Node s, Node p, Node o) { getW().deleteAny(g == null ? null : graph(g), s, p, o); }
    @Override public Iterator<Quad> find(Node g, Node s, Node p, Node o) { return getR().find(g == null ? null : graph(g), s, p, o); }
    @Override public boolean contains(Node g, Node s, Node p, Node o) { return getR().contains(g == null ? null : graph(g), s, p, o); }
    @Override public void addGraph(Node g, Graph graph) { getW().addGraph(graph(g), graph); }
    @Override public void removeGraph(Node g) { getW().removeGraph(graph(g)); }

    @Override
    public void commit() {
        if (isInTransaction() && transactionMode() == ReadWrite.WRITE) stampNewVersion(Instant.now());
        super.commit();
    }

    private void stampNewVersion(Instant now) {
        DatasetGraph store = getW();
        String previous = "";
        Iterator<Quad> it = store.find(META, DATASET, NG.sha256.asNode(), Node.ANY);
        if (it.hasNext()) previous = it.next().getObject().getLiteralLexicalForm();
        DatasetVersion next = DatasetVersion.after(previous, now);
        store.removeGraph(META);
        store.addGraph(META, next.toModel().getGraph());
        Statistics.recount(store);
    }
}
