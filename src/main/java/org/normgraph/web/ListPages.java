package org.normgraph.web;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.normgraph.ontology.NG;
import org.normgraph.web.csv.CsvTable;
import org.normgraph.web.csv.PositionsCsv;

/**
 * List pages per type ({@code /list/actors?q=china&type=State}): most positions first with their
 * count, filtered by a text in a name and by a more specific type; {@code /list/positions} as a
 * table of actor, stance, norm, event and date; {@code /list/sources} the source documents, primary first.
 * Pages hold {@link Paging#DEFAULT_SIZE} items ({@code ?page=2&size=50}); each list downloads whole as CSV
 * ({@code /list/actors.csv}); the neighbouring pages are also sent as a {@code Link} header.
 */
final class ListPages implements Feature {
    /** List groups: URL name → the ng: class whose instances (and subclasses') it lists. */
    static final Map<String, String> GROUPS = Map.of("actors", "Actor", "norms", "Norm", "instruments", "Instrument",
            "events", "Event", "topics", "Topic", "places", "Place", "positions", "Position", "works", "Work",
            "sources", "SourceDocument");
    static final List<String> ORDER = List.of("sources", "actors", "norms", "instruments", "events", "positions", "topics", "places", "works");
    private static final int MAX_FILTER = 200;

    private final Services services;

    ListPages(Services services) {
        this.services = services;
    }

    @Override
    public void register(io.javalin.config.RoutesConfig routes) {
        routes.get("/list/{group}", this::list);
    }

    void list(Context ctx) {
        String group = ctx.pathParam("group");
        boolean csv = group.endsWith(".csv");
        if (csv) group = group.substring(0, group.length() - 4);
        String cls = GROUPS.get(group);
        if (cls == null) throw new HttpProblem(404, "error.unknownList", group);
        String lang = Lang.of(ctx);
        String q = ctx.queryParam("q");
        if (q != null && q.length() > MAX_FILTER) throw new HttpProblem(400, "error.tooLong", "q", MAX_FILTER);
        String version = Citation.of(services.queries(), ctx).version();
        if (group.equals("positions")) {
            positions(ctx, lang, q, csv, version);
            return;
        }
        if (group.equals("sources")) {
            services.pages().render(ctx, "list", Pages.model("group", "sources", "sources", services.queries().select("sources", Map.of()),
                    "rows", List.of(), "q", "", "groups", ORDER, "types", List.of(), "type", "", "csvUrl", ""));
            return;
        }
        Map<String, Node> params = new HashMap<>();
        params.put("super", NodeFactory.createURI(NG.NS + cls));
        if (q != null && !q.isBlank()) params.put("q", NodeFactory.createLiteralString(q.strip()));
        List<Row> all = counted(services.queries().select("list", params));
        Map<String, Row> types = new LinkedHashMap<>();
        all.forEach(r -> types.putIfAbsent(r.local("type"), r));
        String type = ctx.queryParam("type");
        if (type != null && !type.isBlank() && !types.containsKey(type)) {
            throw new HttpProblem(400, "error.unknownFilter", "type", type.length() > 80 ? type.substring(0, 80) : type);
        }
        List<Row> rows = type == null || type.isBlank() ? all : all.stream().filter(r -> type.equals(r.local("type"))).toList();
        if (csv) {
            csvOf(rows, lang).send(ctx, "list-" + group, version);
            return;
        }
        Paging paging = Paging.of(ctx, rows.size());
        paging.link(ctx);
        services.pages().render(ctx, "list", Pages.model("group", group, "rows", paging.slice(rows), "paging", paging, "q", q == null ? "" : q,
                "groups", ORDER, "types", List.copyOf(types.values()), "type", type == null ? "" : type,
                "csvUrl", "/list/" + group + ".csv" + filters(ctx)));
    }

