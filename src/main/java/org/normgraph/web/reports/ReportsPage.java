package org.normgraph.web.reports;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import org.normgraph.report.ConsistencyReport;
import org.normgraph.web.Citation;
import org.normgraph.web.Feature;
import org.normgraph.web.Services;

/**
 * Reports for curators. {@code /reports/consistency}: where the sources contradict each other
 * (dates, hosts and places, opposite stances, classes), both sides with their quotes, linked to
 * the highlighted spans in the source views; {@code /reports/consistency.json} the same as JSON.
 */
public final class ReportsPage implements Feature {
    private final Services services;

    public ReportsPage(Services services) {
        this.services = services;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/reports/consistency", this::consistency);
        routes.get("/reports/consistency.json", ctx -> ctx.json(ConsistencyReport.of(services.queries().dataset())));
    }

    private void consistency(Context ctx) {
        Map<String, Object> m = new HashMap<>();
        m.put("report", ConsistencyReport.of(services.queries().dataset()));
        m.put("paths", services.paths());
        m.put("cite", Citation.of(services.queries(), ctx));
        m.put("title", "Consistency");
        services.pages().render(ctx, "consistency", m);
    }
}
