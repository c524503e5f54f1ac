package org.normgraph.web.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Map;
import java.util.Objects;

/**
 * Rendered answers (pages, API JSON, downloads) by dataset version, URL and representation, in a
 * cache bounded by the bytes it holds. The version is part of every key, so a load or an update
 * that stamps a new version makes every older entry unreachable at once; they age out by size.
 *
 * <pre>{@code PageCache cache = new PageCache(64 << 20);
 * cache.put(key, new PageCache.Entry(200, "text/html", Map.of(), bytes));
 * cache.get(key)   // the entry, or null}</pre>
 */
public final class PageCache {
    /** What is replayed for a hit: status, content type, the headers that describe the body, and the body. */
    public record Entry(int status, String contentType, Map<String, String> headers, byte[] body) {
        public Entry {
            Objects.requireNonNull(body, "body");
            headers = Map.copyOf(headers);
        }
    }

    private final Cache<String, Entry> cache;
    private final long maxEntryBytes;

    /** A cache holding at most {@code maxBytes} of bodies; an answer over a sixteenth of that is not kept. */
    public PageCache(long maxBytes) {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive");
        this.maxEntryBytes = maxBytes / 16;
        this.cache = Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((String k, Entry e) -> e.body().length + k.length()).build();
    }

    public Entry get(String key) { return cache.getIfPresent(key); }

    public void put(String key, Entry e) {
        if (e.body().length <= maxEntryBytes) cache.put(key, e);
    }

    public long size() { return cache.estimatedSize(); }
}
