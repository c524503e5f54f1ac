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
 * store in a temporary folder, for tests that query the paper; with {@code -Dnormgraph.test.store=virtuoso}
 * (the second test run, see pom.xml) loaded instead into a real Virtuoso ({@link LoadedVirtuoso}).
 */
public final class LoadedStore {
    private static DatasetGraph dsg;
    private static LoadReport report;
    private static Path dir;

    private LoadedStore() {}

    /** The store the tests of this JVM run against: "tdb2" (default) or "virtuoso". */
    public static final String STORE = System.getProperty("normgraph.test.store", "tdb2");

    public static boolean onVirtuoso() { return STORE.equals("virtuoso"); }

    public static synchronized DatasetGraph get() {
        if (onVirtuoso()) return LoadedVirtuoso.get();
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
        if (onVirtuoso()) return LoadedVirtuoso.report();
        get();
        return report;
    }

    public static synchronized Path dir() {
        if (onVirtuoso()) throw new IllegalStateException("a test of the TDB2 store's folder does not run on Virtuoso");
        get();
        return dir.resolve("tdb");
    }
}
