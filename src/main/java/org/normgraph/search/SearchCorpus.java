package org.normgraph.search;

import java.util.ArrayList;
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
 * <pre>{@code for (SearchEntity e : SearchCorpus.read(source)) writer.addDocument(document(e));}</pre>
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

    /** The entities with their texts, in the order search-entities.rq lists them, read in batches sized to the heap. */
    public static Iterable<SearchEntity> read(Source source) {
        return read(source, defaultBatch());
    }

    /**
     * The entities with their texts, in the order search-entities.rq lists them: the entities are
     * listed first (their names only), then their texts are read for {@code batch} entities at a time,
     * each batch one pass over search-docs.rq whose entities are handed on before the next is read.
     * Memory follows the batch, not the corpus; a corpus of up to {@code batch} entities is read in
     * one pass. Each iteration reads the texts again.
     */
    public static Iterable<SearchEntity> read(Source source, int batch) {
        if (batch < 1) throw new IllegalArgumentException("batch must be at least 1, not " + batch);
        List<Head> heads = new ArrayList<>();
        Map<String, String> shared = new HashMap<>();
        source.rows("search-entities", r -> {
            String iri = r.get("s");
            if (!heads.isEmpty() && heads.getLast().iri().equals(iri)) return; // rows come by ?s: an entity's first row names it
            heads.add(new Head(iri, source.local(iri), intern(shared, local(r.get("type"))), intern(shared, r.get("type_zh")),
                    intern(shared, r.get("type_en")), r.get("label_zh"), r.get("label_en")));
        });
        return () -> new java.util.Iterator<>() {
            private int next;
            private java.util.Iterator<SearchEntity> current = java.util.Collections.emptyIterator();

            @Override public boolean hasNext() {
                while (!current.hasNext() && next < heads.size()) {
                    int to = Math.min(heads.size(), next + batch);
                    current = texts(source, heads.subList(next, to)).iterator();
                    next = to;
                }
                return current.hasNext();
            }

            @Override public SearchEntity next() {
                if (!hasNext()) throw new java.util.NoSuchElementException();
                return current.next();
            }
        };
    }

    /**
     * A fifth of the heap at about 2.5 KB of texts an entity (measured: 2.1 KB on average at 1,000
     * generated sources), at least 10,000 entities: 60,000 with the default 768 MB heap, so that the
     * texts of 1,000 sources are read in five passes and those of 100 in one.
     */
    static int defaultBatch() {
        return (int) Math.max(10_000, Math.min(Integer.MAX_VALUE, Runtime.getRuntime().maxMemory() / 5 / 2_500));
    }

    /** An entity as search-entities.rq names it, before its texts are read. */
    private record Head(String iri, String path, String type, String typeZh, String typeEn, String labelZh, String labelEn) {}

    /** The entities with their texts: one pass over search-docs.rq, keeping the rows of these entities. */
    private static List<SearchEntity> texts(Source source, List<Head> heads) {
        Map<String, SearchEntity> byIri = new LinkedHashMap<>();
        for (Head h : heads) byIri.put(h.iri(), new SearchEntity(h.iri(), h.path(), h.type(), h.typeZh(), h.typeEn(), h.labelZh(), h.labelEn()));
        Map<String, SearchEntity.Quote> quotes = new HashMap<>();
        source.rows("search-docs", r -> {
            SearchEntity e = byIri.get(r.get("s"));
            if (e == null) return;
            String field = String.valueOf(r.get("field"));
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
        byIri.values().forEach(e -> { inOrder(e.quotes()); inOrder(e.related()); });
        return List.copyOf(byIri.values());
    }

    /** Quotes by link, then text: the same order (and so the same quote shown first) whatever order a store gives the rows in. */
    private static void inOrder(java.util.SequencedSet<SearchEntity.Quote> quotes) {
        if (quotes.size() < 2) return;
        List<SearchEntity.Quote> sorted = new java.util.ArrayList<>(quotes);
        sorted.sort(java.util.Comparator.comparing((SearchEntity.Quote q) -> String.valueOf(q.link())).thenComparing(q -> String.valueOf(q.text())));
        quotes.clear();
        quotes.addAll(sorted);
    }

    private static String intern(Map<String, String> shared, String s) {
        return s == null ? null : shared.computeIfAbsent(s, k -> k);
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
