package org.normgraph.web.matrix;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.normgraph.ontology.NG;
import org.normgraph.web.GraphQueries;
import org.normgraph.web.HttpProblem;
import org.normgraph.web.Row;

/**
 * The filters of the analyst views (matrix, network): actor type, event, stance and norm or
 * instrument, given as ids ({@code ?actorType=State&event=budapest-conference&stance=Supports&about=cyber-sovereignty}).
 * Each value must be one the graph offers; anything else is a 400 naming the parameter. Without an
 * actor type the views show states and international organisations ({@link #DEFAULT_TYPES});
 * {@code actorType=all} shows every actor, the source's author and collectives included.
 *
 * <pre>{@code MatrixFilters f = MatrixFilters.from(ctx, queries); f.bindings()}</pre>
 */
public record MatrixFilters(String actorType, String event, String stance, String about, String source, String sourceKind,
                            Map<String, List<Row>> options) {
    public static final List<String> STANCES = List.of("Supports", "Proposes", "HasReservations", "Opposes");
    public static final String ALL = "all";
    public static final Set<String> DEFAULT_TYPES = Set.of("State", "InternationalOrganisation");

    /** The most options a form lists for one filter (the most used ones, and the chosen one); other values still work by id. */
    public static final int MAX_OPTIONS = 100;

    /** The filter values on offer, by kind (actorType, event, about, source, sourceKind), from the {@link StanceTable}. */
    public static Map<String, List<Row>> options(GraphQueries q) {
        return StanceTable.of(q).options(q.paths());
    }

    public static MatrixFilters from(Context ctx, GraphQueries q) {
        Map<String, List<Row>> options = options(q);
        Set<String> types = new java.util.HashSet<>(ids(options.get("actorType")));
        types.add(ALL);
        String type = check(ctx, "actorType", types);
        String event = check(ctx, "event", ids(options.get("event")));
        String stance = check(ctx, "stance", Set.copyOf(STANCES));
        String about = check(ctx, "about", ids(options.get("about")));
        String source = check(ctx, "source", ids(options.get("source")));
        String sourceKind = check(ctx, "sourceKind", ids(options.get("sourceKind")));
        return new MatrixFilters(type, event, stance, about, source, sourceKind, options);
    }

    /**
     * The options a form lists: for each kind the {@link #MAX_OPTIONS} with the most positions and
     * the chosen one, by name, so that the form stays small however large the graph grows.
     */
    public Map<String, List<Row>> shown() {
        Map<String, String> chosen = Map.of("event", String.valueOf(event), "about", String.valueOf(about), "source", String.valueOf(source),
                "sourceKind", String.valueOf(sourceKind), "actorType", String.valueOf(actorType));
        Map<String, List<Row>> out = new HashMap<>();
        options.forEach((kind, rows) -> out.put(kind, top(rows, chosen.get(kind))));
        return out;
    }

    /** The {@link #MAX_OPTIONS} rows with the most positions ({@code ?n}) and the chosen one, in their given (name) order. */
    public static List<Row> top(List<Row> rows, String chosen) {
        if (rows.size() <= MAX_OPTIONS) return rows;
        Set<Row> kept = new java.util.HashSet<>(rows.stream()
                .sorted(java.util.Comparator.comparingInt((Row r) -> Integer.parseInt(r.str("n"))).reversed()).limit(MAX_OPTIONS).toList());
        return rows.stream().filter(r -> kept.contains(r) || r.local("value").equals(chosen)).toList();
    }

    private static Set<String> ids(List<Row> rows) {
        if (rows == null) return Set.of();
        return rows.stream().map(r -> r.local("value")).collect(java.util.stream.Collectors.toSet());
    }

    /** The value of a filter parameter if it is one of the allowed ids; none → null; anything else → 400. */
    public static String check(Context ctx, String param, Set<String> allowed) {
        String v = ctx.queryParam(param);
        if (v == null || v.isBlank()) return null;
        if (!allowed.contains(v)) throw new HttpProblem(400, "error.unknownFilter", param, v.length() > 80 ? v.substring(0, 80) : v);
        return v;
    }

    /**
     * The query parameters to bind: ?actorType is always bound (ng:Actor when no type is chosen).
     * ?event is not bound: it sits in an OPTIONAL of the query, where a bound value would not
     * filter but stamp every row with that event; {@link #select} filters on it instead.
     */
    public Map<String, Node> bindings() {
        Map<String, Node> b = new HashMap<>();
        b.put("actorType", NodeFactory.createURI(NG.NS + (actorType == null || ALL.equals(actorType) ? "Actor" : actorType)));
        if (stance != null) b.put("stance", NodeFactory.createURI(NG.NS + stance));
        if (about != null) b.put("about", NodeFactory.createURI(org.normgraph.ontology.Iris.entity(about)));
        return b;
    }

    /** The positions these filters select (the rows behind the matrix, the network and their downloads). */
    public List<Row> select(GraphQueries q) {
        return q.select("matrix", bindings()).stream().filter(this::keeps).toList();
    }

    /**
     * The cells of one page of the matrix (the given actors × norms and instruments) under these
     * filters: stances and quote counts from the {@link StanceTable}, and the shown quote of each
     * cell looked up in the store for the cell's first position only.
     */
    public Map<String, Map<String, Matrix.Cell>> cells(GraphQueries q, List<Matrix.Axis> actors, List<Matrix.Axis> abouts) {
        Set<String> as = new java.util.HashSet<>(actors.stream().map(Matrix.Axis::iri).toList());
        Set<String> ts = new java.util.HashSet<>(abouts.stream().map(Matrix.Axis::iri).toList());
        StanceTable table = StanceTable.of(q);
        Map<String, Map<String, List<StanceTable.Position>>> grid = new java.util.LinkedHashMap<>();
        for (StanceTable.Match m : table.matching(this)) {
            StanceTable.Position p = m.position();
            if (as.contains(p.actor()) && ts.contains(p.about())) {
                grid.computeIfAbsent(p.actor(), k -> new java.util.LinkedHashMap<>()).computeIfAbsent(p.about(), k -> new java.util.ArrayList<>()).add(p);
            }
        }
        Map<Object, String> firstIri = new HashMap<>();
        grid.values().forEach(m -> m.values().forEach(ps -> firstIri.put(ps.getFirst().key(), table.iri(ps.getFirst()))));
        List<List<Node>> first = firstIri.values().stream().map(i -> List.of(iri(i))).toList();
        Map<String, Row> shown = new HashMap<>();
        if (!first.isEmpty()) {
            for (Row r : q.select("matrix", bindings(), List.of("pos"), first)) if (keeps(r)) shown.putIfAbsent(r.str("pos"), r);
        }
        Map<String, Map<String, Matrix.Cell>> cells = new java.util.LinkedHashMap<>();
        grid.forEach((a, row) -> row.forEach((t, ps) -> {
            Set<String> stances = new java.util.LinkedHashSet<>();
            int quotes = 0;
            for (StanceTable.Position p : ps) {
                stances.add(StanceTable.local(p.stance()));
                quotes += (int) p.docs().stream().filter(d -> source == null || source.equals(StanceTable.local(d))).count();
            }
            Row r = shown.get(firstIri.get(ps.getFirst().key()));
            cells.computeIfAbsent(a, k -> new java.util.LinkedHashMap<>()).put(t, new Matrix.Cell(r == null ? List.of() : List.of(r), stances, quotes));
        }));
        return cells;
    }

    /**
     * One axis of the matrix ranked by activity ({@link StanceTable#rank}): "actor" or "about", the
     * rows {@code offset} to {@code offset + limit} (item, its names, the actor's class and names, n)
     * and how many there are in all.
     */
    public GraphQueries.Slice axis(GraphQueries q, String axis, int offset, int limit) {
        StanceTable t = StanceTable.of(q);
        List<StanceTable.Ranked> all = StanceTable.rank(t.matching(this), axis);
        List<Row> rows = all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit)).stream()
                .map(r -> StanceRows.axis(r, t.labels(), q.paths())).toList();
        return new GraphQueries.Slice(rows, all.size());
    }

    /** One row per position these filters select (actor, its class, norm or instrument, stance, hedged, with names): what the network counts. */
    public List<Row> stances(GraphQueries q) {
        StanceTable t = StanceTable.of(q);
        java.util.function.Function<String, String> en = iri -> t.labels().en().get(iri);
        java.util.Comparator<String> byName = java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder());
        return t.matching(this).stream()
                .sorted(java.util.Comparator.comparing((StanceTable.Match m) -> en.apply(m.position().actor()), byName)
                        .thenComparing(m -> en.apply(m.position().about()), byName))
                .map(m -> StanceRows.position(m, t.labels(), q.paths())).toList();
    }

    private boolean keeps(Row r) {
        return (actorType != null || DEFAULT_TYPES.contains(r.local("actorClass")))
                && (event == null || event.equals(r.local("event")))
                && (stance == null || stance.equals(r.local("stance")))
                && (about == null || about.equals(r.local("about")))
                && (source == null || source.equals(r.local("doc")))
                && (sourceKind == null || sourceKind.equals(r.local("sourceKind")));
    }

    /** The IRI of an offered filter value (the options hold it). */
    private Node node(String kind, String id) {
        return options.get(kind).stream().filter(r -> id.equals(r.local("value"))).findFirst()
                .map(r -> r.values().get("value").asNode()).orElseThrow();
    }

    private static Node iri(String iri) { return NodeFactory.createURI(iri); }

    /** The same filters as a query string, for download links and "open in" links. */
    public String queryString() {
        StringBuilder sb = new StringBuilder();
        append(sb, "actorType", actorType);
        append(sb, "event", event);
        append(sb, "stance", stance);
        append(sb, "about", about);
        append(sb, "source", source);
        append(sb, "sourceKind", sourceKind);
        return sb.toString();
    }

    private static void append(StringBuilder sb, String k, String v) {
        if (v == null) return;
        sb.append(sb.isEmpty() ? "?" : "&").append(k).append('=').append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8));
    }
}
