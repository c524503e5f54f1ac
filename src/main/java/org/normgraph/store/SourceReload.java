package org.normgraph.store;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.normgraph.ontology.Iris;
import org.normgraph.problems.InputException;

/**
 * Reloads one source into a store that holds a full load: after every check of a full load, in one
 * write transaction, the source's graph, the ontology and the version are replaced, the statistics
 * counted again, and nothing else is written. Every other graph must already be what a full load would write (checked, so the
 * result is exactly the store a full load gives); if one is not (another source changed since the
 * last load, or a source was added or removed), nothing is written and the message says to run a
 * full load. The graph of authenticated edits is kept.
 *
 * <pre>{@code new SourceReload(progress).write(dsg, loader.prepare(), "paris-call-2018");}</pre>
 */
public final class SourceReload {
    private final PrintStream progress;

    public SourceReload(PrintStream progress) {
        this.progress = progress;
    }

    /** The ids of the sources a prepared load holds, from their graph names. */
    public static List<String> sources(Loader.Prepared prepared) {
        List<String> out = new ArrayList<>();
        for (String iri : prepared.graphs().keySet()) {
            if (iri.startsWith(Iris.GRAPH) && GraphNames.reserved(iri) == null) out.add(iri.substring(Iris.GRAPH.length()));
        }
        return out;
    }

    public void write(DatasetGraph dsg, Loader.Prepared prepared, String source) {
        String target = Iris.GRAPH + source;
        if (!prepared.graphs().containsKey(target) || GraphNames.reserved(target) != null) {
            throw new InputException("--source " + source + ": no such source in seeds/; the sources are " + sources(prepared));
        }
        Txn.executeWrite(dsg, () -> {
            if (!dsg.containsGraph(NodeFactory.createURI(Iris.META_GRAPH))) {
                throw new InputException("the store holds no full load to update; run `normgraph load` without --source first");
            }
            checkOthers(dsg, prepared, target);
            for (String iri : List.of(target, Iris.ONTOLOGY_GRAPH, Iris.META_GRAPH)) {
                Node g = NodeFactory.createURI(iri);
                dsg.removeGraph(g);
                Model m = iri.equals(Iris.META_GRAPH) ? version(dsg, prepared.graphs().get(iri)) : prepared.graphs().get(iri);
                m.getNsPrefixMap().forEach(dsg.prefixes()::add);
                dsg.addGraph(g, m.getGraph());
                progress.printf("  wrote <%s> (%,d triples)%n", iri, m.size());
            }
            Statistics.recount(dsg);
        });
        Loader.compactAfterWrite(dsg, progress);
    }

    /**
     * The version to stamp: the seeds' own, as a full load gives, unless the store keeps authenticated
     * edits, whose data no full load has; then a version derived from it, never used before.
     */
    private static Model version(DatasetGraph dsg, Model seeds) {
        Node edits = NodeFactory.createURI(Iris.EDITS_GRAPH);
        if (!dsg.containsGraph(edits) || dsg.getGraph(edits).isEmpty()) return seeds;
        String sha = seeds.listObjectsOfProperty(org.normgraph.ontology.NG.sha256).next().asLiteral().getLexicalForm();
        return DatasetVersion.after(sha, java.time.Instant.now()).toModel();
    }

    /** Every graph but the target, the ontology, the version and the edits must equal what the seeds give now. */
    private static void checkOthers(DatasetGraph dsg, Loader.Prepared prepared, String target) {
        TreeSet<String> inStore = new TreeSet<>();
        dsg.listGraphNodes().forEachRemaining(n -> inStore.add(n.getURI()));
        List<String> skip = List.of(target, Iris.ONTOLOGY_GRAPH, Iris.META_GRAPH, Iris.EDITS_GRAPH);
        for (Map.Entry<String, Model> e : prepared.graphs().entrySet()) {
            if (skip.contains(e.getKey())) continue;
            Graph stored = dsg.getGraph(NodeFactory.createURI(e.getKey()));
            if (!inStore.contains(e.getKey()) || !stored.isIsomorphicWith(e.getValue().getGraph())) {
                throw new InputException("<" + e.getKey() + "> in the store is not what its seed files give now; "
                        + "run a full `normgraph load` (nothing was written)");
            }
        }
        for (String iri : inStore) {
            if (!skip.contains(iri) && !prepared.graphs().containsKey(iri)) {
                throw new InputException("<" + iri + "> is in the store but no longer in seeds/; "
                        + "run a full `normgraph load` (nothing was written)");
            }
        }
    }
}
