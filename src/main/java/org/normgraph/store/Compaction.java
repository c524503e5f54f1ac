package org.normgraph.store;

import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * Compacts a TDB2 store: TDB2 never overwrites in place, so every load (and every load killed
 * half-way) leaves old blocks behind. Compaction copies what is live into a new generation
 * ({@code Data-000N}) and deletes the old one. Needs no transaction to be open on the store.
 *
 * <pre>{@code Compaction c = Compaction.run(dsg);  // c.bytesBefore() > c.bytesAfter()}</pre>
 */
public record Compaction(Path dir, long bytesBefore, long bytesAfter) {

    /** Compacts a TDB2 store in place; the data it holds is the same after. */
    public static Compaction run(DatasetGraph dsg) {
        Path dir = Path.of(DatabaseMgr.location(dsg).getDirectoryPath());
        long before = StoreSize.bytes(dir);
        DatabaseMgr.compact(dsg, true);
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new Compaction(dir, before, StoreSize.bytes(dir));
    }

    @Override
    public String toString() {
        return "compacted " + dir + ": " + StoreSize.format(bytesBefore) + " -> " + StoreSize.format(bytesAfter);
    }
}
