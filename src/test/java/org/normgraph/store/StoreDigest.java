package org.normgraph.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.jena.sparql.core.DatasetGraph;

/** A fingerprint of a store's contents (sorted N-Quads), to show that a failed load changed nothing. */
final class StoreDigest {
    private StoreDigest() {}

    static String of(DatasetGraph dsg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Dumps.write(dsg, "nq", out);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        Arrays.sort(lines);
        return lines.length + ":" + Arrays.hashCode(lines);
    }
}
