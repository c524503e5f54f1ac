package org.normgraph.web;

import io.javalin.http.Context;

/**
 * "Cite this": the dataset version (content hash of sources, claims and ontology) and load time
 * from the last load, with a permanent link to what the user is looking at.
 *
 * <pre>{@code Citation c = Citation.of(queries, ctx);  c.text()}</pre>
 */
public record Citation(String version, String loaded, String url) {
    public static Citation of(GraphQueries q, Context ctx) {
        var stamp = q.stamp();
        String version = stamp.version() == null ? "unversioned" : stamp.version();
        String loaded = stamp.loaded();
        String query = ctx.queryString() == null ? "" : "?" + ctx.queryString();
        return new Citation(version, loaded, ctx.scheme() + "://" + ctx.host() + ctx.path() + query);
    }

    public String text() {
        return "normgraph, dataset version " + version + (loaded.isEmpty() ? "" : " (loaded " + loaded + ")") + ", " + url;
    }
}
