package org.normgraph.cli;

import java.nio.file.Path;
import org.normgraph.store.Store;
import picocli.CommandLine.Option;

/** The {@code --db DIR} option shared by the commands that use the store. */
final class DbOption {
    @Option(names = "--db", paramLabel = "DIR", description = "The TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path db = org.normgraph.store.Layout.home().resolve(Store.DEFAULT);
}
