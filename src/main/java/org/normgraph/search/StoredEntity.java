package org.normgraph.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexableField;

/**
 * What a search hit shows of its entity, kept as stored fields of the entity's Lucene document:
 * IRI, path, type and names, and the quotes a snippet is chosen from — every own quote and related
 * quote is indexed, but only the first {@link #SNIPPET_QUOTES} of each are stored, so choosing the
 * snippet of an entity quoted thousands of times stays cheap.
 *
 * <pre>{@code StoredEntity hit = StoredEntity.of(searcher.storedFields().document(doc));}</pre>
 */
record StoredEntity(String iri, String path, String type, String typeZh, String typeEn, String labelZh, String labelEn,
                    List<SearchEntity.Quote> quotes, List<SearchEntity.Quote> related) {
    static final int SNIPPET_QUOTES = 200;
    private static final String[] NAMES = {"iri", "path", "type", "typeZh", "typeEn", "labelZh", "labelEn"};

    static Document fields(SearchEntity e) {
        Document d = new Document();
        String[] values = {e.iri(), e.path(), e.type(), e.typeZh(), e.typeEn(), e.labelZh(), e.labelEn()};
        for (int i = 0; i < NAMES.length; i++) if (values[i] != null) d.add(new StoredField(NAMES[i], values[i]));
        store(d, "q", e.quotes());
        store(d, "r", e.related());
        return d;
    }

    static StoredEntity of(Document d) {
        return new StoredEntity(d.get("iri"), d.get("path"), d.get("type"), d.get("typeZh"), d.get("typeEn"),
                d.get("labelZh"), d.get("labelEn"), quotes(d, "q"), quotes(d, "r"));
    }

    /** Quote texts as {@code NAME}, their links as {@code NAME-link} ("" for none), in the same order. */
    private static void store(Document d, String name, java.util.SequencedSet<SearchEntity.Quote> quotes) {
        for (SearchEntity.Quote q : quotes.stream().limit(SNIPPET_QUOTES).toList()) {
            d.add(new StoredField(name, q.text()));
            d.add(new StoredField(name + "-link", q.link() == null ? "" : q.link()));
        }
    }

    private static List<SearchEntity.Quote> quotes(Document d, String name) {
        IndexableField[] texts = d.getFields(name), links = d.getFields(name + "-link");
        List<SearchEntity.Quote> out = new ArrayList<>(texts.length);
        for (int i = 0; i < texts.length; i++) {
            String link = i < links.length ? links[i].stringValue() : "";
            out.add(new SearchEntity.Quote(texts[i].stringValue(), link.isEmpty() ? null : link));
        }
        return out;
    }
}
