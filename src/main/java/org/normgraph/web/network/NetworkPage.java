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
 * interactive Cytoscape.js graph fed by {@code /network.json}, and the same network for Gephi as
 * {@code /network.gexf}, {@code /network.graphml} and a CSV edge list {@code /network.csv}.
 */
public final class NetworkPage implements Feature {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Services services;

    public NetworkPage(Services services) {
        this.services = services;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/network", this::page);
        routes.get("/network.json", ctx -> ctx.contentType("application/json; charset=utf-8")
                .result(JSON.writeValueAsString(cytoscape(network(ctx), Citation.of(services.queries(), ctx)))));
        routes.get("/network.gexf", ctx -> download(ctx, "gexf", "application/gexf+xml",
                NetworkFormats.gexf(nonEmpty(network(ctx)), Citation.of(services.queries(), ctx).text())));
        routes.get("/network.graphml", ctx -> download(ctx, "graphml", "application/graphml+xml",
                NetworkFormats.graphml(nonEmpty(network(ctx)), Citation.of(services.queries(), ctx).text())));
        routes.get("/network.csv", ctx -> NetworkFormats.csv(nonEmpty(network(ctx)), org.normgraph.web.Lang.of(ctx), services.messages())
                .send(ctx, "network", Citation.of(services.queries(), ctx).version()));
    }

    Network network(Context ctx) {
        String mode = ctx.queryParamAsClass("mode", String.class).getOrDefault("stances");
        if (!mode.equals("stances") && !mode.equals("alignment")) throw new HttpProblem(400, "error.unknownFilter", "mode", mode);
        List<Row> rows = MatrixFilters.from(ctx, services.queries()).select(services.queries());
        return mode.equals("stances") ? Network.stances(rows) : Network.alignment(rows);
    }

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
        return Map.of("mode", n.mode(), "elements", elements, "version", cite.version(), "cite", cite.text());
    }

    private void page(Context ctx) {
        Network n = network(ctx);
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
        m.put("options", MatrixFilters.options(services.queries()));
        m.put("stances", MatrixFilters.STANCES);
        String qs = f.queryString();
        m.put("dataQuery", (qs.isEmpty() ? "?" : qs + "&") + "mode=" + mode);
        m.put("cite", Citation.of(services.queries(), ctx));
        m.put("title", "Network");
        services.pages().render(ctx, "network", m);
    }
}
