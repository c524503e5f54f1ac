package org.normgraph.web.entity;

import io.javalin.http.Context;
import org.normgraph.web.HttpProblem;
import org.normgraph.web.Lang;
import org.normgraph.web.Pages;
import org.normgraph.web.Paging;
import org.normgraph.web.Services;

/**
 * Entity pages (actors, norms, instruments, events, incidents, people, positions: one template,
 * sections by what the entity has); linked data calls {@link #entity} for a browser.
 *
 * <pre>{@code GET /id/china (HTML, via LinkedData)}</pre>
 */
public final class EntityPages {
    private final Services services;

    public EntityPages(Services services) {
        this.services = services;
    }

    public void entity(Context ctx, String iri) {
        EntityView view = EntityView.load(services.queries(), iri);
        if (view == null) throw new HttpProblem(404, "error.unknownEntity", services.paths().local(iri));
        services.pages().render(ctx, "entity", Pages.model("e", view, "title", view.label(Lang.of(ctx)),
                "sources", SourceGroups.of(view, Paging.of(ctx, SourceGroups.positionCount(view))),
                "chart", org.normgraph.web.chart.StanceChart.of(services.queries(), view, Lang.of(ctx)),
                "parts", org.normgraph.web.parts.PartsPanel.of(services.queries(), view)));
    }

}
