package org.normgraph.web;

import io.javalin.config.RoutesConfig;

/**
 * One capability of the web app (entity pages, search, source view, …) that registers its own
 * routes. {@link WebApp} lists the features; each keeps its handlers thin.
 */
public interface Feature {
    void register(RoutesConfig routes);
}
