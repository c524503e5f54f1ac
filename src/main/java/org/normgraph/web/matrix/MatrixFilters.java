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

    /** The filter values on offer, by kind (actorType, event, about). */
    public static Map<String, List<Row>> options(GraphQueries q) {
        Map<String, List<Row>> out = new HashMap<>();
        for (Row r : q.selectPerVersion("matrix-filters")) out.computeIfAbsent(r.str("kind"), k -> new java.util.ArrayList<>()).add(r);
        return out;
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

    /** The positions of the given actors on the given norms and instruments (one page of the matrix) these filters select. */
    public List<Row> select(GraphQueries q, List<Matrix.Axis> actors, List<Matrix.Axis> abouts) {
        if (actors.isEmpty() || abouts.isEmpty()) return List.of();
        Map<String, Node> b = bindings();
        b.remove("about");
        return q.select("matrix", b, "actor", actors.stream().map(a -> iri(a.iri())).toList(),
                "about", abouts.stream().map(t -> iri(t.iri())).toList()).stream().filter(this::keeps).toList();
    }

    /**
     * One axis of the matrix ranked by activity ({@code matrix-axis.rq}): "actor" or "about", the
     * rows {@code offset} to {@code offset + limit} and how many there are in all.
     */
    public GraphQueries.Slice axis(GraphQueries q, String axis, int offset, int limit) {
        Map<String, Node> b = bindings();
        b.put("axis", NodeFactory.createLiteralString(axis));
        if (actorType == null) b.put("defaults", NodeFactory.createLiteralString("yes"));
        if (event != null) b.put("event", node("event", event));
        if (source != null) b.put("doc", node("source", source));
        if (sourceKind != null) b.put("sourceKind", node("sourceKind", sourceKind));
        return q.select("matrix-axis", b, offset, limit);
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
