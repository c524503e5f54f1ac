package org.normgraph.web;

/**
 * What the features share, built once: queries over the dataset, the IRI/path mapping, the
 * templates, the interface text, and one background thread for the work features do ahead of
 * their first request.
 *
 * <pre>{@code services.warmUp("stance table", () -> StanceTable.of(services.queries()));}</pre>
 */
public final class Services {
    private final WebApp.Config config;
    private final Paths paths;
    private final GraphQueries queries;
    private final Pages pages;
    private final Messages messages = new Messages();
    /** At most one thread, which ends once it has been idle for a few seconds. */
    private final java.util.concurrent.ExecutorService warmUps = new java.util.concurrent.ThreadPoolExecutor(0, 1,
            5, java.util.concurrent.TimeUnit.SECONDS, new java.util.concurrent.LinkedBlockingQueue<>(),
            r -> Thread.ofPlatform().daemon().name("warm-up").unstarted(r));

    Services(WebApp.Config config) {
        this.config = config;
        this.paths = new Paths(config.base());
        this.queries = new GraphQueries(config.dataset(), paths);
        this.pages = new Pages(new Templates(), queries);
    }

    public WebApp.Config config() { return config; }
    public Paths paths() { return paths; }
    public GraphQueries queries() { return queries; }
    public Pages pages() { return pages; }
    public Messages messages() { return messages; }

    /**
     * Runs the task in the background, after the tasks asked for before it: one at a time, so that
     * on a small machine the requests that come in meanwhile still have a core. A failure is logged
     * (the request that needs the result computes it again) and the next task runs.
     */
    public void warmUp(String what, Runnable task) {
        warmUps.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(Services.class).debug("{} not read at start: {}", what, e.toString());
            }
        });
    }
}
