package org.normgraph.web;

import org.normgraph.LoadedStore;
import org.normgraph.TestLayouts;

/**
 * One real server on a free port over the paper's loaded TDB2 store, shared by the HTTP and browser
 * tests of a test run (started on first use, stopped when the JVM exits).
 *
 * <pre>{@code String url = PaperServer.shared().url();}</pre>
 */
final class PaperServer {
    private static NormgraphServer server;

    private PaperServer() {}

    static synchronized NormgraphServer shared() {
        if (server == null) {
            server = NormgraphServer.create().dataset(LoadedStore.get()).port(0).layout(TestLayouts.project()).build().start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }
}
