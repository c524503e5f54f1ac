package org.normgraph.store;

import java.nio.file.Path;

/**
 * Where normgraph finds its inputs: the seeds (source texts and claims), the ontology and shapes,
 * and the query library. By default these are the folders of the project the launcher runs from.
 *
 * <pre>{@code Layout.of(Path.of("."))  // ./seeds, ./ontology, ./queries}</pre>
 */
public record Layout(Path seeds, Path ontology, Path queries) {
    public static Layout of(Path home) {
        return new Layout(home.resolve("seeds"), home.resolve("ontology"), home.resolve("queries"));
    }

    /** The project folder given by the launcher ({@code -Dnormgraph.home}), else the working folder. */
    public static Layout fromEnvironment() {
        return of(home());
    }

    public static Path home() {
        return Path.of(System.getProperty("normgraph.home", "."));
    }
}
