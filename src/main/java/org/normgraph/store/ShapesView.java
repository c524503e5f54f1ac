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
 * streaming load keeps only this view in memory, not the corpus's texts, quotes and claims.
 *
 * <pre>{@code ShapesView view = new ShapesView(shapes);  sourceGraph.find().forEachRemaining(view::offer);
 * Validation.check(shapes, view.graph(), files, locator);}</pre>
 */
final class ShapesView {
    private final Set<Node> predicates = new HashSet<>();
    private final Graph graph = GraphFactory.createGraphMem();

    ShapesView(Model shapes) {
        shapes.getGraph().find().forEachRemaining(t -> {
            for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) if (n.isURI()) predicates.add(n);
        });
        predicates.add(RDF.type.asNode());
        predicates.add(RDFS.subClassOf.asNode());
    }

    /** Keeps the triple if a shape could read it. */
    void offer(Triple t) {
        if (predicates.contains(t.getPredicate())) graph.add(t);
    }

    Graph graph() { return graph; }
}
