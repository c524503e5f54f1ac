package org.normgraph.web.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.normgraph.web.Paths;
import org.normgraph.web.Row;
import org.normgraph.web.matrix.StanceTable;

/**
 * An actor's positions counted by stance, with the norms and instruments of each stance, from the
 * {@link StanceTable} (no query on the request): the rows {@link StanceChart} draws on an actor's
 * page, as the query the test checks them against states them ({@code src/test/resources/fixtures/chart-actor-stances.rq}) — ?category and ?stance (the
 * stance), its names, ?n (positions with that stance) and ?who_en / ?who_zh (the norms and
 * instruments, most positions first, then by English name).
 *
 * <pre>{@code List<Row> rows = ActorStances.rows(StanceTable.of(queries), "https://normgraph.org/id/china", paths);}</pre>
 */
final class ActorStances {
    private ActorStances() {}

    static List<Row> rows(StanceTable table, String actor, Paths paths) {
        Map<String, Map<String, Integer>> byStance = new LinkedHashMap<>();
        for (StanceTable.Position p : table.involving(actor)) {
            if (!actor.equals(p.actor()) || p.stance() == null) continue;
            byStance.computeIfAbsent(p.stance(), k -> new HashMap<>()).merge(p.about(), 1, Integer::sum);
        }
        StanceTable.Labels names = table.labels();
        List<Row> rows = new ArrayList<>();
        byStance.forEach((stance, abouts) -> {
            List<String> order = abouts.keySet().stream().sorted(Comparator.comparingInt((String a) -> -abouts.get(a))
                    .thenComparing(a -> names.en().getOrDefault(a, a))).toList();
            Map<String, RDFNode> m = new HashMap<>();
            m.put("category", names.resource(stance));
            m.put("stance", names.resource(stance));
            put(m, "category_zh", names.node(stance, "zh"));
            put(m, "category_en", names.node(stance, "en"));
            m.put("n", ResourceFactory.createTypedLiteral(abouts.values().stream().mapToInt(Integer::intValue).sum()));
            put(m, "who_en", joined(order, names.en(), "; "));
            put(m, "who_zh", joined(order, names.zh(), "；"));
            rows.add(new Row(m, paths));
        });
        rows.sort(Comparator.comparingInt((Row r) -> -Integer.parseInt(r.str("n")))
                .thenComparing(r -> r.str("category_en"), Comparator.nullsFirst(Comparator.naturalOrder())));
        return rows;
    }

    /** The names in that language (items without one are left out, as GROUP_CONCAT leaves out unbound values); null for none. */
    private static RDFNode joined(List<String> items, Map<String, String> names, String separator) {
        String s = String.join(separator, items.stream().map(names::get).filter(java.util.Objects::nonNull).distinct().toList());
        return s.isEmpty() ? null : ResourceFactory.createPlainLiteral(s);
    }

    private static void put(Map<String, RDFNode> m, String key, RDFNode value) {
        if (value != null) m.put(key, value);
    }
}
