package org.normgraph.web;

/**
 * What the features share, built once: queries over the dataset, the IRI/path mapping, the
 * templates and the interface text.
 */
public final class Services {
    private final WebApp.Config config;
    private final Paths paths;
    private final GraphQueries queries;
    private final Pages pages;
    private final Messages messages = new Messages();

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
}
