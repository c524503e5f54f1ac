package org.normgraph.web.compare;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.normgraph.report.ConsistencyReport;
import org.normgraph.web.Citation;
import org.normgraph.web.Feature;
import org.normgraph.web.HttpProblem;
import org.normgraph.web.Row;
import org.normgraph.web.Services;

/**
 * Compare two sources ({@code /compare/sources?a=russia-2013-basic-principles&b=huang-2013-london-process}):
 * what both speak about and what only one does, where they agree or differ on an actor's stance,
 * and where they conflict. Without two different sources the page is the form to choose them.
 */
public final class SourceComparePage implements Feature {
    private final Services services;

    public SourceComparePage(Services services) {
        this.services = services;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/compare/sources", this::page);
    }

    private void page(Context ctx) {
        List<Row> sources = services.queries().select("sources", Map.of());
        String a = ctx.queryParam("a"), b = ctx.queryParam("b");
        Map<String, Object> m = new HashMap<>();
        m.put("sources", sources);
        m.put("chosenA", a == null ? "" : a);
        m.put("chosenB", b == null ? "" : b);
        m.put("cite", Citation.of(services.queries(), ctx));
        m.put("title", "Compare sources");
        m.put("paths", services.paths());
        if (a != null && !a.isBlank() && b != null && !b.isBlank()) {
            Row ra = source(sources, "a", a), rb = source(sources, "b", b);
            if (ra.str("s").equals(rb.str("s"))) throw new HttpProblem(400, "error.sameSource", a);
            List<Row> positions = new ArrayList<>(positions(ra));
            positions.addAll(positions(rb));
            m.put("comparison", SourceComparison.of(ra, rb, entities(ra), entities(rb), positions,
                    ConsistencyReport.of(services.queries().dataset())));
        }
        services.pages().render(ctx, "compare-sources", m);
    }

    private Row source(List<Row> sources, String param, String id) {
        if (!id.matches("[a-z0-9][a-z0-9-]{0,100}")) throw new HttpProblem(400, "error.badParam", param, id);
        return sources.stream().filter(r -> id.equals(r.local("s"))).findFirst()
                .orElseThrow(() -> new HttpProblem(404, "error.unknownSource", param, id));
    }

    private List<Row> entities(Row source) {
        return services.queries().select("source-entities", Map.of("doc", NodeFactory.createURI(source.str("s"))));
    }

    private List<Row> positions(Row source) {
        return services.queries().select("source-positions", Map.of("doc", NodeFactory.createURI(source.str("s"))));
    }
}
