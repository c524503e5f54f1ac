package org.normgraph.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.concurrent.CompletableFuture;
import java.util.List;
import org.normgraph.search.SearchHit;
import org.normgraph.search.SearchIndex;
import org.normgraph.store.SearchIndexes;

/**
 * Full-text search over names, aliases and source quotes in Chinese and English: a results page
 * and the same results as JSON. The index is opened (or built from the graph) in the background
 * when the app is created, so the server answers its other pages meanwhile, and built again, once,
 * when the dataset version changes (an authenticated update).
 *
 * <pre>{@code GET /search?q=网络主权      GET /api/search?q=sovereignty}</pre>
 */
final class SearchPages implements Feature {
    static final int MAX_QUERY = 200;

    /** The index and the dataset version it was built from. */
    private record Built(String version, SearchIndex index) {}

    private final Services services;
    private volatile CompletableFuture<Built> built;

    SearchPages(Services services) {
        this.services = services;
        this.built = CompletableFuture.supplyAsync(this::build,
                r -> Thread.ofPlatform().daemon().name("search-index-open").start(r));
    }

    private Built build() {
        String version = version();
        return new Built(version, SearchIndexes.open(services.queries().dataset(), services.paths().base(),
                services.config().searchDir(), version));
    }

    private String version() {
        String v = services.queries().version();
        return v == null ? "" : v;
    }

    /** The index of the current dataset version (waiting for it while it is opened at start). */
    private SearchIndex index() {
        Built b = built.join();
        if (b.version().equals(version())) return b.index();
        synchronized (this) {
            if (!built.join().version().equals(version())) built = CompletableFuture.completedFuture(build());
            return built.join().index();
        }
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/search", this::page);
        routes.get("/api/search", this::api);
    }

    private void page(Context ctx) {
        String q = query(ctx);
        List<SearchHit> hits = index().search(q, SearchIndex.MAX_HITS);
        services.pages().render(ctx, "search", Pages.model("q", q, "searchQuery", q, "hits", hits,
                "title", q.isEmpty() ? "" : q, "max", SearchIndex.MAX_HITS));
    }

    private void api(Context ctx) {
        String q = query(ctx);
        List<ApiJson.Hit> hits = index().search(q, SearchIndex.MAX_HITS).stream().map(ApiJson.Hit::of).toList();
        ctx.json(new ApiJson.SearchResult(q, hits.size(), hits));
    }

    /** The stripped {@code q} parameter ("" if absent); more than {@value #MAX_QUERY} characters is a 400. */
    private static String query(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null) return "";
        if (q.codePointCount(0, q.length()) > MAX_QUERY) throw new HttpProblem(400, "error.tooLong", "q", MAX_QUERY);
        return q.strip();
    }
}
