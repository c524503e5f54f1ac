package org.normgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.normgraph.problems.InputException;
import org.normgraph.query.QueryRunner;
import org.normgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code normgraph query}: answer a SPARQL query (text or a .rq file) from the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a SPARQL query against the store. The default graph is the union of all graphs.",
                "Example: normgraph query queries/positions-with-evidence.rq --format csv"})
final class QueryCommand implements Callable<Integer> {
    @Mixin StoreOption store;

    @Option(names = "--format", paramLabel = "FMT",
            description = "table|csv|tsv|json|xml for SELECT/ASK (default table); ttl|jsonld|nt for CONSTRUCT/DESCRIBE (default ttl).")
    String format;

    @Parameters(paramLabel = "QUERY", description = "SPARQL text, or the path of a .rq file.")
    String query;

    @Override
    public Integer call() throws IOException {
        String text = query, origin = "query";
        if (query.endsWith(".rq") || query.endsWith(".sparql") || !query.matches("(?s).*[\\s{].*")) {
            Path p = Path.of(query);
            if (!Files.isReadable(p)) throw new InputException(p, 0, "cannot read the query file");
            text = Files.readString(p);
            origin = p.toString();
        }
        QueryRunner.parse(text, origin);
        QueryRunner.run(org.normgraph.store.remote.Stores.openExisting(store.spec()), text, format, origin, System.out);
        System.out.flush();
        return 0;
    }
}
