package org.normgraph.web.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.normgraph.web.GraphQueries;
import org.normgraph.web.Row;

/**
 * Gives the quotes in a question's answer what quotes have everywhere else: the words around
 * them (reading form) and normgraph's translation into the page's language, looked up by the
 * evidence each quote cell links to ({@code sparql/web/evidence-context.rq}).
 *
 * <pre>{@code ResultTable withContext = QuoteContexts.add(table, queries, "en");}</pre>
 */
final class QuoteContexts {
    private QuoteContexts() {}

    static ResultTable add(ResultTable table, GraphQueries queries, String lang) {
        List<List<ResultTable.Cell>> rows = new ArrayList<>();
        for (List<ResultTable.Cell> row : table.rows()) {
            List<ResultTable.Cell> out = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                ResultTable.Cell cell = row.get(c);
                boolean quote = ResultTable.QUOTES.contains(table.columns().get(c)) && cell.href() != null
                        && cell.href().startsWith("/id/evidence/");
                out.add(quote ? withContext(cell, queries, lang) : cell);
            }
            rows.add(out);
        }
        return new ResultTable(table.columns(), table.headers(), rows, table.truncated());
    }

    private static ResultTable.Cell withContext(ResultTable.Cell cell, GraphQueries queries, String lang) {
        String ev = queries.paths().iri(cell.href());
        List<Row> found = queries.select("evidence-context", Map.of("ev", NodeFactory.createURI(ev)));
        if (found.isEmpty()) return cell;
        Row r = found.getFirst();
        String translation = r.has("translation") && lang.equals(r.lang("translation")) ? r.str("translation") : null;
        return cell.withContext(r.display("prefix"), r.display("suffix"), translation);
    }
}
