package org.normgraph.search;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.normgraph.source.DisplayText;

/**
 * Reads what the search index holds from the graph, through a {@link Source} that runs
 * {@code sparql/web/search-entities.rq} (entities, types, names) and {@code sparql/web/search-docs.rq}
 * (their texts and quotes) — the search package knows queries by name only, not how pages run them.
 * Rows are streamed, not collected: a quote is held once however many entities it is related to, and
 * each entity's texts are sets (a text repeated by several rows is kept once, with no other record of it).
 *
 * <pre>{@code List<SearchEntity> all = SearchCorpus.read(source);}</pre>
 */
public final class SearchCorpus {
    /** Where the corpus comes from: named queries' rows (values as strings), and the local paths of IRIs. */
    public interface Source {
        /** Passes each row of the named query to {@code each}, in the query's order. */
        void rows(String queryName, Consumer<Map<String, String>> each);

        /** The local page of an IRI ({@code https://normgraph.org/id/china} → {@code /id/china}). */
        String local(String iri);

        /** The anchor of an evidence IRI in the source view. */
        String anchor(String evidenceIri);
    }

    private SearchCorpus() {}

    public static List<SearchEntity> read(Source source) {
        Map<String, SearchEntity> byIri = new LinkedHashMap<>();
        source.rows("search-entities", r -> byIri.computeIfAbsent(r.get("s"), iri -> new SearchEntity(iri,
                source.local(iri), local(r.get("type")), r.get("type_zh"), r.get("type_en"), r.get("label_zh"), r.get("label_en"))));
        Map<String, SearchEntity.Quote> quotes = new HashMap<>();
        source.rows("search-docs", r -> {
            SearchEntity e = byIri.get(r.get("s"));
            String field = String.valueOf(r.get("field"));
            if (e == null) return;
            Object text = field.equals("quote") || field.equals("related") ? quote(r, quotes, source) : normalise(r.get("text"));
            switch (field) {
                case "label" -> e.labels().add((String) text);
                case "alias" -> e.aliases().add((String) text);
                case "comment" -> e.comments().add((String) text);
                case "quote" -> e.quotes().add((SearchEntity.Quote) text);
                case "related" -> e.related().add((SearchEntity.Quote) text);
                default -> { }
            }
        });
        return List.copyOf(byIri.values());
    }

    /** The quote of the row's evidence, one instance per evidence. */
    private static SearchEntity.Quote quote(Map<String, String> r, Map<String, SearchEntity.Quote> quotes, Source source) {
        String ev = r.get("ev");
        return quotes.computeIfAbsent(ev == null ? "text:" + r.get("text") : ev, k -> {
            String link = r.get("doc") != null ? source.local(r.get("doc")) + "#" + source.anchor(ev) : null;
            return new SearchEntity.Quote(normalise(r.get("text")), link);
        });
    }

    private static String local(String iri) {
        return iri == null ? null : iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    /**
     * The reading form (the PDF extraction's line breaks and stray spaces removed, as quotes are read
     * elsewhere), accents composed (NFC): a text storing them as combining marks (the French Paris
     * Call) is found by "sécurité".
     */
    static String normalise(String s) {
        return s == null ? "" : java.text.Normalizer.normalize(DisplayText.of(s), java.text.Normalizer.Form.NFC);
    }
}
