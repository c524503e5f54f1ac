package org.normgraph.web.entity;

import io.javalin.http.Context;
import org.normgraph.web.HttpProblem;
import org.normgraph.web.Lang;
import org.normgraph.web.Pages;
import org.normgraph.web.Services;

/**
 * Entity pages (actors, norms, instruments, events, incidents, people, positions: one template,
 * sections by what the entity has); linked data calls {@link #entity} for a browser. Its long lists
 * come a page at a time ({@link EntityLists}); the positions' neighbouring pages are also sent as a
 * {@code Link} header.
 *
 * <pre>{@code GET /id/china (HTML, via LinkedData)   GET /id/china?size=20&page=3&xpage=2}</pre>
 */
public final class EntityPages {
    private final Services services;

    public EntityPages(Services services) {
        this.services = services;
    }

    public void entity(Context ctx, String iri) {
        EntityView view = EntityView.load(services.queries(), iri);
        if (view == null) throw new HttpProblem(404, "error.unknownEntity", services.paths().local(iri));
        EntityLists lists = EntityLists.load(ctx, services.queries(), view);
        lists.positions().paging().link(ctx);
        services.pages().render(ctx, "entity", Pages.model("e", view, "title", view.label(Lang.of(ctx)), "lists", lists,
                "chart", org.normgraph.web.chart.StanceChart.of(services.queries(), view, Lang.of(ctx)),
                "parts", org.normgraph.web.parts.PartsPanel.of(services.queries(), view)));
    }

}
