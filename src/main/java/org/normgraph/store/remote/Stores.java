package org.normgraph.store.remote;

import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.normgraph.problems.InputException;
import org.normgraph.store.Store;
import org.normgraph.store.StoreSpec;

/**
 * Opens the store a command names: the embedded TDB2 store in its folder, or normgraph's current
 * load in an external SPARQL store, checked to answer (an unreachable store or refused credentials
 * fail here, naming the URL).
 *
 * <pre>{@code DatasetGraph dsg = Stores.openExisting(StoreSpec.parse(store, db, updateUrl, System.getenv()));}</pre>
 */
public final class Stores {
    private Stores() {}

    /** The store, which may hold nothing yet. */
    public static DatasetGraph open(StoreSpec spec) {
        return spec.isRemote() ? connect(spec) : Store.open(spec.dir());
    }

    /** The store, which must hold a load (else the message says to run {@code normgraph load}). */
    public static DatasetGraph openExisting(StoreSpec spec) {
        if (!spec.isRemote()) return Store.openExisting(spec.dir());
        RemoteDataset ds = connect(spec);
        if (!ds.hasVersion()) {
            throw new InputException("the store " + spec.describe() + " holds no normgraph load yet; run `normgraph load --store sparql:"
                    + spec.describe() + " --update-url URL` first");
        }
        return ds;
    }

    public static RemoteDataset connect(StoreSpec spec) {
        try {
            return RemoteDataset.connect(new RemoteStore(spec));
        } catch (StoreUnavailableException e) {
            throw new InputException(e.getMessage());
        }
    }

    /** Where the search index of this store is kept. */
    public static Path searchFolder(StoreSpec spec) {
        return spec.isRemote() ? RemoteFolders.searchFolder(spec) : org.normgraph.store.SearchIndexes.folderOf(spec.dir());
    }
}
