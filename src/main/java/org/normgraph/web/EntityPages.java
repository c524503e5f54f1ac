package org.normgraph.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * Entity pages (actors, norms, instruments, events, incidents, people, positions: one template,
 * sections by what the entity has), and the routes of the list pages ({@link ListPages}).
 *
 * <pre>{@code GET /list/actors?q=china   GET /id/china (HTML, via LinkedData)}</pre>
 */
final class EntityPages implements Feature {
    private final Services services;

    EntityPages(Services services) {
        this.services = services;
    }

    @Override
    public void register(RoutesConfig routes) {
        ListPages lists = new ListPages(services);
        routes.get("/list/{group}", lists::list);
    }

    void entity(Context ctx, String iri) {
        EntityView view = EntityView.load(services.queries(), iri);
        if (view == null) throw new HttpProblem(404, "error.unknownEntity", services.paths().local(iri));
        services.pages().render(ctx, "entity", Pages.model("e", view, "title", view.label(Lang.of(ctx)),
                "sources", SourceGroups.of(view, Paging.of(ctx, SourceGroups.positionCount(view))),
                "chart", org.normgraph.web.chart.StanceChart.of(services.queries(), view, Lang.of(ctx)),
                "parts", org.normgraph.web.parts.PartsPanel.of(services.queries(), view)));
    }

}
