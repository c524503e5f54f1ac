package org.normgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.normgraph.problems.InputException;

/**
 * The embedded TDB2 store: opens (or creates) a store folder, refusing a folder that holds
 * something else or a store another process has locked, and makes the union of all named graphs
 * the default graph that queries see.
 *
 * <pre>{@code DatasetGraph dsg = Store.open(Path.of("data/tdb"));}</pre>
 */
public final class Store {
    public static final Path DEFAULT = Path.of("data", "tdb");

    private Store() {}

    public static DatasetGraph open(Path dir) {
        check(dir);
        DatasetGraph dsg;
        try {
            dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir));
        } catch (RuntimeException e) {
            if (DiskSpace.ranOut(e, dir)) throw e;   // the CLI says so in one line
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("lock")) {
                throw new InputException(dir, 0, "the store is in use by another process (" + msg.strip()
                        + "); stop it, or use another --db");
            }
            throw new InputException(dir, 0, "cannot open the store: " + msg);
        }
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dsg;
    }

    /** Opens a store that must already hold data, for commands that only read. */
    public static DatasetGraph openExisting(Path dir) {
        if (!Files.isDirectory(dir) || !looksLikeStore(dir)) {
            throw new InputException(dir, 0, "no store here; run `normgraph load` first (or give --db)");
        }
        return open(dir);
    }

    /** True if the store holds no quad at all; reads one quad at most. */
    public static boolean isEmpty(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> !dsg.find().hasNext());
    }

    public static long size(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            var it = dsg.find();
            while (it.hasNext()) { it.next(); n++; }
            return n;
        });
    }

    private static void check(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InputException(dir, 0, "--db must be a folder, but this is a file");
        }
        if (Files.isDirectory(dir) && !isEmpty(dir) && !looksLikeStore(dir)) {
            throw new InputException(dir, 0, "this folder is not a normgraph store (no TDB2 data in it); "
                    + "give an empty or new folder to --db");
        }
    }

    static boolean looksLikeStore(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("Data-") || p.getFileName().toString().equals("tdb.lock"));
        } catch (IOException e) {
            throw new InputException(dir, 0, "cannot read the folder: " + e.getMessage());
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new InputException(dir, 0, "cannot read the folder: " + e.getMessage());
        }
    }
}
