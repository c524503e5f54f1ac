package org.normgraph.web.timeline;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.jena.graph.NodeFactory;
import org.normgraph.web.Citation;
import org.normgraph.web.Feature;
import org.normgraph.web.Paging;
import org.normgraph.web.Row;
import org.normgraph.web.Services;
import org.normgraph.web.matrix.MatrixFilters;

/**
 * The timeline ({@code /timeline?actor=china&about=cyber-sovereignty&sourceKind=ScholarlyPaper}):
 * dated items, filterable by actor, norm, source and kind of source, {@link Paging#DEFAULT_SIZE} a
 * page in date order ({@code page=2&size=50}, with the total, previous/next links and a {@code Link} header).
 * The items are listed in order first without details (timeline-items.rq, or timeline-index.rq with what
 * the filters read), then only the page's items are described (timeline.rq restricted to them). The
 * unfiltered keys are read in the background as the server starts.
 */
public final class TimelinePage implements Feature {
    private final Services services;

    public TimelinePage(Services services) {
        this.services = services;
        // the unfiltered timeline's ordered keys and its actors, read as the server starts
        services.warmUp("timeline keys", () -> {
            services.queries().selectPerVersion("timeline-items");
            services.queries().selectPerVersion("timeline-actors");
        });
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/timeline", this::page);
    }

    private void page(Context ctx) {
        Map<String, List<Row>> options = MatrixFilters.options(services.queries());
        List<Row> actors = services.queries().selectPerVersion("timeline-actors");
        String actor = MatrixFilters.check(ctx, "actor", ids(actors));
        String about = MatrixFilters.check(ctx, "about", ids(options.get("about")));
        String source = MatrixFilters.check(ctx, "source", ids(options.get("source")));
        String sourceKind = MatrixFilters.check(ctx, "sourceKind", ids(options.get("sourceKind")));
        boolean filtered = actor != null || about != null || source != null || sourceKind != null;
        Timeline all = Timeline.of(services.queries().selectPerVersion(filtered ? "timeline-index" : "timeline-items"), actor, about, source, sourceKind);
        Paging paging = Paging.of(ctx, all.total());
        paging.link(ctx);
        Map<String, Object> m = new HashMap<>();
        m.put("timeline", all.page(paging, ids -> services.queries().select("timeline", Map.of(), List.of("item"),
                ids.stream().map(i -> List.of(NodeFactory.createURI(i))).toList())));
        m.put("paging", paging);
        m.put("sourceOptions", byName(options.get("source"), source));
        m.put("kindOptions", byName(options.get("sourceKind"), sourceKind));
        m.put("source", source);
        m.put("sourceKind", sourceKind);
        m.put("actorOptions", byName(actors, actor));
        m.put("aboutOptions", byName(options.get("about"), about));
        m.put("actor", actor);
        m.put("about", about);
        m.put("cite", Citation.of(services.queries(), ctx));
        m.put("title", "Timeline");
        services.pages().render(ctx, "timeline", m);
    }

    /** The options a form lists (the most used ones and the chosen one), sorted by English name, one per IRI. */
    private static List<Row> byName(List<Row> rows, String chosen) {
        if (rows == null) return List.of();
        Map<String, Row> sorted = new TreeMap<>();
        for (Row r : MatrixFilters.top(rows, chosen)) sorted.put(r.label("value", "en") + "\u0000" + r.str("value"), r);
        return List.copyOf(sorted.values());
    }

    private static Set<String> ids(List<Row> rows) {
        return rows == null ? Set.of() : rows.stream().map(r -> r.local("value")).collect(Collectors.toSet());
    }
}
