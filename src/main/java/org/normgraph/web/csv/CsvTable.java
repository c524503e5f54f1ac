package org.normgraph.web.csv;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV download that spreadsheets open cleanly: UTF-8 with a byte-order mark (so Excel reads
 * Chinese correctly), RFC 4180 quoting, CRLF line ends, a header row and nothing else — the
 * dataset version goes into the file name and an {@code X-Dataset-Version} header, not into the
 * rows. Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
 *
 * <pre>{@code new CsvTable(List.of("actor", "stance")).row(List.of("China", "Supports")).send(ctx, "positions", version);}</pre>
 */
public final class CsvTable {
    private static final String BOM = "\uFEFF";
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public CsvTable(List<String> header) {
        this.header = List.copyOf(header);
    }

    public CsvTable row(List<String> cells) {
        if (cells.size() != header.size()) throw new IllegalArgumentException("a row of " + cells.size() + " cells for " + header.size() + " columns");
        rows.add(new ArrayList<>(cells));
        return this;
    }

    public boolean isEmpty() { return rows.isEmpty(); }

    public String text() {
        StringBuilder sb = new StringBuilder(BOM);
        line(sb, header);
        rows.forEach(r -> line(sb, r));
        return sb.toString();
    }

    /** Sends the table as an attachment named {@code normgraph-NAME-VERSION.csv}. */
    public void send(Context ctx, String name, String version) {
        ctx.header("Content-Disposition", "attachment; filename=\"normgraph-" + name + "-" + version + ".csv\"");
        ctx.header("X-Dataset-Version", version);
        ctx.contentType("text/csv; charset=utf-8").result(text().getBytes(StandardCharsets.UTF_8));
    }

    private static void line(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append(field(cells.get(i)));
        }
        sb.append("\r\n");
    }

    static String field(String s) {
        String v = s == null ? "" : s;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) v = "'" + v;
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
