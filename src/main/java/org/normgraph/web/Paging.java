package org.normgraph.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.StringJoiner;

/**
 * One page of a long list: {@code ?page=} (from 1) and {@code ?size=} (1 to {@link #MAX_SIZE},
 * default {@link #DEFAULT_SIZE}) read from the request, the slice of a list in its stable order,
 * the total, and links to the previous and next pages with every other parameter kept. A view
 * that pages two lists at once names its own parameters (the matrix: {@code apage}/{@code asize}
 * for actors, {@code npage}/{@code nsize} for norms).
 *
 * <pre>{@code Paging p = Paging.of(ctx, rows.size());   // 400 for page=0 or size=5000
 * p.slice(rows)   // rows 101–200 for ?page=2
 * p.nextUrl()     // "/list/actors?type=State&page=3", or null on the last page
 * p.link(ctx)     // sends Link: </list/actors?type=State&page=1>; rel="prev", <…page=3>; rel="next"}</pre>
 */
public record Paging(int page, int size, int total, String base, String pageParam) {
    public static final int DEFAULT_SIZE = 100, MAX_SIZE = 500;

    public Paging {
        if (size < 1) throw new IllegalArgumentException("size out of range: " + size);
        if (page < 1 || total < 0) throw new IllegalArgumentException("page and total out of range");
    }

    /** The page the request asks for, over {@code total} items; a 400 naming the allowed range for a bad value. */
    public static Paging of(Context ctx, int total) {
        return of(ctx, total, "page", "size", DEFAULT_SIZE, MAX_SIZE);
    }

    /** The same with other parameter names, default and largest size. */
    public static Paging of(Context ctx, int total, String pageParam, String sizeParam, int defaultSize, int maxSize) {
        int size = number(ctx, sizeParam, defaultSize, maxSize);
        int pages = Math.max(1, (total + size - 1) / size);
        int page = number(ctx, pageParam, 1, pages);
        StringBuilder base = new StringBuilder(ctx.path()).append('?');
        ctx.queryParamMap().forEach((k, vs) -> {
            if (!k.equals(pageParam)) for (String v : vs) base.append(Pages.enc(k)).append('=').append(Pages.enc(v)).append('&');
        });
        return new Paging(page, size, total, base.toString(), pageParam);
    }

    /** The size the request asks for ({@code fallback} if none); a 400 naming the range 1 to {@code max} otherwise. */
    public static int number(Context ctx, String name, int fallback, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) return fallback;
        try {
            int n = Integer.parseInt(raw.strip());
            if (n >= 1 && n <= max) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new HttpProblem(400, "error.badPage", name, String.valueOf(max), raw.length() > 20 ? raw.substring(0, 20) : raw);
    }

    public <T> List<T> slice(List<T> all) {
        int from = Math.min(all.size(), (page - 1) * size);
        return all.subList(from, Math.min(all.size(), from + size));
    }

    /** Where this page starts in the whole list (0 for the first page). */
    public int offset() { return (page - 1) * size; }

    public int pages() { return Math.max(1, (total + size - 1) / size); }

    public int first() { return total == 0 ? 0 : (page - 1) * size + 1; }

    public int last() { return Math.min(total, page * size); }

    public String prevUrl() { return page > 1 ? base + pageParam + "=" + (page - 1) : null; }

    public String nextUrl() { return page < pages() ? base + pageParam + "=" + (page + 1) : null; }

    /** Sends the neighbouring pages as a {@code Link} header (rel="prev", rel="next"), if there are any. */
    public void link(Context ctx) {
        StringJoiner links = new StringJoiner(", ");
        if (prevUrl() != null) links.add("<" + prevUrl() + ">; rel=\"prev\"");
        if (nextUrl() != null) links.add("<" + nextUrl() + ">; rel=\"next\"");
        if (links.length() > 0) ctx.header("Link", links.toString());
    }
}
