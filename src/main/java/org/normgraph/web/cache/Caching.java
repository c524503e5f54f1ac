package org.normgraph.web.cache;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.normgraph.web.Lang;

/**
 * Pages computed once per dataset version. Every GET answer of the web application (pages, API,
 * CSV and network downloads, linked data) gets an ETag made of the dataset version, the server
 * process and the representation (scheme, host, URL, language, {@code Accept}) and {@code Cache-Control: no-cache}, so
 * clients revalidate and get {@code 304 Not Modified} until the data changes; a 200 answer is kept
 * in a {@link PageCache} and replayed for the same key. A load or an authenticated update stamps a
 * new version, which changes every key and every ETag at once. The SPARQL endpoint, static files
 * and whole-dataset dumps are left alone.
 *
 * <pre>{@code new Caching(new PageCache(64 << 20), () -> currentVersion).register(routes);}</pre>
 */
public final class Caching {
    private static final String KEY = "normgraph.cache.key";
    private static final String LEAD = "normgraph.cache.lead";
    /** How long a request waits for another computing the same answer (beyond the page queries' timeout). */
    static final long WAIT_SECONDS = 25;
    private static final List<String> LEFT_ALONE = List.of("/sparql", "/static/", "/webjars/", "/dump");
    private static final List<String> KEPT_HEADERS = List.of("Content-Disposition", "X-Dataset-Version", "Link", "Vary");
    static final String VARY = "Accept, Accept-Language, Cookie";

    /** Differs for every server process, so new templates or code behind the same data give new ETags. */
    private static final String PROCESS = Long.toString(System.nanoTime() ^ ProcessHandle.current().pid(), 36);

    private final PageCache cache;
    private final Supplier<String> version;

    public Caching(PageCache cache, Supplier<String> version) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.version = Objects.requireNonNull(version, "version");
    }

    public void register(RoutesConfig routes) {
        routes.before(this::before);
        routes.after(this::after);
    }

    private void before(Context ctx) {
        if (!"GET".equals(ctx.method().name()) || LEFT_ALONE.stream().anyMatch(p -> ctx.path().startsWith(p))) return;
        String lang;
        try {
            lang = Lang.of(ctx);
        } catch (RuntimeException e) {
            return;   // the handler answers the bad parameter
        }
        String v = version.get();
        if (v == null) return;
        String representation = PROCESS + "|" + lang + "|" + accept(ctx.header("Accept")) + "|" + ctx.scheme()
                + "://" + ctx.host() + "|" + ctx.path()
                + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
        String etag = "\"" + v + "-" + hash(representation) + "\"";
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", "no-cache");
        ctx.header("Vary", VARY);
        if (matches(ctx.header("If-None-Match"), etag)) {
            ctx.status(304);
            ctx.skipRemainingHandlers();
            return;
        }
        String key = v + "|" + representation;
        PageCache.Entry hit = cache.get(key);
        if (hit != null) {
            replay(ctx, hit, "hit");
            return;
        }
        CompletableFuture<PageCache.Entry> mine = new CompletableFuture<>();
        CompletableFuture<PageCache.Entry> other = cache.lead(key, mine);
        if (other != null) {
            PageCache.Entry shared = cache.await(key, other, WAIT_SECONDS);
            if (shared != null) {
                replay(ctx, shared, "shared");
                return;
            }
        } else {
            ctx.attribute(LEAD, mine);
        }
        ctx.attribute(KEY, key);
    }

    private static void replay(Context ctx, PageCache.Entry e, String how) {
        ctx.status(e.status());
        if (e.contentType() != null) ctx.contentType(e.contentType());
        e.headers().forEach(ctx::header);
        ctx.header("X-Cache", how);
        ctx.result(e.body());
        ctx.skipRemainingHandlers();
    }

    /** No Accept header means any type (RFC 9110), so both share one cached answer. */
    static String accept(String header) {
        return header == null || header.isBlank() ? "*/*" : header.strip();
    }

    private void after(Context ctx) {
        String key = ctx.attribute(KEY);
        if (key == null) return;
        CompletableFuture<PageCache.Entry> mine = ctx.attribute(LEAD);
        PageCache.Entry answer = null;
        try {
            answer = keep(ctx, key);
        } finally {
            if (mine != null) cache.finish(key, mine, answer);
        }
    }

    private PageCache.Entry keep(Context ctx, String key) {
        if (ctx.status().getCode() != 200) {
            ctx.removeHeader("ETag");
            return null;
        }
        InputStream in = ctx.resultInputStream();
        if (in == null) return null;
        byte[] body;
        try {
            body = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.result(body);
        if (!VARY.equals(ctx.res().getHeader("Vary"))) ctx.header("Vary", VARY);
        Map<String, String> kept = new LinkedHashMap<>();
        for (String h : KEPT_HEADERS) {
            String value = ctx.res().getHeader(h);
            if (value != null) kept.put(h, value);
        }
        ctx.header("X-Cache", "miss");
        PageCache.Entry entry = new PageCache.Entry(200, ctx.res().getContentType(), kept, body);
        cache.put(key, entry);
        return entry;
    }

    /** True if an If-None-Match header lists this ETag; weak and strong forms compare equal. */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) return false;
        for (String t : ifNoneMatch.split(",")) {
            String tag = t.strip();
            if (tag.startsWith("W/")) tag = tag.substring(2);
            if (tag.equals(etag)) return true;
        }
        return false;
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
