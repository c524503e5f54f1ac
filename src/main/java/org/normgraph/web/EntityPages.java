package org.normgraph.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Node;
import org.normgraph.ontology.NG;

/**
 * Entity pages (actors, norms, instruments, events, incidents, people, positions: one template,
 * sections by what the entity has) and list pages per type with a text filter.
 *
 * <pre>{@code GET /list/actors?q=china   GET /id/china (HTML, via LinkedData)}</pre>
 */
final class EntityPages implements Feature {
    /** List groups: URL name → the ng: class whose instances (and subclasses') it lists. */
    static final Map<String, String> GROUPS = Map.of("actors", "Actor", "norms", "Norm", "instruments", "Instrument",
            "events", "Event", "topics", "Topic", "places", "Place", "positions", "Position", "works", "Work");
    private static final int MAX_FILTER = 200;

    private final Services services;

    EntityPages(Services services) {
        this.services = services;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/list/{group}", this::list);
    }

    void entity(Context ctx, String iri) {
        EntityView view = EntityView.load(services.queries(), iri);
        if (view == null) throw new HttpProblem(404, "error.unknownEntity", services.paths().local(iri));
        List<Row> others = view.isActor() ? services.queries().select("list",
                Map.of("super", NodeFactory.createURI(NG.NS + "Actor"))) : List.of();
        services.pages().render(ctx, "entity", Pages.model("e", view, "title", view.label(Lang.of(ctx)),
                "chart", org.normgraph.web.chart.StanceChart.of(services.queries(), view, Lang.of(ctx)),
                "compareOptions", others.stream().filter(r -> !r.str("s").equals(iri)).toList()));
    }

    private void list(Context ctx) {
        String group = ctx.pathParam("group");
        String cls = GROUPS.get(group);
        if (cls == null) throw new HttpProblem(404, "error.unknownList", group);
        String q = ctx.queryParam("q");
        if (q != null && q.length() > MAX_FILTER) throw new HttpProblem(400, "error.tooLong", "q", MAX_FILTER);
        Map<String, Node> params = new java.util.HashMap<>();
        params.put("super", NodeFactory.createURI(NG.NS + cls));
        if (q != null && !q.isBlank()) params.put("q", NodeFactory.createLiteralString(q.strip()));
        List<Row> rows = services.queries().select("list", params);
        services.pages().render(ctx, "list", Pages.model("group", group, "rows", rows, "q", q == null ? "" : q,
                "groups", List.of("actors", "norms", "instruments", "events", "positions", "topics", "places", "works")));
    }
}
