package org.normgraph.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * Full-text search over names, aliases, descriptions and source quotes of every entity, in Chinese
 * and English: a Lucene index whose documents also store what a hit shows (names, type, quotes), so
 * an index opened from disk holds nothing per entity in memory, however large the corpus.
 *
 * <pre>{@code
 * SearchIndex index = SearchIndex.build(SearchCorpus.read(queries));
 * List<SearchHit> hits = index.search("网络主权", 50);   // cyber-sovereignty first
 * }</pre>
 */
public final class SearchIndex {
    public static final int MAX_HITS = 50;

    private final Analyzer analyzer = new SearchAnalyzer();
    private final IndexSearcher searcher;

    private SearchIndex(Directory dir) throws IOException {
        this.searcher = new IndexSearcher(DirectoryReader.open(dir));
    }

    /** An index in memory. */
    public static SearchIndex build(Iterable<SearchEntity> entities) {
        try {
            Directory dir = new ByteBuffersDirectory();
            write(entities, dir);
            return new SearchIndex(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one document per entity into {@code dir} (see {@link SearchStore}). */
    static void write(Iterable<SearchEntity> entities, Directory dir) throws IOException {
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new SearchAnalyzer()))) {
            for (SearchEntity e : entities) w.addDocument(document(e));
        }
    }

    /** An index {@link #write} wrote into {@code dir} earlier. */
    static SearchIndex open(Directory dir) throws IOException {
        return new SearchIndex(dir);
    }

    public int size() { return searcher.getIndexReader().numDocs(); }

    /** At most {@code limit} (capped at {@link #MAX_HITS}) entities, best first; none for a query without terms. */
    public List<SearchHit> search(String text, int limit) {
        UserQuery q = UserQuery.of(analyzer, text == null ? "" : text);
        if (q.isEmpty()) return List.of();
        List<String> needles = new ArrayList<>(q.terms());
        needles.addAll(List.of(text.strip().split("\\s+")));
        try {
            List<SearchHit> hits = new ArrayList<>();
            var stored = searcher.storedFields();
            for (ScoreDoc sd : searcher.search(q.lucene(), Math.min(Math.max(limit, 1), MAX_HITS)).scoreDocs) {
                StoredEntity e = StoredEntity.of(stored.document(sd.doc));
                SearchEntity.Quote best = bestQuote(e, new HashSet<>(q.terms()));
                String snippet = best == null ? null : best.text();
                hits.add(new SearchHit(e.iri(), e.path(), e.type(), e.typeZh(), e.typeEn(), e.labelZh(), e.labelEn(),
                        snippet, best == null ? null : best.link(), sd.score, Highlight.parts(snippet, needles), List.copyOf(needles)));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The quote sharing most terms with the query (own quotes first on a tie), else the entity's first own (or related) quote. */
    private SearchEntity.Quote bestQuote(StoredEntity e, Set<String> terms) {
        SearchEntity.Quote best = null;
        long bestCount = 0;
        for (List<SearchEntity.Quote> list : List.of(e.quotes(), e.related())) {
            for (SearchEntity.Quote quote : list) {
                long n = SearchAnalyzer.tokens(analyzer, quote.text()).stream().distinct().filter(terms::contains).count();
                if (n > bestCount) { best = quote; bestCount = n; }
            }
        }
        if (best != null) return best;
        if (!e.quotes().isEmpty()) return e.quotes().getFirst();
        return e.related().isEmpty() ? null : e.related().getFirst();
    }

    private static Document document(SearchEntity e) {
        Document d = StoredEntity.fields(e);
        e.labels().forEach(t -> d.add(new TextField("label", t, Field.Store.NO)));
        e.labels().forEach(t -> d.add(new StringField(UserQuery.EXACT, UserQuery.exact(t), Field.Store.NO)));
        e.aliases().forEach(t -> d.add(new StringField(UserQuery.EXACT, UserQuery.exact(t), Field.Store.NO)));
        e.aliases().forEach(t -> d.add(new TextField("alias", t, Field.Store.NO)));
        e.comments().forEach(t -> d.add(new TextField("comment", t, Field.Store.NO)));
        e.quotes().forEach(q -> d.add(new TextField("quote", q.text(), Field.Store.NO)));
        e.related().forEach(q -> d.add(new TextField("related", q.text(), Field.Store.NO)));
        return d;
    }
}
