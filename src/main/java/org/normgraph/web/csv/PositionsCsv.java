package org.normgraph.web.csv;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.normgraph.web.Messages;
import org.normgraph.web.Row;

/**
 * Positions with their evidence as one CSV row each: actor, stance, norm or instrument (ids and
 * labels), event, date, speaker, hedge, the quote in reading form, normgraph's translation, the
 * source and the quote's offsets in it, and a link to the quote in the source view. Column
 * headers are in the page's language. Rows need the columns of {@code sparql/web/matrix.rq}.
 *
 * <pre>{@code PositionsCsv.of(rows, "en", messages).send(ctx, "positions", version);}</pre>
 */
public final class PositionsCsv {
    static final List<String> COLUMNS = List.of("position", "actorId", "actor", "actorType", "stance", "aboutId", "about",
            "event", "date", "speaker", "hedged", "quote", "translation", "source", "start", "end", "link");

    private PositionsCsv() {}

    public static CsvTable of(List<Row> positions, String lang, Messages messages, String root) {
        List<String> header = new ArrayList<>();
        for (String c : COLUMNS) header.add(messages.text(lang, "csv." + c));
        CsvTable t = new CsvTable(header);
        Set<String> seen = new LinkedHashSet<>();
        for (Row r : positions) {
            if (!seen.add(r.str("pos") + " " + r.str("ev"))) continue;
            String stance = r.local("stance");
            t.row(List.of(r.local("pos"), r.local("actor"), r.label("actor", lang), r.label("actorClass", lang),
                    messages.text(lang, "csv.stance." + stance), r.local("about"), r.label("about", lang),
                    r.has("event") ? r.label("event", lang) : "", nz(r.str("date")), r.has("speaker") ? r.label("speaker", lang) : "",
                    r.isTrue("hedged") ? messages.text(lang, "csv.yes") : "", nz(r.display("exact")), nz(r.str("translation")),
                    r.local("doc"), nz(r.str("start")), nz(r.str("end")), root + r.path("doc").substring(1) + "#ev-" + r.local("ev")));
        }
        return t;
    }

    private static String nz(String s) { return s == null ? "" : s; }
}
