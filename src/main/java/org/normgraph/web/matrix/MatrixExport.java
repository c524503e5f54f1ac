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
import org.normgraph.web.Row;

/**
 * Downloads of the filtered matrix: a CSV grid (one row per actor, one column per norm or
 * instrument, cells like "Supports (2)") headed by a citation line, and the underlying positions
 * as SPARQL 1.1 JSON results. Both hold exactly what the page shows for the same filters.
 */
final class MatrixExport {
    static final List<String> VARS = List.of("pos", "actor", "actor_en", "actor_zh", "actorClass", "about", "about_en",
            "about_zh", "stance", "event", "date", "speaker", "ev", "exact");

    private MatrixExport() {}

    static void csv(Context ctx, List<Row> positions, String sort, Citation cite) {
        if (positions.isEmpty()) throw new HttpProblem(404, "error.emptyView");
        Matrix m = Matrix.of(positions, sort);
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(cite.text().replace('\n', ' ')).append("\r\n");
        List<String> header = new ArrayList<>(List.of("actor", "actor (zh)", "actor type"));
        m.topics().forEach(t -> header.add(t.label("about", "en")));
        sb.append(header.stream().map(MatrixExport::field).collect(Collectors.joining(","))).append("\r\n");
        for (Row a : m.actors()) {
            List<String> line = new ArrayList<>(List.of(a.label("actor", "en"), a.label("actor", "zh"), a.label("actorClass", "en")));
            for (Row t : m.topics()) {
                Matrix.Cell c = m.cell(a.str("actor"), t.str("about"));
                line.add(c == null ? "" : String.join("; ", c.stances()) + " (" + c.quotes() + ")");
            }
            sb.append(line.stream().map(MatrixExport::field).collect(Collectors.joining(","))).append("\r\n");
        }
        ctx.header("Content-Disposition", "attachment; filename=\"normgraph-matrix-" + cite.version() + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(sb.toString());
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

    private static String field(String s) {
        String v = s == null ? "" : s;
        if (v.startsWith("=") || v.startsWith("+") || v.startsWith("-") || v.startsWith("@")) v = "'" + v;
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
