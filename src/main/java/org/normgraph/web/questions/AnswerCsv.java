package org.normgraph.web.questions;

import java.util.ArrayList;
import java.util.List;
import org.normgraph.web.csv.CsvTable;

/**
 * A question's answer as CSV: the page's columns with their headers in the page's language, and
 * beside every column of graph entities a column of their ids.
 *
 * <pre>{@code AnswerCsv.of(table).send(ctx, "question-contested-norms", version);}</pre>
 */
final class AnswerCsv {
    private AnswerCsv() {}

    static CsvTable of(ResultTable table) {
        List<Integer> withIds = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            int col = c;
            if (table.rows().stream().anyMatch(r -> r.get(col).id() != null)) withIds.add(c);
        }
        List<String> header = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            header.add(table.headers().get(c));
            if (withIds.contains(c)) header.add(table.headers().get(c) + " (id)");
        }
        CsvTable csv = new CsvTable(header);
        for (List<ResultTable.Cell> row : table.rows()) {
            List<String> line = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                line.add(row.get(c).text());
                if (withIds.contains(c)) line.add(row.get(c).id() == null ? "" : row.get(c).id());
            }
            csv.row(line);
        }
        return csv;
    }
}
