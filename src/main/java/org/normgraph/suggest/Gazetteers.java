package org.normgraph.suggest;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.normgraph.problems.InputException;
import org.normgraph.store.Store;

/**
 * Chooses the gazetteer for {@code normgraph suggest}: the store's, when a store with entities is
 * there; else the claims files in {@code seeds/}. A store in use by another process is an error that
 * says so (stop the server or give another --db).
 *
 * <pre>{@code Gazetteers.Chosen g = Gazetteers.choose(Path.of("data/tdb"), Path.of("seeds"));}</pre>
 */
public final class Gazetteers {
    /** A gazetteer and where it came from ("store DIR" or "seeds DIR"). */
    public record Chosen(Gazetteer gazetteer, String from) {}

    private Gazetteers() {}

    public static Chosen choose(Path db, Path seeds) {
        if (Files.isDirectory(db) && hasFiles(db)) {
            DatasetGraph dsg = Store.openExisting(db);
            Gazetteer g = StoreGazetteer.of(dsg);
            if (!g.isEmpty()) return new Chosen(g, "store " + db);
        }
        Gazetteer g = ClaimsGazetteer.of(SeedClaims.read(seeds));
        if (g.isEmpty()) throw new InputException(seeds, 0, "no known entities: neither the store nor seeds/ has any");
        return new Chosen(g, "seeds " + seeds);
    }

    private static boolean hasFiles(Path dir) {
        try (var s = Files.list(dir)) {
            return s.findAny().isPresent();
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
