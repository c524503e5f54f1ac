package org.normgraph.web.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.normgraph.web.GraphQueries;
import org.normgraph.web.Paging;
import org.normgraph.web.Row;

/**
 * One page of an entity page's list in two steps: a keys query, ordered, with the page's
 * {@code OFFSET}/{@code LIMIT} set on it, names the rows of the page; a detail query, restricted
 * to those keys by a {@code VALUES} block, looks up what the page shows of them. Labels, quotes and
 * contexts are therefore looked up for one page, never for the whole list.
 *
 * <pre>{@code List<Row> rows = KeyedPage.rows(queries, "entity/positions-keys", "positions-involving", s, paging, List.of("pos", "ev"));
 * // the detail rows of the page's keys, in the keys' order}</pre>
 */
record KeyedPage(String keys, String detail, List<String> keyVars) {
    KeyedPage {
        keyVars = List.copyOf(keyVars);
        if (keyVars.isEmpty()) throw new IllegalArgumentException("a keyed page needs at least one key variable");
    }

    /** The detail rows of the keys on the page {@code paging} asks for, in the keys' order. */
    List<Row> rows(GraphQueries q, Map<String, Node> params, Paging paging) {
        if (paging.total() == 0) return List.of();
        List<Row> keyRows = q.page(keys, params, paging.offset(), paging.size());
        return details(q, params, keyRows.stream().map(this::key).toList());
    }

    /** The detail rows of the given keys (values of the key variables), in the keys' order. */
    List<Row> details(GraphQueries q, Map<String, Node> params, List<List<Node>> keyValues) {
        Map<List<Node>, List<Row>> byKey = new LinkedHashMap<>();
        for (List<Node> k : keyValues) byKey.putIfAbsent(k, new ArrayList<>());
        if (byKey.isEmpty()) return List.of();
        for (Row r : q.select(detail, params, keyVars, new ArrayList<>(byKey.keySet()))) {
            List<Row> rows = byKey.get(key(r));
            if (rows != null) rows.add(r);
        }
        List<Row> out = new ArrayList<>();
        byKey.values().forEach(out::addAll);
        return List.copyOf(out);
    }

    private List<Node> key(Row r) {
        List<Node> key = new ArrayList<>(keyVars.size());
        for (String v : keyVars) key.add(r.values().get(v) == null ? null : r.values().get(v).asNode());
        return key;
    }
}
