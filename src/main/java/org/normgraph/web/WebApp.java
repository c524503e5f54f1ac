package org.normgraph.web;

import io.javalin.Javalin;
import org.apache.jena.sparql.core.DatasetGraph;
import org.normgraph.store.Layout;

/** The Javalin application: pages, linked data, dumps and the JSON API. */
public final class WebApp {
    public record Config(DatasetGraph dataset, String base, Layout layout) {}

    private final Config config;
    private final Javalin javalin;

    WebApp(Config config) {
        this.config = config;
        this.javalin = Javalin.create(cfg -> {
            cfg.routes.get("/", ctx -> ctx.result("normgraph"));
        });
    }

    Javalin javalin() { return javalin; }
}
