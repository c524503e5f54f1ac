package org.normgraph.web.matrix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.normgraph.web.Row;

/**
 * Who backed what: actors (rows) × norms and instruments (columns); each cell holds the positions
 * of that actor on that topic (stances, with their quotes). Rows and columns are ordered so that
 * blocs show: each next actor is the one whose stances are most like the previous one's.
 *
 * <pre>{@code Matrix m = Matrix.of(rows, "cluster");  m.cell(actorIri, aboutIri).stances()}</pre>
 */
public record Matrix(List<Row> actors, List<Row> topics, Map<String, Map<String, Cell>> cells) {

    /** The positions of one actor on one topic. */
    public record Cell(List<Row> positions) {
        public Set<String> stances() {
            Set<String> s = new LinkedHashSet<>();
            positions.forEach(p -> s.add(p.local("stance")));
            return s;
        }

        public int quotes() { return positions.size(); }

        /** +1 if every stance is for (supports/proposes), -1 if every one is against, 0 if mixed. */
        int sign() {
            boolean pro = false, con = false;
            for (String s : stances()) if (s.equals("Supports") || s.equals("Proposes")) pro = true; else con = true;
            return pro && !con ? 1 : con && !pro ? -1 : 0;
        }
    }

    public static Matrix of(List<Row> rows, String sort) {
        Map<String, Row> actors = new LinkedHashMap<>(), topics = new LinkedHashMap<>();
        Map<String, Map<String, List<Row>>> grid = new LinkedHashMap<>();
        for (Row r : rows) {
            actors.putIfAbsent(r.str("actor"), r);
            topics.putIfAbsent(r.str("about"), r);
            grid.computeIfAbsent(r.str("actor"), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.str("about"), k -> new ArrayList<>()).add(r);
        }
        Map<String, Map<String, Cell>> cells = new LinkedHashMap<>();
        grid.forEach((a, m) -> {
            Map<String, Cell> row = new LinkedHashMap<>();
            m.forEach((t, ps) -> row.put(t, new Cell(List.copyOf(ps))));
            cells.put(a, row);
        });
        List<String> actorOrder = new ArrayList<>(actors.keySet()), topicOrder = new ArrayList<>(topics.keySet());
        if ("cluster".equals(sort)) {
            actorOrder = Ordering.cluster(actorOrder, topicOrder, (a, t) -> sign(cells, a, t));
            topicOrder = Ordering.cluster(topicOrder, actorOrder, (t, a) -> sign(cells, a, t));
        } else if ("name".equals(sort)) {
            actorOrder.sort(java.util.Comparator.comparing(a -> actors.get(a).label("actor", "en").toLowerCase(java.util.Locale.ROOT)));
            topicOrder.sort(java.util.Comparator.comparing(t -> topics.get(t).label("about", "en").toLowerCase(java.util.Locale.ROOT)));
        } else if ("count".equals(sort)) {
            actorOrder.sort((a, b) -> cells.get(b).size() - cells.get(a).size());
            topicOrder.sort((a, b) -> column(cells, b) - column(cells, a));
        }
        return new Matrix(actorOrder.stream().map(actors::get).toList(), topicOrder.stream().map(topics::get).toList(), cells);
    }

    private static int sign(Map<String, Map<String, Cell>> cells, String actor, String topic) {
        Cell c = cells.getOrDefault(actor, Map.of()).get(topic);
        return c == null ? 0 : c.sign() == 0 ? 2 : c.sign();
    }

    private static int column(Map<String, Map<String, Cell>> cells, String topic) {
        return (int) cells.values().stream().filter(m -> m.containsKey(topic)).count();
    }

    public Cell cell(String actor, String topic) { return cells.getOrDefault(actor, Map.of()).get(topic); }

    public boolean isEmpty() { return actors.isEmpty(); }
}
