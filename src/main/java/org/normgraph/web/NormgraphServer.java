package org.normgraph.web;

import io.javalin.Javalin;
import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.normgraph.web.curate.CurateApp;
import org.normgraph.web.curate.DraftFolder;
import org.normgraph.web.http.ApiErrors;
import org.normgraph.web.http.HeadAsGet;
import org.normgraph.web.http.ReadOnlyCors;
import org.normgraph.web.http.RequestLimits;
import org.normgraph.store.Layout;

/**
 * The one normgraph server process: Fuseki's SPARQL endpoint and the Javalin pages, linked data
 * and JSON API, on one Jetty and one port, over one dataset; in admin mode also the curators' review
 * pages ({@code /curate}).
 *
 * <pre>{@code
 * NormgraphServer server = NormgraphServer.create().dataset(dsg).port(0).build().start();
 * String url = server.url();   // http://localhost:43123/
 * }</pre>
 */
public final class NormgraphServer {
    private final FusekiServer fuseki;
    private final WebApp app;

    private NormgraphServer(FusekiServer fuseki, WebApp app) {
        this.fuseki = fuseki;
        this.app = app;
    }

    public static Builder create() { return new Builder(); }

    public NormgraphServer start() {
        fuseki.start();
        return this;
    }

    public void stop() { fuseki.stop(); }

    public void join() { fuseki.join(); }

    public int port() { return fuseki.getHttpPort(); }

    public String url() { return "http://localhost:" + port() + "/"; }

    public WebApp app() { return app; }

    /** Explicit dependencies, sensible defaults: port 3030, base https://normgraph.org/, timeout 30 s. */
    public static final class Builder {
        private static final int MIN_THREADS = 8;
        private static final int MAX_THREADS = 200;
        private static final long IDLE_TIMEOUT_MILLIS = 30_000;
        /**
         * Each response's write buffer. Fuseki asks for megabytes, which Jetty's buffer pool does not keep,
         * so every answer allocated and zeroed a fresh buffer of that size: most of the cost of a cached page.
         * A pooled 32 KB buffer streams larger answers in chunks (/sparql answers are complete before the first byte).
         */
        static final int OUTPUT_BUFFER_BYTES = 32 * 1024;

        private DatasetGraph dataset;
        private int port = 3030;
        private String base = org.normgraph.ontology.Iris.BASE;
        private int timeoutSeconds = 30;
        private long maxResults = 100_000;
        private int concurrentQueries = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
        private int maxRequestBytes = 1_000_000;
        private String adminPassword;
        private Layout layout = Layout.fromEnvironment();
        private java.nio.file.Path searchDir;
        private int listCap = WebApp.Config.LIST_CAP;

        public Builder dataset(DatasetGraph dsg) { this.dataset = dsg; return this; }
        public Builder port(int port) { this.port = port; return this; }
        public Builder base(String base) { this.base = base.endsWith("/") ? base : base + "/"; return this; }
        public Builder timeoutSeconds(int s) { this.timeoutSeconds = s; return this; }
        /** Most rows (SELECT) or triples (CONSTRUCT, DESCRIBE) one /sparql answer may hold. */
        public Builder maxResults(long n) { this.maxResults = n; return this; }
        /** Most /sparql queries evaluated at once; others wait a few seconds, then get 503. */
        public Builder concurrentQueries(int n) { this.concurrentQueries = n; return this; }
        /** Largest request body accepted (413 beyond). */
        public Builder maxRequestBytes(int n) { this.maxRequestBytes = n; return this; }
        public Builder adminPassword(String p) { this.adminPassword = p; return this; }
        public Builder layout(Layout layout) { this.layout = layout; return this; }
        /** Keep the search index in this folder (opened at start, built once per dataset version). */
        public Builder searchDir(java.nio.file.Path dir) { this.searchDir = dir; return this; }
        /** Most items a short list (home page, entity page panels) shows before "see all" (default 10). */
        public Builder listCap(int n) { this.listCap = n; return this; }

        public NormgraphServer build() {
            Objects.requireNonNull(dataset, "dataset");
            WebApp app = new WebApp(new WebApp.Config(dataset, base, layout, searchDir, listCap));
            Javalin javalin = app.javalin();
            FusekiServer.Builder fb = FusekiServer.create().port(port).enablePing(false).enableStats(false)
                    .numServerThreads(MIN_THREADS, MAX_THREADS);
            SparqlService.configure(fb, dataset, new SparqlService.Limits(timeoutSeconds, maxResults, concurrentQueries), adminPassword);
            boolean admin = adminPassword != null && !adminPassword.isEmpty();
            fb.addFilter("/*", new ReadOnlyCors(java.util.stream.Stream.concat(SparqlService.WRITE_PATHS.stream(),
                    java.util.stream.Stream.of(SparqlService.CURATE_PATH)).toList()));
            fb.addFilter("/*", new HeadAsGet());
            fb.addFilter(SparqlService.PATH, new ServiceDescription(app.services()));
            if (admin) {
                Javalin curate = CurateApp.create(app.services(), new DraftFolder(layout.seeds()));
                fb.addServlet(SparqlService.CURATE_PATH + "/*", new io.javalin.http.servlet.JavalinServlet(curate.unsafe));
            }
            fb.addServlet("/*", new io.javalin.http.servlet.JavalinServlet(javalin.unsafe));
            FusekiServer fuseki = fb.build();
            Server jetty = fuseki.getJettyServer();
            ApiErrors errors = new ApiErrors();
            jetty.setErrorHandler(errors);
            if (jetty.getHandler() instanceof ContextHandler context) context.setErrorHandler(errors);
            jetty.setHandler(RequestLimits.around(jetty.getHandler(), maxRequestBytes));
            for (Connector c : jetty.getConnectors()) {
                if (c instanceof ServerConnector sc) sc.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
                HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
                if (http != null) {
                    http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER_BYTES);
                }
            }
            return new NormgraphServer(fuseki, app);
        }
    }
}
