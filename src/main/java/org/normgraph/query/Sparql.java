package org.normgraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SPARQL that normgraph itself runs, kept as {@code .rq} files under {@code /sparql/} on the
 * classpath. Parameters are bound at execution time, never spliced into the text.
 *
 * <pre>{@code String q = Sparql.text("count-types");}</pre>
 */
public final class Sparql {
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Sparql() {}

    public static String text(String name) {
        return CACHE.computeIfAbsent(name, n -> {
            try (InputStream in = Sparql.class.getResourceAsStream("/sparql/" + n + ".rq")) {
                if (in == null) throw new IllegalStateException("missing query resource /sparql/" + n + ".rq");
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
