package org.normgraph.web.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.normgraph.web.GraphQueries;
import org.normgraph.web.Paging;
import org.normgraph.web.Row;
import org.normgraph.web.matrix.StanceTable;

/**
 * The quotes of the positions an entity takes part in (as actor, norm or instrument, event or
 * speaker), one key per position and quote, ordered and counted from the {@link StanceTable} in
 * memory, so that only the page's keys are looked up in the store ({@code entity/positions-detail.rq}).
 * The order is the one {@code entity/positions-keys.rq} states: primary sources first, then by the
 * source's date, the source, the norm or instrument, the position's date (undated first), then the
 * position's and the quote's IRI.
 *
 * <pre>{@code EntityPositions p = EntityPositions.of(queries, "https://normgraph.org/id/china");
 * p.total();  p.rows(queries, params, paging)}</pre>
 */
record EntityPositions(StanceTable table, List<Key> keys) {
    /** One quote ({@code evidence.get(i)}) of one position. */
    record Key(StanceTable.Position position, int i) {
        String doc() { return position.docs().get(i); }
    }

    static EntityPositions of(GraphQueries q, String iri) {
        StanceTable t = StanceTable.of(q);
        List<Key> keys = new ArrayList<>();
        for (StanceTable.Position p : t.involving(iri)) for (int i = 0; i < p.docs().size(); i++) keys.add(new Key(p, i));
        StanceTable.Sources s = t.sources();
        Comparator<String> nullsFirst = Comparator.nullsFirst(Comparator.naturalOrder());
        keys.sort(Comparator.comparing((Key k) -> !s.primary().contains(k.doc()))
                .thenComparing(k -> s.dates().getOrDefault(k.doc(), "~"))
                .thenComparing(Key::doc)
                .thenComparing(k -> k.position().about())
                .thenComparing(k -> k.position().date(), nullsFirst)
                .thenComparing(k -> t.text(k.position().key()))   // ties by IRI, not in the store's order: the same page from any store
                .thenComparing(k -> t.text(k.position().evidence().get(k.i()))));
        return new EntityPositions(t, List.copyOf(keys));
    }

    int total() { return keys.size(); }

    /** The detail rows of the page's quotes, in this order. */
    List<Row> rows(GraphQueries q, Map<String, Node> params, Paging paging) {
        List<List<Node>> page = paging.slice(keys).stream().map(k -> List.of(
                NodeFactory.createURI(table.text(k.position().key())), NodeFactory.createURI(table.text(k.position().evidence().get(k.i()))))).toList();
        return EntityLists.POSITIONS.details(q, params, page);
    }
}
