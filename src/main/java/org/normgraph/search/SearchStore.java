package org.normgraph.search;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * server's base IRI): opened at start when it is there, else built once from the graph and written
 * whole (into a temporary folder, then renamed) so a later start opens it instead of rebuilding.
 * Folders of older keys are deleted after a new one is written.
 *
 * <pre>{@code SearchIndex index = SearchStore.open(Path.of("data/tdb-search"), "3f2a9c1d0b7e", () -> SearchCorpus.read(source));}</pre>
 */
public final class SearchStore {
    private static final String ENTITIES = "entities.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchStore() {}

    public static SearchIndex open(Path folder, String key, Supplier<List<SearchEntity>> corpus) {
        if (!key.matches("[A-Za-z0-9._-]{1,100}")) throw new IllegalArgumentException("bad index key " + key);
        Path dir = folder.resolve(key);
        try {
            if (Files.isRegularFile(dir.resolve(ENTITIES))) {
                List<SearchEntity> entities = JSON.readValue(dir.resolve(ENTITIES).toFile(), new TypeReference<List<SearchEntity>>() {});
                return SearchIndex.open(entities, FSDirectory.open(dir));
            }
            List<SearchEntity> entities = corpus.get();
            Files.createDirectories(folder);
            Path tmp = Files.createTempDirectory(folder, key + ".tmp");
            try (FSDirectory d = FSDirectory.open(tmp)) {
                SearchIndex.write(entities, d);
            }
            JSON.writeValue(tmp.resolve(ENTITIES).toFile(), entities);
            Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            deleteOthers(folder, key);
            return SearchIndex.open(entities, FSDirectory.open(dir));
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
