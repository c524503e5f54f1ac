package org.normgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normgraph.TestLayouts;
import org.normgraph.ontology.Iris;
import org.normgraph.search.SearchCorpus;
import org.normgraph.search.SearchEntity;

/** The search corpus read in small batches (as a large corpus is) is the corpus read in one pass, on the real seeds. */
class SearchCorpusBatchesTest {
    @TempDir Path tmp;

    /** A source over the store that counts how often each query is run. */
    private record Counting(SearchCorpus.Source store, Map<String, Integer> runs) implements SearchCorpus.Source {
        @Override public void rows(String queryName, Consumer<Map<String, String>> each) {
            runs.merge(queryName, 1, Integer::sum);
            store.rows(queryName, each);
        }
        @Override public String local(String iri) { return store.local(iri); }
        @Override public String anchor(String evidenceIri) { return store.anchor(evidenceIri); }
    }

    @Test
    void texts_read_seven_entities_at_a_time_are_the_texts_read_in_one_pass() {
        Path db = tmp.resolve("db");
        new StreamingLoad(TestLayouts.project(), SourceReloadTest.QUIET).into(db);
        DatasetGraph dsg = Store.open(db);
        SearchCorpus.Source store = SearchIndexes.source(dsg, Iris.BASE);
        Counting once = new Counting(store, new java.util.HashMap<>()), batched = new Counting(store, new java.util.HashMap<>());

        List<String> whole = described(SearchCorpus.read(once, Integer.MAX_VALUE));
        List<String> inBatches = described(SearchCorpus.read(batched, 7));

        assertThat(whole).hasSizeGreaterThan(100);
        assertThat(inBatches).containsExactlyElementsOf(whole);
        assertThat(whole.stream().filter(e -> e.contains("related=[Quote")).count()).isGreaterThan(10);
        assertThat(once.runs()).containsEntry("search-docs", 1);
        assertThat(batched.runs()).containsEntry("search-docs", (whole.size() + 6) / 7).containsEntry("search-entities", 1);
    }

    /** Each entity with every field, its texts in the order they were read. */
    private static List<String> described(Iterable<SearchEntity> corpus) {
        List<String> out = new ArrayList<>();
        for (SearchEntity e : corpus) {
            out.add(e.iri() + " " + e.type() + " " + e.labelZh() + " " + e.labelEn() + " labels=" + List.copyOf(e.labels())
                    + " aliases=" + List.copyOf(e.aliases()) + " comments=" + List.copyOf(e.comments())
                    + " quotes=" + List.copyOf(e.quotes()) + " related=" + List.copyOf(e.related()));
        }
        return out;
    }
}
