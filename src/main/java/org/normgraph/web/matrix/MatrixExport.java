package org.normgraph.web.matrix;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.normgraph.web.Citation;
import org.normgraph.web.HttpProblem;
import org.normgraph.web.Messages;
import org.normgraph.web.Row;
import org.normgraph.web.csv.CsvTable;
import org.normgraph.web.csv.PositionsCsv;

/**
 * Downloads of the filtered matrix: a CSV grid (one row per actor, one column per norm or
 * instrument, cells like "supports (2)", in the page's language), the positions behind it with
 * their quotes as CSV, and as SPARQL 1.1 JSON results. All hold exactly what the page shows for
 * the same filters; the dataset version is in the file names.
 */
final class MatrixExport {
    static final List<String> VARS = List.of("pos", "actor", "actor_en", "actor_zh", "actorClass", "about", "about_en",
            "about_zh", "stance", "event", "date", "speaker", "ev", "doc", "exact");

    private MatrixExport() {}

    static void csv(Context ctx, List<Row> positions, String sort, Citation cite, String lang, Messages messages) {
        if (positions.isEmpty()) throw new HttpProblem(404, "error.emptyView");
        Matrix m = Matrix.of(positions, sort);
        String other = lang.equals("zh") ? "en" : "zh";
        List<String> header = new ArrayList<>(List.of(messages.text(lang, "csv.matrix.actorId"), messages.text(lang, "csv.matrix.actor"),
                messages.text(lang, "csv.matrix.actorOther"), messages.text(lang, "csv.matrix.actorType")));
        m.topics().forEach(t -> header.add(t.label(lang)));
        CsvTable table = new CsvTable(header);
        for (Matrix.Axis a : m.actors()) {
            List<String> line = new ArrayList<>(List.of(a.local(), a.label(lang), a.label(other), a.type(lang)));
            for (Matrix.Axis t : m.topics()) {
                Matrix.Cell c = m.cell(a.iri(), t.iri());
                line.add(c == null ? "" : c.stances().stream().map(st -> messages.text(lang, "csv.stance." + st))
                        .collect(Collectors.joining("; ")) + " (" + c.quotes() + ")");
            }
            table.row(line);
        }
        table.send(ctx, "matrix", cite.version());
    }

    /** The positions behind the view, one row per quote, with the quote, its translation and its place in the source. */
    static void positionsCsv(Context ctx, List<Row> positions, Citation cite, String lang, Messages messages) {
        if (positions.isEmpty()) throw new HttpProblem(404, "error.emptyView");
        String root = ctx.scheme() + "://" + ctx.host() + "/";
        PositionsCsv.of(positions, lang, messages, root).send(ctx, "positions", cite.version());
    }

    static void sparqlJson(Context ctx, List<Row> positions) {
        List<Binding> bindings = new ArrayList<>();
        for (Row r : positions) {
            BindingBuilder b = Binding.builder();
            for (String v : VARS) if (r.values().get(v) != null) b.add(Var.alloc(v), r.values().get(v).asNode());
            bindings.add(b.build());
        }
        RowSet rs = RowSetStream.create(VARS.stream().map(Var::alloc).toList(), bindings.iterator());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSetFormatter.outputAsJSON(out, org.apache.jena.query.ResultSet.adapt(rs));
        ctx.header("Content-Disposition", "attachment; filename=\"normgraph-matrix.srj\"");
        ctx.contentType("application/sparql-results+json; charset=utf-8").result(out.toByteArray());
    }

}
