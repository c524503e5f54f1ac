package org.normgraph.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.lucene.store.FSDirectory;

/**
 * The search index kept on disk beside the store, one folder per key (the dataset version and the
 * server's base IRI) and index format: opened at start when it is there, else built once from the
 * graph and written whole (into a temporary folder, then renamed) so a later start opens it instead
 * of rebuilding. Folders of older keys or formats are deleted after a new one is written.
 *
 * <pre>{@code SearchIndex index = SearchStore.open(Path.of("data/tdb-search"), "3f2a9c1d0b7e", () -> SearchCorpus.read(source));}</pre>
 */
public final class SearchStore {
    /** The layout of the documents (see {@link StoredEntity}); a folder of another format is rebuilt. */
    static final String FORMAT = "f2";

    private SearchStore() {}

    public static SearchIndex open(Path folder, String key, Supplier<List<SearchEntity>> corpus) {
        if (!key.matches("[A-Za-z0-9._-]{1,100}")) throw new IllegalArgumentException("bad index key " + key);
        String name = FORMAT + "-" + key;
        Path dir = folder.resolve(name);
        try {
            if (Files.isDirectory(dir)) return SearchIndex.open(FSDirectory.open(dir));
            List<SearchEntity> entities = corpus.get();
            Files.createDirectories(folder);
            Path tmp = Files.createTempDirectory(folder, name + ".tmp");
            try (FSDirectory d = FSDirectory.open(tmp)) {
                SearchIndex.write(entities, d);
            }
            Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            deleteOthers(folder, name);
            return SearchIndex.open(FSDirectory.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("search index in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void deleteOthers(Path folder, String key) throws IOException {
        try (Stream<Path> dirs = Files.list(folder)) {
            for (Path d : dirs.filter(p -> !p.getFileName().toString().equals(key)).toList()) {
                try (Stream<Path> all = Files.walk(d)) {
                    for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
                }
            }
        }
    }
}
