package org.normgraph.web;

import io.javalin.http.Context;
import java.util.List;

/**
 * One page of a long list: {@code ?page=} (from 1) and {@code ?size=} (1 to {@link #MAX_SIZE},
 * default {@link #DEFAULT_SIZE}) read from the request, the slice of a list in its stable order,
 * the total, and links to the previous and next pages with every other parameter kept.
 *
 * <pre>{@code Paging p = Paging.of(ctx, rows.size());   // 400 for page=0 or size=5000
 * p.slice(rows)   // rows 101–200 for ?page=2
 * p.nextUrl()     // "/list/actors?type=State&page=3", or null on the last page}</pre>
 */
public record Paging(int page, int size, int total, String base) {
    public static final int DEFAULT_SIZE = 100, MAX_SIZE = 500;

    public Paging {
        if (size < 1 || size > MAX_SIZE) throw new IllegalArgumentException("size out of range: " + size);
        if (page < 1 || total < 0) throw new IllegalArgumentException("page and total out of range");
    }

    /** The page the request asks for, over {@code total} items; a 400 naming the allowed range for a bad value. */
    public static Paging of(Context ctx, int total) {
        int size = number(ctx, "size", DEFAULT_SIZE, MAX_SIZE);
        int pages = Math.max(1, (total + size - 1) / size);
        int page = number(ctx, "page", 1, pages);
        StringBuilder base = new StringBuilder(ctx.path()).append('?');
        ctx.queryParamMap().forEach((k, vs) -> {
            if (!k.equals("page")) for (String v : vs) base.append(Pages.enc(k)).append('=').append(Pages.enc(v)).append('&');
        });
        return new Paging(page, size, total, base.toString());
    }

    private static int number(Context ctx, String name, int fallback, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) return fallback;
        try {
            int n = Integer.parseInt(raw.strip());
            if (n >= 1 && n <= max) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new HttpProblem(400, "error.badPage", name, max, raw.length() > 20 ? raw.substring(0, 20) : raw);
    }

    public <T> List<T> slice(List<T> all) {
        int from = Math.min(all.size(), (page - 1) * size);
        return all.subList(from, Math.min(all.size(), from + size));
    }

    public int pages() { return Math.max(1, (total + size - 1) / size); }

    public int first() { return total == 0 ? 0 : (page - 1) * size + 1; }

    public int last() { return Math.min(total, page * size); }

    public String prevUrl() { return page > 1 ? base + "page=" + (page - 1) : null; }

    public String nextUrl() { return page < pages() ? base + "page=" + (page + 1) : null; }
}
