package org.normgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.normgraph.problems.InputException;

/**
 * Store folders on disk: a new store built beside the old one takes its place by two renames
 * (old → {@code NAME.old}, new → {@code NAME}), then the old one is deleted; a half-built store is
 * deleted whole.
 *
 * <pre>{@code StoreFolders.replace(Path.of("data/tdb"), Path.of("data/tdb.loading"));}</pre>
 */
public final class StoreFolders {
    private StoreFolders() {}

    /** Puts {@code fresh} in the place of {@code db} (which may not exist yet) and deletes the old store. */
    public static void replace(Path db, Path fresh) {
        Path target = db.toAbsolutePath().normalize();
        Path old = target.resolveSibling(target.getFileName() + ".old");
        try {
            delete(old);
            boolean hadOld = Files.exists(target);
            if (hadOld) Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            try {
                Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (hadOld) Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                throw e;
            }
            delete(old);
        } catch (IOException e) {
            throw new InputException(target, 0, "cannot put the new store in place of the old one: " + e.getMessage());
        }
    }

    public static void delete(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }

    public static void deleteQuietly(Path dir) {
        try {
            delete(dir);
        } catch (RuntimeException e) {
            // the failure that led here is what the user needs to see
        }
    }
}
