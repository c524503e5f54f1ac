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

    public static SearchIndex open(Path folder, String key, Supplier<? extends Iterable<SearchEntity>> corpus) {
        checkKey(key);
        Path dir = folder.resolve(name(key));
        try {
            if (!Files.isDirectory(dir)) publish(folder, key, prepare(folder, key, corpus));
            return SearchIndex.open(FSDirectory.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("search index in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the index of {@code corpus} into a new temporary folder inside {@code folder}, which no
     * start opens until {@link #publish} puts it in place ({@link #discard} deletes it instead): a load
     * builds the index of the new store while it checks it, and publishes it once the store is in place.
     */
    public static Path prepare(Path folder, String key, Supplier<? extends Iterable<SearchEntity>> corpus) {
        checkKey(key);
        try {
            Files.createDirectories(folder);
            Path tmp = Files.createTempDirectory(folder, name(key) + ".tmp");
            try (FSDirectory d = FSDirectory.open(tmp)) {
                SearchIndex.write(corpus.get(), d);
            } catch (IOException | RuntimeException | Error e) {
                discard(tmp);
                throw e;
            }
            return tmp;
        } catch (IOException e) {
            throw new UncheckedIOException("search index in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Puts an index {@link #prepare} wrote in place for {@code key} and deletes the folders of other keys. */
    public static void publish(Path folder, String key, Path prepared) {
        checkKey(key);
        Path dir = folder.resolve(name(key));
        try {
            if (Files.isDirectory(dir)) deleteTree(dir);
            Files.move(prepared, dir, StandardCopyOption.ATOMIC_MOVE);
            deleteOthers(folder, name(key));
        } catch (IOException e) {
            throw new UncheckedIOException("search index in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Deletes an index {@link #prepare} wrote that will not be published. */
    public static void discard(Path prepared) {
        try {
            if (prepared != null && Files.exists(prepared)) deleteTree(prepared);
        } catch (IOException e) {
            // best effort: a leftover temporary folder is deleted by the next publish
        }
    }

    private static String name(String key) { return FORMAT + "-" + key; }

    private static void checkKey(String key) {
        if (!key.matches("[A-Za-z0-9._-]{1,100}")) throw new IllegalArgumentException("bad index key " + key);
    }

    private static void deleteOthers(Path folder, String name) throws IOException {
        try (Stream<Path> dirs = Files.list(folder)) {
            for (Path d : dirs.filter(p -> !p.getFileName().toString().equals(name)).toList()) deleteTree(d);
        }
    }

    private static void deleteTree(Path d) throws IOException {
        try (Stream<Path> all = Files.walk(d)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
