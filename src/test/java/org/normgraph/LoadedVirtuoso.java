package org.normgraph;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Map;
import org.normgraph.store.LoadReport;
import org.normgraph.store.StoreSpec;
import org.normgraph.store.remote.RemoteDataset;
import org.normgraph.store.remote.RemoteLoad;
import org.normgraph.store.remote.Stores;

/**
 * The real project loaded once per test JVM into the shared Virtuoso ({@link VirtuosoServer}) by
 * normgraph's own remote load, for tests that compare the external store with TDB2 ({@link LoadedStore}).
 */
public final class LoadedVirtuoso {
    private static RemoteDataset dataset;
    private static LoadReport report;

    private LoadedVirtuoso() {}

    public static synchronized RemoteDataset get() {
        if (dataset == null) {
            dataset = Stores.connect(spec());
            report = new RemoteLoad(TestLayouts.project(), new PrintStream(new ByteArrayOutputStream())).into(dataset);
        }
        return dataset;
    }

    public static synchronized LoadReport report() {
        get();
        return report;
    }

    /** The shared server with its query and update URLs and the test user's credentials. */
    public static StoreSpec spec() {
        VirtuosoServer v = VirtuosoServer.shared();
        return StoreSpec.parse("sparql:" + v.queryUrl(), null, v.updateUrl(),
                Map.of(StoreSpec.USER_ENV, v.user(), StoreSpec.PASSWORD_ENV, v.password()));
    }
}
