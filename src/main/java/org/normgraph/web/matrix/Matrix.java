package org.normgraph.web.matrix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.normgraph.web.Row;

/**
 * Who backed what: actors (rows) × norms and instruments (columns); each cell holds the positions
 * of that actor on that topic (stances, with their quotes). The axes come ranked by activity (most
 * positions first); the sort then orders them: by name, by filled cells, or clustered so that blocs
 * show (each next actor is the one whose stances are most like the previous one's).
 *
 * <pre>{@code Matrix m = Matrix.of(positions, "cluster");            // every actor and topic the positions have
 * Matrix page = Matrix.of(actors, topics, positions, "cluster");  // given axes (one page of each)
 * m.cell(actorIri, aboutIri).stances()}</pre>
 */
public record Matrix(List<Axis> actors, List<Axis> topics, Map<String, Map<String, Cell>> cells) {

    /** One row or column: {@code var} names the item in {@code row} ({@code typeVar} its class), with its number of positions. */
    public record Axis(Row row, String var, String typeVar, int positions) {
        public String iri() { return row.str(var); }

        public String path() { return row.path(var); }

        public String local() { return row.local(var); }

        public String label(String lang) { return row.label(var, lang); }

        public String type(String lang) { return row.has(typeVar) ? row.label(typeVar, lang) : ""; }
    }

    /**
     * The positions of one actor on one topic: their stances (in the positions' order), how many
     * quotes state them, and the first {@link #SHOWN} of those quotes, which the page shows
     * shortened with a link to the rest.
     */
    public record Cell(List<Row> shown, Set<String> stances, int quotes) {
        public static final int SHOWN = 1;

        public Cell {
            shown = List.copyOf(shown.subList(0, Math.min(SHOWN, shown.size())));
            stances = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(stances));
        }

        /** The cell of these position rows (one row per quote), in order. */
        public static Cell of(List<Row> positions) {
            Set<String> s = new LinkedHashSet<>();
            positions.forEach(p -> s.add(p.local("stance")));
            return new Cell(positions, s, positions.size());
        }

        /** +1 if every stance is for (supports/proposes), -1 if every one is against, 0 if mixed. */
        int sign() {
            boolean pro = false, con = false;
            for (String s : stances()) if (s.equals("Supports") || s.equals("Proposes")) pro = true; else con = true;
            return pro && !con ? 1 : con && !pro ? -1 : 0;
        }
    }

    /** Every actor and topic of the positions, ranked as the page ranks them (most positions first, ties by IRI). */
    public static Matrix of(List<Row> rows, String sort) {
        return of(ranked(rows, "actor", "actorClass"), ranked(rows, "about", "about"), rows, sort);
    }

    /** The given axes (in their ranked order) with the cells the positions fill. */
    public static Matrix of(List<Axis> actors, List<Axis> topics, List<Row> rows, String sort) {
        Map<String, Map<String, List<Row>>> grid = new LinkedHashMap<>();
        for (Row r : rows) {
            grid.computeIfAbsent(r.str("actor"), k -> new LinkedHashMap<>()).computeIfAbsent(r.str("about"), k -> new ArrayList<>()).add(r);
        }
        Map<String, Map<String, Cell>> cells = new LinkedHashMap<>();
        grid.forEach((a, m) -> {
            Map<String, Cell> row = new LinkedHashMap<>();
            m.forEach((t, ps) -> row.put(t, Cell.of(ps)));
            cells.put(a, row);
        });
        return of(actors, topics, cells, sort);
    }

    /** The given axes (in their ranked order) with the given cells (actor IRI → topic IRI → cell). */
    public static Matrix of(List<Axis> actors, List<Axis> topics, Map<String, Map<String, Cell>> cells, String sort) {
        List<String> actorOrder = new ArrayList<>(actors.stream().map(Axis::iri).toList());
        List<String> topicOrder = new ArrayList<>(topics.stream().map(Axis::iri).toList());
        Map<String, Axis> byIri = new LinkedHashMap<>();
        actors.forEach(a -> byIri.put("a" + a.iri(), a));
        topics.forEach(t -> byIri.put("t" + t.iri(), t));
        if ("cluster".equals(sort)) {
            actorOrder = Ordering.cluster(actorOrder, topicOrder, (a, t) -> sign(cells, a, t));
            topicOrder = Ordering.cluster(topicOrder, actorOrder, (t, a) -> sign(cells, a, t));
        } else if ("name".equals(sort)) {
            actorOrder.sort(Comparator.comparing(a -> byIri.get("a" + a).label("en").toLowerCase(Locale.ROOT)));
            topicOrder.sort(Comparator.comparing(t -> byIri.get("t" + t).label("en").toLowerCase(Locale.ROOT)));
        } else if ("count".equals(sort)) {
            List<String> shown = topicOrder;
            actorOrder.sort((a, b) -> filled(cells, b, shown) - filled(cells, a, shown));
            List<String> rowsShown = actorOrder;
            topicOrder.sort((a, b) -> column(cells, b, rowsShown) - column(cells, a, rowsShown));
        }
        return new Matrix(actorOrder.stream().map(a -> byIri.get("a" + a)).toList(), topicOrder.stream().map(t -> byIri.get("t" + t)).toList(), cells);
    }

    /** The items of one variable of the positions, most positions first, ties by IRI. */
    private static List<Axis> ranked(List<Row> rows, String var, String typeVar) {
        Map<String, Row> first = new LinkedHashMap<>();
        Map<String, Set<String>> positions = new LinkedHashMap<>();
        for (Row r : rows) {
            first.putIfAbsent(r.str(var), r);
            positions.computeIfAbsent(r.str(var), k -> new LinkedHashSet<>()).add(r.str("pos"));
        }
        Function<String, Integer> n = k -> positions.get(k).size();
        return first.keySet().stream().sorted(Comparator.comparing(n).reversed().thenComparing(Comparator.naturalOrder()))
                .map(k -> new Axis(first.get(k), var, typeVar.equals(var) ? "" : typeVar, n.apply(k))).toList();
    }

    private static int sign(Map<String, Map<String, Cell>> cells, String actor, String topic) {
        Cell c = cells.getOrDefault(actor, Map.of()).get(topic);
        return c == null ? 0 : c.sign() == 0 ? 2 : c.sign();
    }

    private static int filled(Map<String, Map<String, Cell>> cells, String actor, List<String> topics) {
        Map<String, Cell> row = cells.getOrDefault(actor, Map.of());
        return (int) topics.stream().filter(row::containsKey).count();
    }

    private static int column(Map<String, Map<String, Cell>> cells, String topic, List<String> actors) {
        return (int) actors.stream().filter(a -> cells.getOrDefault(a, Map.of()).containsKey(topic)).count();
    }

    public Cell cell(String actor, String topic) { return cells.getOrDefault(actor, Map.of()).get(topic); }

    public boolean isEmpty() { return actors.isEmpty(); }
}
