package org.normgraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SPARQL that normgraph itself runs, kept as {@code .rq} files under {@code /sparql/} on the
 * classpath (updates as {@code .ru}). Parameters are bound at execution time, never spliced into the text.
 *
 * <pre>{@code String q = Sparql.text("count-types");}</pre>
 */
public final class Sparql {
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Sparql() {}

    public static String text(String name) {
        return read(name + ".rq");
    }

    /** A SPARQL Update kept as {@code /sparql/NAME.ru}. */
    public static String update(String name) {
        return read(name + ".ru");
    }

    private static String read(String file) {
        return CACHE.computeIfAbsent(file, n -> {
            try (InputStream in = Sparql.class.getResourceAsStream("/sparql/" + n)) {
                if (in == null) throw new IllegalStateException("missing query resource /sparql/" + n);
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
