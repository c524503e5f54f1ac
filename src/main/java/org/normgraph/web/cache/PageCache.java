package org.normgraph.web.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Rendered answers (pages, API JSON, downloads) by dataset version, URL and representation, in a
 * cache bounded by the bytes it holds. The version is part of every key, so a load or an update
 * that stamps a new version makes every older entry unreachable at once; they age out by size.
 *
 * <pre>{@code PageCache cache = new PageCache(64 << 20);
 * cache.put(key, new PageCache.Entry(200, "text/html", Map.of(), bytes));
 * cache.get(key)   // the entry, or null}</pre>
 *
 * <p>Concurrent misses on one key are computed once: the first request {@link #lead leads}, the
 * others {@link #await wait} for its answer, so a burst of clients on a page that has just
 * expired (a new version, a new representation) costs one computation, not one per client.
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
    private final ConcurrentHashMap<String, CompletableFuture<Entry>> computing = new ConcurrentHashMap<>();

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

    /**
     * Makes {@code mine} the computation of {@code key} unless another is running: returns null
     * when the caller leads (it must {@link #finish} {@code mine}), else the running computation.
     */
    public CompletableFuture<Entry> lead(String key, CompletableFuture<Entry> mine) {
        return computing.putIfAbsent(key, mine);
    }

    /** Ends a computation this caller leads: waiters get {@code answer} (null: compute it yourselves). */
    public void finish(String key, CompletableFuture<Entry> mine, Entry answer) {
        computing.remove(key, mine);
        mine.complete(answer);
    }

    /**
     * The answer of another request's computation, or null when it failed, answered something
     * other than 200 or took longer than {@code seconds} (then it is forgotten, so the next
     * request leads a fresh one).
     */
    public Entry await(String key, CompletableFuture<Entry> other, long seconds) {
        try {
            return other.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            computing.remove(key, other);
            return null;
        } catch (ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** How many keys are being computed now. */
    int computing() { return computing.size(); }
}
