package org.normgraph.store;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;

/**
 * The store-wide counts of the statistics (triples, distinct subjects, properties, objects,
 * entities, classes, entities per class) read from a TDB2 store's quad indexes in their sort
 * order: a value is counted where it changes from the previous tuple, so nothing is held in
 * memory whatever the size of the store (the same counts in SPARQL keep every distinct subject
 * and object in a set, which a corpus of millions of triples does not fit into). Quads are read
 * as the union of the named graphs: a triple stated in two graphs counts once.
 *
 * <pre>{@code Map<String, Long> totals = IndexCounts.of(dsg).totals(Iris.ID);  // null if dsg is not TDB2}</pre>
 */
final class IndexCounts {
    private static final int G = 0, S = 1, P = 2, O = 3;
    private final NodeTable nodes;
    private final Map<String, TupleIndex> indexes = new LinkedHashMap<>();

    private IndexCounts(NodeTupleTable quads) {
        this.nodes = quads.getNodeTable();
        for (TupleIndex i : quads.getTupleTable().getIndexes()) indexes.put(i.getName(), i);
    }

    /** The counts of a TDB2 store with its SPOG, POSG and OSPG indexes, or null for any other dataset. */
    static IndexCounts of(DatasetGraph dsg) {
        DatasetGraphTDB tdb = TDBInternal.isTDB2(dsg) ? TDBInternal.getDatasetGraphTDB(dsg) : null;
        if (tdb == null) return null;
        IndexCounts c = new IndexCounts(tdb.getQuadTable().getNodeTupleTable());
        return c.indexes.keySet().containsAll(java.util.List.of("SPOG", "POSG", "OSPG")) ? c : null;
    }

    /** triples, properties, subjects, objects, entities (subjects that are IRIs in {@code uriSpace}), classes. */
    Map<String, Long> totals(String uriSpace) {
        long triples = 0, subjects = 0, entities = 0;
        NodeId s = null, p = null, o = null;
        for (Iterator<Tuple<NodeId>> it = indexes.get("SPOG").all(); it.hasNext(); ) {
            Tuple<NodeId> t = it.next();
            boolean newSubject = !t.get(S).equals(s);
            if (newSubject || !t.get(P).equals(p) || !t.get(O).equals(o)) triples++;
            if (newSubject) {
                subjects++;
                Node n = nodes.getNodeForNodeId(t.get(S));
                if (n.isURI() && n.getURI().startsWith(uriSpace)) entities++;
            }
            s = t.get(S);
            p = t.get(P);
            o = t.get(O);
        }
        Map<String, Long> out = new LinkedHashMap<>();
        out.put("triples", triples);
        out.put("properties", changes(indexes.get("POSG").all(), P));
        out.put("subjects", subjects);
        out.put("objects", changes(indexes.get("OSPG").all(), O));
        out.put("entities", entities);
        out.put("classes", (long) entitiesByClass().size());
        return out;
    }

    /** Distinct subjects stated {@code rdf:type} of each class. */
    Map<Node, Long> entitiesByClass() {
        Map<Node, Long> out = new LinkedHashMap<>();
        NodeId type = nodes.getNodeIdForNode(RDF.type.asNode());
        if (type == null || NodeId.isDoesNotExist(type)) return out;
        NodeId any = NodeId.NodeIdAny;
        NodeId c = null, s = null;
        long n = 0;
        for (Iterator<Tuple<NodeId>> it = indexes.get("POSG").find(TupleFactory.create4(any, any, type, any)); it.hasNext(); ) {
            Tuple<NodeId> t = it.next();
            if (!t.get(O).equals(c)) {
                if (c != null) out.put(nodes.getNodeForNodeId(c), n);
                c = t.get(O);
                s = null;
                n = 0;
            }
            if (!t.get(S).equals(s)) n++;
            s = t.get(S);
        }
        if (c != null) out.put(nodes.getNodeForNodeId(c), n);
        return out;
    }

    private static long changes(Iterator<Tuple<NodeId>> it, int column) {
        long n = 0;
        NodeId last = null;
        while (it.hasNext()) {
            NodeId v = it.next().get(column);
            if (!v.equals(last)) n++;
            last = v;
        }
        return n;
    }
}
