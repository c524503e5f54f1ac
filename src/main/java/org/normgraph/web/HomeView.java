package org.normgraph.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.normgraph.problems.InputException;
import org.normgraph.query.QueryLibrary;

/**
 * What the home page shows: counts by type (grouped as the list pages are) and totals of positions,
 * quotes and claims (kept since the data was written), the most recent sources with their authors,
 * the London Process with its first conferences and their hosts, and the analysts' questions of the
 * query library. No list grows with the corpus: sources and conferences stop at the configured cap
 * ({@link WebApp.Config#listCap()}), with their totals for the "see all" links.
 *
 * <pre>{@code HomeView v = HomeView.load(services);  v.groups().get("actors")  // rows of ?type ?n
 * v.sourcesTotal()   // 5, of which v.sources() holds the first 10 at most}</pre>
 */
public record HomeView(Map<String, List<Row>> groups, Map<String, Integer> totals, Row stats,
                       Map<String, List<Row>> sources, int sourcesTotal, Row process, List<Row> conferences,
                       int conferencesTotal, Map<String, List<Row>> hosts, List<QueryLibrary.Entry> questions) {
    static final List<String> GROUPS = List.of("actors", "norms", "instruments", "events", "positions", "topics", "places", "works");
    static final String PROCESS = "/id/london-process";

    static HomeView load(Services services) {
        GraphQueries q = services.queries();
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        Map<String, Integer> totals = new LinkedHashMap<>();
        GROUPS.forEach(g -> { groups.put(g, new ArrayList<>()); totals.put(g, 0); });
        for (Row r : q.select("home-counts", Map.of())) {
            groups.get(r.str("group")).add(r);
            totals.merge(r.str("group"), Integer.parseInt(r.str("n")), Integer::sum);
        }
        List<Row> stats = q.select("home-stats", Map.of());
        int cap = services.config().listCap();
        GraphQueries.Slice recent = q.select("home-recent-sources", Map.of(), 0, cap);
        Map<String, List<Row>> sources = new LinkedHashMap<>();
        recent.rows().forEach(r -> sources.put(r.str("doc"), new ArrayList<>()));
        for (Row r : among(q, "home-sources", Map.of(), "doc", recent.rows())) sources.get(r.str("doc")).add(r);
        var process = Map.of("process", NodeFactory.createURI(services.paths().iri(PROCESS)));
        GraphQueries.Slice conferences = q.select("home-process", process, 0, cap);
        List<Row> confs = conferences.rows();
        return new HomeView(groups, totals, stats.isEmpty() ? null : stats.getFirst(), sources, recent.total(),
                confs.isEmpty() ? null : confs.getFirst(), confs, conferences.total(),
                byKey(among(q, "home-hosts", Map.of(), "conf", confs), "conf"), questions(services));
    }

    /** A query's rows for only the given rows' values of {@code var}. */
    private static List<Row> among(GraphQueries q, String name, Map<String, org.apache.jena.graph.Node> params, String var, List<Row> rows) {
        if (rows.isEmpty()) return List.of();
        List<List<org.apache.jena.graph.Node>> values = rows.stream()
                .map(r -> List.of(NodeFactory.createURI(r.str(var)))).toList();
        return q.select(name, params, List.of(var), values);
    }

    /** The rows for one key (e.g. the hosts of one conference), or none. */
    public List<Row> rowsOf(Map<String, List<Row>> map, String key) { return map.getOrDefault(key, List.of()); }

    private static Map<String, List<Row>> byKey(List<Row> rows, String var) {
        Map<String, List<Row>> out = new LinkedHashMap<>();
        for (Row r : rows) out.computeIfAbsent(r.str(var), k -> new ArrayList<>()).add(r);
        return out;
    }

    /** The query library's questions; none if its folder cannot be read (the page still works). */
    private static List<QueryLibrary.Entry> questions(Services services) {
        try {
            return QueryLibrary.read(services.config().layout().queries());
        } catch (InputException e) {
            return List.of();
        }
    }
}
