package org.normgraph.web.network;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.normgraph.web.Citation;
import org.normgraph.web.Feature;
import org.normgraph.web.HttpProblem;
import org.normgraph.web.Row;
import org.normgraph.web.Services;
import org.normgraph.web.matrix.MatrixFilters;

/**
 * The network view ({@code /network?mode=stances|alignment} with the matrix's filters): an
 * interactive Cytoscape.js graph fed by {@code /network.json} of the {@code limit} best connected
 * nodes ({@value #LIMIT} first, "show more" adds {@value #LIMIT} at a time up to {@value #MAX_LIMIT}),
 * and the whole network for Gephi as {@code /network.gexf}, {@code /network.graphml} and a CSV edge
 * list {@code /network.csv}.
 */
public final class NetworkPage implements Feature {
    public static final int LIMIT = 50, MAX_LIMIT = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Services services;

    public NetworkPage(Services services) {
        this.services = services;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/network", this::page);
        routes.get("/network.json", ctx -> {
            Network n = shown(ctx);
            String more = more(ctx, n);
            if (more != null) ctx.header("Link", "<" + more + ">; rel=\"next\"");
            ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(cytoscape(n, Citation.of(services.queries(), ctx))));
        });
        routes.get("/network.gexf", ctx -> download(ctx, "gexf", "application/gexf+xml",
                NetworkFormats.gexf(nonEmpty(network(ctx)), Citation.of(services.queries(), ctx).text())));
        routes.get("/network.graphml", ctx -> download(ctx, "graphml", "application/graphml+xml",
                NetworkFormats.graphml(nonEmpty(network(ctx)), Citation.of(services.queries(), ctx).text())));
        routes.get("/network.csv", ctx -> NetworkFormats.csv(nonEmpty(network(ctx)), org.normgraph.web.Lang.of(ctx), services.messages())
                .send(ctx, "network", Citation.of(services.queries(), ctx).version()));
    }

    /** The whole network the filters select: what the downloads hold. */
    Network network(Context ctx) {
        String mode = mode(ctx);
        List<Row> rows = MatrixFilters.from(ctx, services.queries()).stances(services.queries());
        return mode.equals("stances") ? Network.stances(rows) : Network.alignment(rows);
    }

    /** The part the page draws: the {@code limit} best connected nodes (a 400 naming the range for a bad limit). */
    private Network shown(Context ctx) {
        String mode = mode(ctx);
        int limit = org.normgraph.web.Paging.number(ctx, "limit", LIMIT, MAX_LIMIT);
        List<Row> rows = MatrixFilters.from(ctx, services.queries()).stances(services.queries());
        return mode.equals("stances") ? Network.stances(rows).top(limit) : Network.alignment(rows, limit);
    }

    private static String mode(Context ctx) {
        String mode = ctx.queryParamAsClass("mode", String.class).getOrDefault("stances");
        if (!mode.equals("stances") && !mode.equals("alignment")) throw new HttpProblem(400, "error.unknownFilter", "mode", mode);
        return mode;
    }

    /** The same request with {@value #LIMIT} more nodes (at most {@value #MAX_LIMIT}), or null if it shows them all. */
    static String more(Context ctx, Network n) {
        if (!n.partial() || n.nodes().size() >= MAX_LIMIT) return null;
        StringBuilder sb = new StringBuilder(ctx.path()).append('?');
        ctx.queryParamMap().forEach((k, vs) -> {
            if (!k.equals("limit")) for (String v : vs) sb.append(enc(k)).append('=').append(enc(v)).append('&');
        });
        return sb.append("limit=").append(Math.min(MAX_LIMIT, n.nodes().size() + LIMIT)).toString();
    }

    private static String enc(String s) { return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8); }

    private static Network nonEmpty(Network n) {
        if (n.nodes().isEmpty()) throw new HttpProblem(404, "error.emptyView");
        return n;
    }

    private void download(Context ctx, String ext, String type, String body) {
        ctx.header("Content-Disposition", "attachment; filename=\"normgraph-network." + ext + "\"");
        ctx.contentType(type + "; charset=utf-8").result(body);
    }

    /** Cytoscape.js elements: nodes and edges with the data the page styles and links by. */
    static Map<String, Object> cytoscape(Network n, Citation cite) {
        List<Map<String, Object>> elements = new ArrayList<>();
        for (Network.Node node : n.nodes()) {
            elements.add(Map.of("group", "nodes", "data", Map.of("id", node.id(), "href", node.path(), "kind", node.kind(),
                    "label_en", node.labelEn(), "label_zh", node.labelZh(), "type", node.type())));
        }
        for (Network.Edge e : n.edges()) {
            elements.add(Map.of("group", "edges", "data", Map.of("id", e.id(), "source", e.source(), "target", e.target(),
                    "relation", e.relation(), "weight", e.weight(), "shared", e.shared(), "opposed", e.opposed(), "hedged", e.hedged())));
        }
        return Map.of("mode", n.mode(), "elements", elements, "version", cite.version(), "cite", cite.text(),
                "nodes", n.nodes().size(), "total", n.total());
    }

    private void page(Context ctx) {
        Network n = shown(ctx);
        MatrixFilters f = MatrixFilters.from(ctx, services.queries());
        String mode = n.mode();
        Map<String, Object> m = new HashMap<>();
        m.put("network", n);
        String lang = org.normgraph.web.Lang.of(ctx);
        Map<String, String> labels = new java.util.HashMap<>();
        n.nodes().forEach(node -> labels.put(node.id(), lang.equals("zh") ? node.labelZh() : node.labelEn()));
        m.put("labels", labels);
        m.put("mode", mode);
        m.put("filters", f);
        m.put("options", f.shown());
        m.put("stances", MatrixFilters.STANCES);
        String qs = f.queryString();
        m.put("dataQuery", (qs.isEmpty() ? "?" : qs + "&") + "mode=" + mode);
        String limit = ctx.queryParam("limit");
        m.put("jsonQuery", (qs.isEmpty() ? "?" : qs + "&") + "mode=" + mode + (limit == null || limit.isBlank() ? "" : "&limit=" + enc(limit.strip())));
        m.put("moreUrl", more(ctx, n));
        m.put("cite", Citation.of(services.queries(), ctx));
        m.put("title", "Network");
        services.pages().render(ctx, "network", m);
    }
}
