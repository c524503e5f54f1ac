package org.normgraph.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The home page: what the graph holds, a search box, the key questions (query library and list
 * pages), and the London Process at a glance with its three conferences.
 *
 * <pre>{@code GET /   GET /?lang=zh}</pre>
 */
final class HomePage implements Feature {
    private final Services services;

    HomePage(Services services) {
        this.services = services;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/", this::home);
    }

    private void home(Context ctx) {
        services.pages().render(ctx, "home", Pages.model("home", HomeView.load(services), "title", "normgraph"));
    }
}
