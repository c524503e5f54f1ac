package org.normgraph.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.normgraph.store.Layout;
import org.normgraph.store.Loader;
import org.normgraph.store.SearchIndexes;
import org.normgraph.store.Store;
import org.normgraph.store.StoreSpec;
import org.normgraph.store.remote.RemoteDataset;
import org.normgraph.store.remote.RemoteLoad;
import org.normgraph.store.remote.Stores;
import org.normgraph.web.NormgraphServer;
import org.normgraph.ontology.Iris;
import org.normgraph.problems.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code normgraph serve}: pages, linked data, JSON API and SPARQL on one port. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the graph: pages, linked data, JSON API and the SPARQL endpoint (/sparql), on one port.",
                "On first start with an empty store, the seeds are loaded first.",
                "Set NORMGRAPH_ADMIN_PASSWORD to enable SPARQL Update and Graph Store writes for user 'admin' (HTTP Basic)."})
final class ServeCommand implements Callable<Integer> {
    @Mixin StoreOption store;

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 3030;

    @Option(names = "--base", paramLabel = "IRI", description = "The base IRI of the data (default: ${DEFAULT-VALUE}).")
    String base = org.normgraph.ontology.Iris.BASE;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "SPARQL query timeout (default: ${DEFAULT-VALUE}).")
    int timeout = 30;

    @Option(names = "--max-results", paramLabel = "N", description = "Most rows or triples one /sparql answer may hold; larger answers are refused with a 400 that suggests LIMIT/OFFSET (default: ${DEFAULT-VALUE}).")
    long maxResults = 100_000;

    @Spec CommandSpec spec;

    /** An external store's current load; the seeds are loaded first into a store that has none, if it can be written. */
    private static DatasetGraph remote(StoreSpec spec, Layout layout) {
        RemoteDataset ds = Stores.connect(spec);
        if (!ds.hasVersion()) {
            if (!ds.store().canWrite()) {
                throw new InputException("the store " + spec.describe() + " holds no normgraph load; give --update-url to load "
                        + layout.seeds() + " into it first, or run `normgraph load --store ...`");
            }
            System.err.println("the store " + spec.describe() + " holds no normgraph load: loading " + layout.seeds() + " first");
            new RemoteLoad(layout, System.err).into(ds).print(System.err);
        }
        return ds;
    }

    /** Writes through the server (SPARQL Update, curation) go to the embedded store only. */
    private static String adminPassword(StoreSpec spec) {
        String p = System.getenv("NORMGRAPH_ADMIN_PASSWORD");
        if (p != null && !p.isEmpty() && spec.isRemote()) {
            System.err.println("NORMGRAPH_ADMIN_PASSWORD is ignored over an external store: its data is written only by `normgraph load`");
            return null;
        }
        return p;
    }

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        if (timeout < 1) throw new ParameterException(spec.commandLine(), "--timeout must be at least 1 second");
        if (maxResults < 1) throw new ParameterException(spec.commandLine(), "--max-results must be at least 1, not " + maxResults);
        if (!base.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
            throw new ParameterException(spec.commandLine(), "--base must be an http(s) IRI such as " + Iris.BASE + ", not " + base);
        }
        long t0 = System.nanoTime();
        Layout layout = Layout.fromEnvironment();
        StoreSpec where = store.spec();
        DatasetGraph dsg = where.isRemote() ? remote(where, layout) : Store.open(where.dir());
        if (where.isRemote()) {
            // loaded above if need be; statistics come with every load
        } else if (Store.isEmpty(dsg)) {
            PrintStream err = System.err;
            err.println("the store is empty: loading " + layout.seeds() + " first");
            new Loader(layout, err).load(dsg).print(err);
        } else if (org.normgraph.store.Statistics.ensure(dsg)) {
            System.err.println("counted the statistics of a store written without them");
        }
        NormgraphServer server = NormgraphServer.create().dataset(dsg).port(port).base(base).timeoutSeconds(timeout).maxResults(maxResults)
                .adminPassword(adminPassword(where)).layout(layout)
                .searchDir(Stores.searchFolder(where)).build();
        try {
            server.start();
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("Failed to bind")) {
                throw new InputException("port " + port + " is already in use; stop what runs there or choose another with --port");
            }
            throw e;
        }
        System.out.printf("normgraph is serving %s (SPARQL: %ssparql) after %.1f s%n", server.url(), server.url(),
                (System.nanoTime() - t0) / 1e9);
        System.out.flush();
        server.join();
        return 0;
    }
}
