package org.normgraph.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.normgraph.store.Layout;
import org.normgraph.web.cache.Caching;
import org.normgraph.web.cache.PageCache;
import org.normgraph.web.compare.ComparePage;
import org.normgraph.web.compare.SourceComparePage;
import org.normgraph.web.http.ClasspathFiles;
import org.normgraph.web.matrix.MatrixPage;
import org.normgraph.web.network.NetworkPage;
import org.normgraph.web.questions.QuestionsPage;
import org.normgraph.web.reports.ReportsPage;
import org.normgraph.web.timeline.TimelinePage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Javalin application: pages, linked data, dumps and the JSON API, built from explicit
 * dependencies. Errors a user causes become a 4xx page (or JSON under /api); anything else a
 * generic 500 page, with the details only in the server log.
 */
public final class WebApp {
    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

    /**
     * {@code searchDir}: where the search index is kept on disk (null: in memory only);
     * {@code listCap}: the most items a short list (the home page's sources and conferences, an
     * entity page's panels) shows before its "see all" link.
     */
    public record Config(DatasetGraph dataset, String base, Layout layout, Path searchDir, int listCap) {
        public static final int LIST_CAP = 10;

        public Config {
            if (listCap < 1) throw new IllegalArgumentException("listCap must be at least 1, not " + listCap);
        }

        public Config(DatasetGraph dataset, String base, Layout layout, Path searchDir) {
            this(dataset, base, layout, searchDir, LIST_CAP);
        }

        public Config(DatasetGraph dataset, String base, Layout layout) {
            this(dataset, base, layout, null);
        }
    }

    private final Javalin javalin;
    private final Services services;

    WebApp(Config config) {
        this.services = new Services(config);
        List<Feature> features = List.of(
                new ListPages(services),
                new HomePage(services), new SearchPages(services), new EntityApi(services),
                new SparqlPage(services),
                new OntologyDocs(services), new DataDumps(services), new VoidDescription(services),
                new MatrixPage(services), new ComparePage(services), new SourceComparePage(services),
                new TimelinePage(services), new NetworkPage(services),
                new QuestionsPage(services), new ReportsPage(services),
                new LinkedData(services));
        this.javalin = Javalin.create(cfg -> {
            cfg.http.maxRequestSize = 1_000_000L;
            new ClasspathFiles("/webjars", "/META-INF/resources/webjars").register(cfg.routes);
            new ClasspathFiles("/static", "/static").register(cfg.routes);
            new Caching(new PageCache(CACHE_BYTES), services.queries()::version).register(cfg.routes);
            features.forEach(f -> f.register(cfg.routes));
            cfg.routes.exception(HttpProblem.class, (e, ctx) -> problem(ctx, e.status(), e.key(), e.args()));
            cfg.routes.exception(org.apache.jena.query.QueryCancelledException.class, (e, ctx) -> {
                LOG.warn("page query cancelled after {} s: {}", GraphQueries.QUERY_TIMEOUT_SECONDS, ctx.path());
                ctx.header("Retry-After", "30");
                problem(ctx, 503, "error.pageTimeout", GraphQueries.QUERY_TIMEOUT_SECONDS);
            });
            cfg.routes.exception(org.normgraph.store.remote.StoreUnavailableException.class, (e, ctx) -> {
                LOG.warn("the store did not answer for {}: {}", ctx.path(), e.getMessage());
                ctx.header("Retry-After", "10");
                problem(ctx, 503, "error.storeUnavailable");
            });
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("error serving {}", ctx.path(), e);
                problem(ctx, 500, "error.internal");
            });
            cfg.routes.error(404, ctx -> {
                String result = ctx.result();
                if (result == null || result.isEmpty() || result.equals("Not Found") || result.startsWith("Endpoint ")) {
                    problem(ctx, 404, "error.notFound", ctx.path());
                }
            });
        });
    }

    /** Memory for rendered answers: 64 MB of bodies. */
    static final long CACHE_BYTES = 64L << 20;

    public Services services() { return services; }


    Javalin javalin() { return javalin; }

    private void problem(Context ctx, int status, String key, Object... args) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ctx.json(Map.of("status", status, "error", services.messages().text("en", key, args)));
            return;
        }
        ErrorPage.render(services, ctx, status, key, args);
    }
}
