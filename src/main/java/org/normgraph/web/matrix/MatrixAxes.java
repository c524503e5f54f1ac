package org.normgraph.web.matrix;

import io.javalin.http.Context;
import java.util.List;
import org.normgraph.web.GraphQueries;
import org.normgraph.web.Paging;

/**
 * The page of each axis of the matrix the request asks for: the most active actors
 * ({@code apage}, {@code asize}: {@value #ACTORS} a page, up to {@value #MAX_ACTORS}) and norms and
 * instruments ({@code npage}, {@code nsize}: {@value #NORMS} a page, up to {@value #MAX_NORMS}),
 * each ranked by its number of positions under the filters, with totals and links to the
 * neighbouring pages. A page or size out of range is a 400 naming the allowed range.
 *
 * <pre>{@code MatrixAxes axes = MatrixAxes.of(ctx, filters, queries);   // ?apage=2&nsize=10
 * axes.actorPaging().nextUrl()   // "/matrix?nsize=10&apage=3"}</pre>
 */
public record MatrixAxes(List<Matrix.Axis> actors, Paging actorPaging, List<Matrix.Axis> norms, Paging normPaging) {
    public static final int ACTORS = 30, MAX_ACTORS = 200, NORMS = 20, MAX_NORMS = 100;

    public static MatrixAxes of(Context ctx, MatrixFilters filters, GraphQueries q) {
        int asize = Paging.number(ctx, "asize", ACTORS, MAX_ACTORS), nsize = Paging.number(ctx, "nsize", NORMS, MAX_NORMS);
        GraphQueries.Slice actors = filters.axis(q, "actor", (requested(ctx, "apage") - 1) * asize, asize);
        GraphQueries.Slice norms = filters.axis(q, "about", (requested(ctx, "npage") - 1) * nsize, nsize);
        return new MatrixAxes(axes(actors, "itemClass"), Paging.of(ctx, actors.total(), "apage", "asize", ACTORS, MAX_ACTORS),
                axes(norms, ""), Paging.of(ctx, norms.total(), "npage", "nsize", NORMS, MAX_NORMS));
    }

    /** The page number asked for if it is a plausible one (else 1: {@link Paging#of} then refuses it with the allowed range). */
    private static int requested(Context ctx, String param) {
        try {
            int n = Integer.parseInt(ctx.queryParamAsClass(param, String.class).getOrDefault("1").strip());
            return n >= 1 && n <= 1_000_000 ? n : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static List<Matrix.Axis> axes(GraphQueries.Slice slice, String typeVar) {
        return slice.rows().stream().map(r -> new Matrix.Axis(r, "item", typeVar, Integer.parseInt(r.str("n")))).toList();
    }
}
