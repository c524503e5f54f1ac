package org.normgraph.web.matrix;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.normgraph.web.Citation;
import org.normgraph.web.Feature;
import org.normgraph.web.HttpProblem;
import org.normgraph.web.Lang;
import org.normgraph.web.Row;
import org.normgraph.web.Services;

/**
 * Who backed what ({@code /matrix}): the most active actors × norms and instruments, a page of
 * each at a time ({@link MatrixAxes}), filtered by actor type, event, stance, norm and source, sorted
 * by name, by count or clustered; the whole filtered view downloads as CSV ({@code /matrix.csv},
 * {@code /matrix/positions.csv}) and as SPARQL JSON results ({@code /matrix.srj}). The
 * {@link StanceTable} the matrix, the network and the filter forms count from is read in the
 * background as the server starts.
 */
public final class MatrixPage implements Feature {
    static final Set<String> SORTS = Set.of("cluster", "count", "name");
    private final Services services;

    public MatrixPage(Services services) {
        this.services = services;
        // read as the server starts, so that the first matrix or network page does not wait for it
        services.warmUp("stance table", () -> StanceTable.of(services.queries()));
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/matrix", this::page);
        routes.get("/matrix.csv", ctx -> MatrixExport.csv(ctx, positions(ctx), sort(ctx), Citation.of(services.queries(), ctx),
                Lang.of(ctx), services.messages()));
        routes.get("/matrix/positions.csv", ctx -> MatrixExport.positionsCsv(ctx, positions(ctx), Citation.of(services.queries(), ctx),
                Lang.of(ctx), services.messages()));
        routes.get("/matrix.srj", ctx -> MatrixExport.sparqlJson(ctx, positions(ctx)));
    }

    /** Every position the filters select: what the downloads hold. */
    List<Row> positions(Context ctx) {
        return MatrixFilters.from(ctx, services.queries()).select(services.queries());
    }

    /** The row and column order: cluster (default), count or name. */
    static String sort(Context ctx) {
        String sort = ctx.queryParamAsClass("sort", String.class).getOrDefault("cluster");
        if (!SORTS.contains(sort)) throw new HttpProblem(400, "error.unknownFilter", "sort", sort);
        return sort;
    }

    private void page(Context ctx) {
        String sort = sort(ctx);
        MatrixFilters filters = MatrixFilters.from(ctx, services.queries());
        MatrixAxes axes = MatrixAxes.of(ctx, filters, services.queries());
        Matrix matrix = Matrix.of(axes.actors(), axes.norms(), filters.cells(services.queries(), axes.actors(), axes.norms()), sort);
        axes.actorPaging().link(ctx);
        Map<String, Object> m = new HashMap<>();
        m.put("matrix", matrix);
        m.put("axes", axes);
        m.put("filters", filters);
        m.put("options", filters.shown());
        m.put("stances", MatrixFilters.STANCES);
        m.put("sort", sort);
        String qs = filters.queryString();
        m.put("downloadQuery", (qs.isEmpty() ? "?" : qs + "&") + "sort=" + sort);
        m.put("cite", Citation.of(services.queries(), ctx));
        m.put("title", "Matrix");
        services.pages().render(ctx, "matrix", m);
    }
}
