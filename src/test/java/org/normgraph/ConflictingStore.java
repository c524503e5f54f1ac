package org.normgraph;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.normgraph.store.Layout;
import org.normgraph.store.Loader;
import org.normgraph.store.Store;

/**
 * The real sources plus {@code fixtures/conflicting-account.ttl} (an account that contradicts the
 * paper on purpose), loaded once per test JVM into a real TDB2 store, for the consistency report.
 */
public final class ConflictingStore {
    private static DatasetGraph dsg;
    private static Path dir;
    private static Layout layout;

    private ConflictingStore() {}

    public static synchronized DatasetGraph get() {
        if (dsg == null) {
            try {
                dir = Files.createTempDirectory("normgraph-conflicting");
                layout = copyOfProject(dir.resolve("project"));
                TestLayouts.addTurtle(layout, "conflicting-account");
                dsg = Store.open(dir.resolve("tdb"));
                new Loader(layout, new PrintStream(new ByteArrayOutputStream())).load(dsg);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return dsg;
    }

    public static synchronized Path dir() {
        get();
        return dir.resolve("tdb");
    }

    public static synchronized Layout layout() {
        get();
        return layout;
    }

    /** A copy of the project's ontology, seeds and queries. */
    public static Layout copyOfProject(Path to) throws IOException {
        for (String folder : new String[] {"ontology", "seeds", "queries"}) {
            Files.createDirectories(to.resolve(folder));
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) Files.copy(f, to.resolve(folder).resolve(f.getFileName()));
            }
        }
        return Layout.of(to);
    }
}
