package org.normgraph.store.remote;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.normgraph.store.Layout;
import org.normgraph.store.StoreSpec;

/**
 * What normgraph keeps on local disk for an external store, under {@code data/remote/}: the search
 * index of its current load (one folder per store URL) and a load's scratch store.
 *
 * <pre>{@code Path index = RemoteFolders.searchFolder(spec);   // data/remote/localhost-8890-sparql-search}</pre>
 */
public final class RemoteFolders {
    private RemoteFolders() {}

    public static Path dir() {
        return Layout.home().resolve("data").resolve("remote").toAbsolutePath().normalize();
    }

    public static Path searchFolder(StoreSpec spec) {
        String u = spec.queryUrl().getHost() + "-" + spec.queryUrl().getPort() + spec.queryUrl().getPath();
        return dir().resolve(u.replaceAll("[^A-Za-z0-9.-]+", "-").replaceAll("-+$", "") + "-search");
    }

    static Path scratch() {
        try {
            Files.createDirectories(dir());
            return Files.createTempDirectory(dir(), "load-");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot create a scratch folder for the load in " + dir() + ": " + e.getMessage(), e);
        }
    }
}
