package org.normgraph.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.normgraph.problems.InputException;
import org.normgraph.query.QueryLibrary;

/**
 * What the home page shows: counts by type (grouped as the list pages are), totals of positions,
 * quotes and claims, the sources with their authors, the London Process with its conferences and
 * their hosts, and the analysts' questions of the query library.
 *
 * <pre>{@code HomeView v = HomeView.load(services);  v.groups().get("actors")  // rows of ?type ?n}</pre>
 */
public record HomeView(Map<String, List<Row>> groups, Map<String, Integer> totals, Row stats,
                       Map<String, List<Row>> sources, Row process, List<Row> conferences,
                       Map<String, List<Row>> hosts, List<QueryLibrary.Entry> questions) {
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
        var process = Map.of("process", NodeFactory.createURI(services.paths().iri(PROCESS)));
        List<Row> conferences = q.select("home-process", process);
        return new HomeView(groups, totals, stats.isEmpty() ? null : stats.getFirst(),
                byKey(q.select("home-sources", Map.of()), "doc"), conferences.isEmpty() ? null : conferences.getFirst(),
                conferences, byKey(q.select("home-hosts", process), "conf"), questions(services));
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
