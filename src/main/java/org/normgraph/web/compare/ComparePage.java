package org.normgraph.web.compare;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.normgraph.ontology.Iris;
import org.normgraph.web.Citation;
import org.normgraph.web.Feature;
import org.normgraph.web.HttpProblem;
import org.normgraph.web.Row;
import org.normgraph.web.Services;

/**
 * Compare ({@code /compare?actor=china&actor=united-states}, two to four actors): per norm or
 * instrument, where they agree, differ or only one has spoken, with both sides' quotes. With fewer
 * than two actors the page is the form to choose them (only actors that take positions).
 */
public final class ComparePage implements Feature {
    private final Services services;

    public ComparePage(Services services) {
        this.services = services;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/compare", this::page);
    }

    private void page(Context ctx) {
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(ctx.queryParams("actor").stream().filter(a -> !a.isBlank()).toList()));
        if (ids.size() > 4) throw new HttpProblem(400, "error.compareCount", ids.size());
        if (ids.size() < 2) {
            picker(ctx, ids);
            return;
        }
        Map<String, Row> actors = new LinkedHashMap<>();
        Map<String, List<Row>> positions = new HashMap<>();
        for (String id : ids) {
            if (!id.matches("[a-z0-9][a-z0-9-]{0,100}")) throw new HttpProblem(400, "error.badIri", id);
            String iri = Iris.entity(id);
            var s = Map.of("s", NodeFactory.createURI(iri));
            List<Row> core = services.queries().select("entity-core", s);
            if (core.stream().noneMatch(r -> org.normgraph.ontology.NG.ACTOR_TYPES.contains(r.local("type")))) throw new HttpProblem(404, "error.unknownActor", id);
            actors.put(iri, core.getFirst());
            positions.put(iri, services.queries().select("positions-involving", s).stream()
                    .filter(r -> "actor".equals(r.str("role"))).toList());
        }
        Comparison c = Comparison.of(List.copyOf(actors.keySet()), positions);
        Map<String, Object> m = new HashMap<>();
        m.put("comparison", c);
        m.put("choices", services.queries().select("compare-actors", Map.of()));
        m.put("chosen", ids);
        m.put("actors", actors);
        m.put("cite", Citation.of(services.queries(), ctx));
        m.put("title", "Compare");
        services.pages().render(ctx, "compare", m);
    }

    /** Fewer than two actors chosen: the form to choose them, with the ones already given selected. */
    private void picker(Context ctx, List<String> chosen) {
        Map<String, Object> m = new HashMap<>();
        m.put("choices", services.queries().select("compare-actors", Map.of()));
        m.put("chosen", chosen);
        m.put("cite", Citation.of(services.queries(), ctx));
        m.put("title", "Compare");
        services.pages().render(ctx, "compare", m);
    }
}
