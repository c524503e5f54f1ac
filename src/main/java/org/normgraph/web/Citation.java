package org.normgraph.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * "Cite this": the dataset version (content hash of sources, claims and ontology) and load time
 * from the last load, with a permanent link to what the user is looking at.
 *
 * <pre>{@code Citation c = Citation.of(queries, ctx);  c.text()}</pre>
 */
public record Citation(String version, String loaded, String url) {
    public static Citation of(GraphQueries q, Context ctx) {
        List<Row> rows = q.select("version", Map.of());
        String version = rows.isEmpty() ? "unversioned" : rows.getFirst().str("version");
        String loaded = rows.isEmpty() ? "" : rows.getFirst().str("loaded");
        String query = ctx.queryString() == null ? "" : "?" + ctx.queryString();
        return new Citation(version, loaded, ctx.scheme() + "://" + ctx.host() + ctx.path() + query);
    }

    public String text() {
        return "normgraph, dataset version " + version + (loaded.isEmpty() ? "" : " (loaded " + loaded + ")") + ", " + url;
    }
}
