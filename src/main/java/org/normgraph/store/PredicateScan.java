package org.normgraph.store;

import java.util.Iterator;
import java.util.function.BiConsumer;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The subject–object pairs of one predicate across the named graphs of a TDB2 store, read from its
 * quad index as node ids: the caller decodes only the nodes it needs ({@link #node}), so scanning
 * every position of a large corpus does not decode every position's IRI. Ids are opaque keys
 * (equal for the same node) valid for the store they came from; call inside a read transaction.
 *
 * <pre>{@code PredicateScan scan = PredicateScan.of(dsg);   // null for a dataset that is not TDB2
 * scan.forEach(NG.actor.asNode(), (position, actor) -> ...);  scan.node(actor).getURI()}</pre>
 */
public final class PredicateScan {
    private static final int S = 1, O = 3;
    private final NodeTupleTable quads;
    private final NodeTable nodes;

    private PredicateScan(NodeTupleTable quads) {
        this.quads = quads;
        this.nodes = quads.getNodeTable();
    }

    /** The scan of a TDB2 store, or null for any other dataset. */
    public static PredicateScan of(DatasetGraph dsg) {
        DatasetGraphTDB tdb = TDBInternal.isTDB2(dsg) ? TDBInternal.getDatasetGraphTDB(dsg) : null;
        return tdb == null ? null : new PredicateScan(tdb.getQuadTable().getNodeTupleTable());
    }

    /** Every (subject id, object id) of the predicate in any named graph; a pair stated in several graphs comes once per graph. */
    public void forEach(Node predicate, BiConsumer<Object, Object> each) {
        NodeId p = nodes.getNodeIdForNode(predicate);
        if (p == null || NodeId.isDoesNotExist(p)) return;
        NodeId any = NodeId.NodeIdAny;
        for (Iterator<Tuple<NodeId>> it = quads.find(TupleFactory.create4(any, any, p, any)); it.hasNext(); ) {
            Tuple<NodeId> t = it.next();
            each.accept(t.get(S), t.get(O));
        }
    }

    /** The node of an id this scan gave. */
    public Node node(Object id) {
        return nodes.getNodeForNodeId((NodeId) id);
    }
}
