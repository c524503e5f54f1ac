package org.normgraph.web.timeline;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.normgraph.web.Citation;
import org.normgraph.web.Feature;
import org.normgraph.web.Row;
import org.normgraph.web.Services;
import org.normgraph.web.matrix.MatrixFilters;

/** The timeline ({@code /timeline?actor=china&about=cyber-sovereignty&sourceKind=ScholarlyPaper}): dated items, filterable by actor, norm, source and kind of source. */
public final class TimelinePage implements Feature {
    private final Services services;

    public TimelinePage(Services services) {
        this.services = services;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/timeline", this::page);
    }

    private void page(Context ctx) {
        List<Row> rows = services.queries().select("timeline", Map.of());
        Map<String, Row> actors = new TreeMap<>(), abouts = new TreeMap<>(), sources = new TreeMap<>(), kinds = new TreeMap<>();
        for (Row r : services.queries().select("matrix-filters", Map.of())) {
            if ("about".equals(r.str("kind"))) abouts.put(key(r, "value"), r);
            if ("source".equals(r.str("kind"))) sources.put(key(r, "value"), r);
            if ("sourceKind".equals(r.str("kind"))) kinds.put(key(r, "value"), r);
        }
        for (Row r : services.queries().select("matrix", Map.of("actorType", org.apache.jena.graph.NodeFactory.createURI(
                org.normgraph.ontology.NG.NS + "Actor")))) actors.putIfAbsent(key(r, "actor"), r);
        String actor = MatrixFilters.check(ctx, "actor", actors.values().stream().map(r -> r.local("actor")).collect(java.util.stream.Collectors.toSet()));
        String about = MatrixFilters.check(ctx, "about", abouts.values().stream().map(r -> r.local("value")).collect(java.util.stream.Collectors.toSet()));
        String source = MatrixFilters.check(ctx, "source", ids(sources));
        String sourceKind = MatrixFilters.check(ctx, "sourceKind", ids(kinds));
        Map<String, Object> m = new HashMap<>();
        m.put("timeline", Timeline.of(rows, actor, about, source, sourceKind));
        m.put("sourceOptions", List.copyOf(sources.values()));
        m.put("kindOptions", List.copyOf(kinds.values()));
        m.put("source", source);
        m.put("sourceKind", sourceKind);
        m.put("actorOptions", List.copyOf(actors.values()));
        m.put("aboutOptions", List.copyOf(abouts.values()));
        m.put("actor", actor);
        m.put("about", about);
        m.put("cite", Citation.of(services.queries(), ctx));
        m.put("title", "Timeline");
        services.pages().render(ctx, "timeline", m);
    }

    /** Options sorted by English name, one per IRI even where names repeat or are missing. */
    private static String key(Row r, String var) {
        return r.label(var, "en") + "\u0000" + r.str(var);
    }

    private static java.util.Set<String> ids(Map<String, Row> options) {
        return options.values().stream().map(r -> r.local("value")).collect(java.util.stream.Collectors.toSet());
    }
}
