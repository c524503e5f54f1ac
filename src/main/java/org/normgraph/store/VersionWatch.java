package org.normgraph.store;

import java.util.Objects;
import java.util.function.Supplier;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The dataset version stamp, kept in memory and read again from the store only after a write
 * transaction: a request asks it for the version without touching the store, so an answer from the
 * page cache costs no query. On a TDB2 store, a write is seen through the transaction coordinator's
 * count of write transactions (and a new coordinator after compaction); any other store is asked
 * every time.
 *
 * <pre>{@code VersionWatch watch = new VersionWatch(dsg, () -> lookUpStamp(dsg));
 * watch.current().version()   // "a1b2c3d4e5f6", or null for an unversioned store}</pre>
 */
public final class VersionWatch {
    /** The version and its load time (an ISO timestamp, "" if unknown); both null-free except version. */
    public record Stamp(String version, String loaded) {
        public static final Stamp NONE = new Stamp(null, "");

        public Stamp {
            loaded = Objects.requireNonNullElse(loaded, "");
        }
    }

    private record Seen(TransactionCoordinator coordinator, long writes, Stamp stamp) {}

    private record Token(Object token, Stamp stamp) {}

    private final DatasetGraph dsg;
    private final Supplier<Stamp> lookup;
    private final boolean tdb2;
    private final Supplier<?> token;
    private volatile Seen seen;
    private volatile Token seenToken;

    public VersionWatch(DatasetGraph dsg, Supplier<Stamp> lookup) {
        this(dsg, lookup, null);
    }

    /**
     * A watch over a store that says cheaply when it changed: {@code token} (e.g. an external store's
     * current load) is asked each time, the stamp looked up again only when the token differs.
     */
    public VersionWatch(DatasetGraph dsg, Supplier<Stamp> lookup, Supplier<?> token) {
        this.dsg = Objects.requireNonNull(dsg, "dsg");
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.tdb2 = DatabaseMgr.isTDB2(dsg);
        this.token = token;
    }

    /** The stamp of the data a read transaction begun now would see. */
    public Stamp current() {
        if (token != null) {
            Object now = token.get();
            Token t = seenToken;
            if (t != null && t.token().equals(now)) return t.stamp();
            Stamp stamp = lookup.get();
            seenToken = new Token(now, stamp);
            return stamp;
        }
        if (!tdb2) return lookup.get();
        TransactionCoordinator c = TDBInternal.getTransactionCoordinator(dsg);
        long writes = c.countBeginWrite();
        boolean quiet = c.countActiveWriter() == 0;   // then every write counted in `writes` has ended
        Seen s = seen;
        if (quiet && s != null && s.coordinator() == c && s.writes() == writes) return s.stamp();
        Stamp stamp = lookup.get();
        // Kept only if every counted write had ended and none began meanwhile: else the next request looks again.
        if (quiet && c.countBeginWrite() == writes && TDBInternal.getTransactionCoordinator(dsg) == c) {
            seen = new Seen(c, writes, stamp);
        }
        return stamp;
    }
}
