package org.normgraph;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.normgraph.store.LoadReport;
import org.normgraph.store.Loader;
import org.normgraph.store.Store;

/**
 * The real project (ontology, paper, curated claims) loaded once per test JVM into a real TDB2
 * store in a temporary folder, for tests that query the paper.
 */
public final class LoadedStore {
    private static DatasetGraph dsg;
    private static LoadReport report;
    private static Path dir;

    private LoadedStore() {}

    public static synchronized DatasetGraph get() {
        if (dsg == null) {
            try {
                dir = Files.createTempDirectory("normgraph-test-store");
                dsg = Store.open(dir.resolve("tdb"));
                report = new Loader(TestLayouts.project(), new PrintStream(new ByteArrayOutputStream())).load(dsg);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return dsg;
    }

    public static synchronized LoadReport report() {
        get();
        return report;
    }

    public static synchronized Path dir() {
        get();
        return dir.resolve("tdb");
    }
}
