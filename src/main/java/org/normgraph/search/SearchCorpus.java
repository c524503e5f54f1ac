package org.normgraph.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.normgraph.source.DisplayText;

/**
 * Reads what the search index holds from the graph, through a {@link Source} that runs
 * {@code sparql/web/search-entities.rq} (entities, types, names) and {@code sparql/web/search-docs.rq}
 * (their texts and quotes) — the search package knows queries by name only, not how pages run them.
 *
 * <pre>{@code List<SearchEntity> all = SearchCorpus.read(source);}</pre>
 */
public final class SearchCorpus {
    /** Where the corpus comes from: named queries' rows (values as strings), and the local paths of IRIs. */
    public interface Source {
        List<Map<String, String>> rows(String queryName);

        /** The local page of an IRI ({@code https://normgraph.org/id/china} → {@code /id/china}). */
        String local(String iri);

        /** The anchor of an evidence IRI in the source view. */
        String anchor(String evidenceIri);
    }

    private SearchCorpus() {}

    public static List<SearchEntity> read(Source source) {
        Map<String, SearchEntity> byIri = new LinkedHashMap<>();
        for (Map<String, String> r : source.rows("search-entities")) {
            byIri.computeIfAbsent(r.get("s"), iri -> new SearchEntity(iri, source.local(iri), local(r.get("type")),
                    r.get("type_zh"), r.get("type_en"), r.get("label_zh"), r.get("label_en")));
        }
        for (Map<String, String> r : source.rows("search-docs")) {
            SearchEntity e = byIri.get(r.get("s"));
            if (e == null) continue;
            String text = normalise(r.get("text"));
            switch (String.valueOf(r.get("field"))) {
                case "label" -> e.labels().add(text);
                case "alias" -> e.aliases().add(text);
                case "comment" -> e.comments().add(text);
                case "quote" -> e.quotes().add(quote(r, text, source));
                case "related" -> e.related().add(quote(r, text, source));
                default -> { }
            }
        }
        return List.copyOf(byIri.values());
    }

    private static SearchEntity.Quote quote(Map<String, String> r, String text, Source source) {
        String link = r.get("doc") != null ? source.local(r.get("doc")) + "#" + source.anchor(r.get("ev")) : null;
        return new SearchEntity.Quote(text, link);
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
