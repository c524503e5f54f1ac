package org.normgraph.store;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The part of the data SHACL shapes can see: the triples whose predicate the shapes name anywhere
 * (paths, classes, targets), plus {@code rdf:type} and {@code rdfs:subClassOf}. The shapes give the
 * same report on this view as on the whole data, since a shape reads no other predicate, while a
 * streaming load keeps only this view in memory, not the corpus's texts, quotes and claims. The
 * view holds at most {@code limit} triples: past that it lets its triples go ({@link #kept()} is
 * false) and the load checks the shapes over the store on disk instead, slower but in bounded memory.
 *
 * <pre>{@code ShapesView view = new ShapesView(shapes, 1_000_000);  sourceGraph.find().forEachRemaining(view::offer);
 * Validation.check(shapes, view.kept() ? view.graph() : dsg.getUnionGraph(), files, locator);}</pre>
 */
final class ShapesView {
    private final Set<Node> predicates = new HashSet<>();
    private final long limit;
    private Graph graph = GraphFactory.createGraphMem();

    /** The most triples a view keeps by default: about a quarter of the heap, at ~200 bytes a triple. */
    static long defaultLimit() {
        return Runtime.getRuntime().maxMemory() / 4 / 200;
    }

    ShapesView(Model shapes, long limit) {
        this.limit = limit;
        shapes.getGraph().find().forEachRemaining(t -> {
            for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) if (n.isURI()) predicates.add(n);
        });
        predicates.add(RDF.type.asNode());
        predicates.add(RDFS.subClassOf.asNode());
    }

    /** Keeps the triple if a shape could read it, until the view is over its limit. */
    void offer(Triple t) {
        if (graph == null || !predicates.contains(t.getPredicate())) return;
        graph.add(t);
        if (graph.size() > limit) graph = null;
    }

    /** False once the view went over its limit: the shapes must then be checked over the store. */
    boolean kept() { return graph != null; }

    /** The view, while {@link #kept()}. */
    Graph graph() {
        if (graph == null) throw new IllegalStateException("the view went over its limit of " + limit + " triples");
        return graph;
    }
}