    /**
     * The rows with the number of positions each entity takes or is the object of ({@code ?positions},
     * from the stance table), most first, then by type and name in English and IRI.
     */
    private List<Row> counted(List<Row> rows) {
        org.normgraph.web.matrix.StanceTable t = org.normgraph.web.matrix.StanceTable.of(services.queries());
        java.util.Comparator<String> nullsFirst = java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder());
        return rows.stream().map(r -> {
            java.util.Map<String, org.apache.jena.rdf.model.RDFNode> m = new HashMap<>(r.values());
            String s = r.str("s");
            long n = t.involving(s).stream().filter(p -> s.equals(p.actor()) || s.equals(p.about())).count();
            m.put("positions", org.apache.jena.rdf.model.ResourceFactory.createTypedLiteral(n));
            return new Row(m, r.paths());
        }).sorted(java.util.Comparator.comparingLong((Row r) -> -Long.parseLong(r.str("positions")))
                .thenComparing(r -> r.str("type_en"), nullsFirst).thenComparing(r -> r.str("label_en"), nullsFirst)
                .thenComparing(r -> r.str("s"))).toList();
    }

    private void positions(Context ctx, String lang, String q, boolean csv, String version) {
        String needle = q == null ? "" : q.strip().toLowerCase(java.util.Locale.ROOT);
        if (csv) {
            List<Row> rows = services.queries().select("matrix", Map.of("actorType", NodeFactory.createURI(NG.NS + "Actor"))).stream()
                    .filter(r -> matches(r, needle)).toList();
            PositionsCsv.of(rows, lang, services.messages(), ctx.scheme() + "://" + ctx.host() + "/").send(ctx, "positions", version);
            return;
        }
        org.normgraph.web.matrix.StanceTable table = org.normgraph.web.matrix.StanceTable.of(services.queries());
        List<org.normgraph.web.matrix.StanceTable.Position> ordered = table.listed().stream().filter(p -> table.names(p, needle)).toList();
        Paging paging = Paging.of(ctx, ordered.size());
        paging.link(ctx);
        List<Row> page = described(table.rows(paging.slice(ordered), services.queries().paths()));
        services.pages().render(ctx, "list", Pages.model("group", "positions", "positions", page, "rows", page, "paging", paging,
                "q", q == null ? "" : q, "groups", ORDER, "types", List.of(), "type", "",
                "csvUrl", "/list/positions.csv" + filters(ctx)));
    }

    /** Whether a position's actor or norm is named with the text (lower case) in either language; every position if it is empty. */
    private static boolean matches(Row r, String needle) {
        return needle.isEmpty() || (r.label("actor", "en") + " " + r.label("actor", "zh") + " " + r.label("about", "en") + " "
                + r.label("about", "zh")).toLowerCase(java.util.Locale.ROOT).contains(needle);
    }

    /** The page's positions, in its order, with what the list shows of each (looked up for these positions only). */
    private List<Row> described(List<Row> page) {
        if (page.isEmpty()) return page;
        Map<String, Row> details = new HashMap<>();
        for (Row r : services.queries().select("list-positions-page", Map.of(), List.of("pos"),
                page.stream().map(r -> List.of(NodeFactory.createURI(r.str("pos")))).toList())) {
            details.putIfAbsent(r.str("pos"), r);
        }
        return page.stream().map(r -> details.getOrDefault(r.str("pos"), r)).toList();
    }

    private CsvTable csvOf(List<Row> rows, String lang) {
        String other = lang.equals("zh") ? "en" : "zh";
        CsvTable t = new CsvTable(List.of(services.messages().text(lang, "csv.list.id"), services.messages().text(lang, "csv.list.name"),
                services.messages().text(lang, "csv.list.otherName"), services.messages().text(lang, "csv.list.type"),
                services.messages().text(lang, "csv.list.positions")));
        for (Row r : rows) {
            t.row(List.of(r.local("s"), r.label("label", lang), r.label("label", other), r.label("type", lang), r.str("positions")));
        }
        return t;
    }

    /** The request's parameters but paging, for the whole-list download ("" or "?q=…&type=…"). */
    private static String filters(Context ctx) {
        StringBuilder sb = new StringBuilder();
        ctx.queryParamMap().forEach((k, vs) -> {
            if (k.equals("page") || k.equals("size")) return;
            for (String v : vs) sb.append(sb.isEmpty() ? '?' : '&').append(Pages.enc(k)).append('=').append(Pages.enc(v));
        });
        return sb.toString();
    }
}
