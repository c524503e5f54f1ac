package org.normgraph.cli;

import java.nio.file.Path;
import org.normgraph.store.StoreSpec;
import picocli.CommandLine.Option;

/** The {@code --store}, {@code --db} and {@code --update-url} options of the commands that read or write the graph. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "STORE",
            description = "tdb2:DIR (the embedded store; default tdb2:./data/tdb) or sparql:QUERY_URL (an external SPARQL 1.1 store; "
                    + "credentials from NORMGRAPH_STORE_USER and NORMGRAPH_STORE_PASSWORD).")
    String store;

    @Option(names = "--db", paramLabel = "DIR", description = "Short for --store tdb2:DIR.")
    Path db;

    @Option(names = "--update-url", paramLabel = "URL", description = "The SPARQL Update endpoint of a sparql: store (needed to load into it).")
    String updateUrl;

    StoreSpec spec() {
        return StoreSpec.parse(store, db, updateUrl, System.getenv());
    }
}
