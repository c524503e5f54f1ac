package org.normgraph.web;

import java.util.List;
import java.util.Map;
import org.normgraph.search.SearchHit;

/**
 * The shapes of the JSON API, as records that Jackson writes as they are ({@code ctx.json(...)}).
 *
 * <pre>{@code {"query":"网络主权","hits":[{"iri":"https://normgraph.org/id/cyber-sovereignty","path":"/id/cyber-sovereignty",
 *   "type":"Norm","label":{"zh":"网络主权","en":"Cyber sovereignty"},"snippet":"“网络主权”","score":12.3}]}}</pre>
 */
final class ApiJson {
    private ApiJson() {}

    /** A text in both languages (either may be null). */
    record Names(String zh, String en) {
        static Names of(Row r, String var) { return new Names(r.str(var + "_zh"), r.str(var + "_en")); }
    }

    /** A resource a result points to: its IRI, local path and names. */
    record Ref(String iri, String path, Names label) {
        static Ref of(Row r, String var) { return r.has(var) ? new Ref(r.str(var), r.path(var), Names.of(r, var)) : null; }
    }

    record Hit(String iri, String path, String type, Names typeLabel, Names label, String snippet, String snippetLink,
               float score) {
        static Hit of(SearchHit h) {
            return new Hit(h.iri(), h.path(), h.type(), new Names(h.typeZh(), h.typeEn()), new Names(h.labelZh(), h.labelEn()),
                    h.snippet(), h.snippetLink(), h.score());
        }
    }

    record SearchResult(String query, int count, List<Hit> hits) {}

    /** A position in which an entity takes part; {@code role} says how (actor, about, event, speaker, self). */
    /** A quote's context and text in reading form, and normgraph's translation (never the source's words). */
    record QuoteContext(String before, String text, String after, Translation translation) {
        static QuoteContext of(Row r) {
            Translation t = r.has("translation") ? new Translation(r.lang("translation"), r.str("translation"), "normgraph") : null;
            return new QuoteContext(r.display("prefix"), r.display("exact"), r.display("suffix"), t);
        }
    }

    record Translation(String lang, String text, String by) {}

    record Position(String iri, String role, Ref actor, String stance, Names stanceLabel, Ref about, Ref event,
                    Ref speaker, String date, boolean hedged, String quote, QuoteContext quoteContext, String quoteLink) {}

    record Entity(String iri, String path, List<Ref> types, Names label, Map<String, List<String>> aliases,
                  int positionsCount, List<Position> positions, Map<String, String> links) {}
}
