package org.normgraph.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search index on disk: built once per key, opened (not rebuilt) afterwards, older keys removed. */
class SearchStoreTest {
    @TempDir Path tmp;

    static List<SearchEntity> corpus() {
        SearchEntity china = new SearchEntity("https://normgraph.org/id/china", "/id/china", "State", "国家", "State", "中国", "China");
        china.labels().add("中国");
        china.labels().add("China");
        china.quotes().add(new SearchEntity.Quote("中国提出网络主权", "/id/source/x#ev-1"));
        SearchEntity sovereignty = new SearchEntity("https://normgraph.org/id/cyber-sovereignty", "/id/cyber-sovereignty", "Norm", "规范",
                "Norm", "网络主权", "Cyber sovereignty");
        sovereignty.labels().add("网络主权");
        sovereignty.labels().add("Cyber sovereignty");
        return List.of(china, sovereignty);
    }

    @Test
    void an_index_is_built_once_and_opened_from_disk_afterwards_with_the_same_answers() {
        AtomicInteger built = new AtomicInteger();
        Supplier<List<SearchEntity>> source = () -> { built.incrementAndGet(); return corpus(); };
        SearchIndex first = SearchStore.open(tmp, "v1", source);
        SearchIndex second = SearchStore.open(tmp, "v1", source);
        assertThat(built).hasValue(1);
        assertThat(second.size()).isEqualTo(2);
        List<SearchHit> a = first.search("sovereignty", 10), b = second.search("sovereignty", 10);
        assertThat(b).extracting(SearchHit::path).containsExactlyElementsOf(a.stream().map(SearchHit::path).toList());
        assertThat(b.getFirst().path()).isEqualTo("/id/cyber-sovereignty");
        assertThat(second.search("中国", 10).getFirst().snippet()).isEqualTo("中国提出网络主权");
    }

    @Test
    void a_new_key_builds_a_new_index_and_removes_the_old_one() throws Exception {
        AtomicInteger built = new AtomicInteger();
        Supplier<List<SearchEntity>> source = () -> { built.incrementAndGet(); return corpus(); };
        SearchStore.open(tmp, "v1", source);
        SearchStore.open(tmp, "v2", source);
        assertThat(built).hasValue(2);
        try (var dirs = Files.list(tmp)) {
            assertThat(dirs.map(p -> p.getFileName().toString()).toList()).containsExactly(SearchStore.FORMAT + "-v2");
        }
    }

    @Test
    void a_folder_of_an_earlier_index_format_is_rebuilt_and_removed() throws Exception {
        Files.createDirectories(tmp.resolve("v1"));
        Files.writeString(tmp.resolve("v1").resolve("entities.json"), "[]");
        AtomicInteger built = new AtomicInteger();
        SearchIndex index = SearchStore.open(tmp, "v1", () -> { built.incrementAndGet(); return corpus(); });
        assertThat(built).hasValue(1);
        assertThat(index.search("China", 10)).extracting(SearchHit::path).containsExactly("/id/china");
        try (var dirs = Files.list(tmp)) {
            assertThat(dirs.map(p -> p.getFileName().toString()).toList()).containsExactly(SearchStore.FORMAT + "-v1");
        }
    }

    @Test
    void every_related_quote_is_searchable_though_only_the_first_ones_are_kept_for_snippets() {
        SearchEntity china = new SearchEntity("https://normgraph.org/id/china", "/id/china", "State", "国家", "State", "中国", "China");
        china.labels().add("China");
        int n = StoredEntity.SNIPPET_QUOTES + 50;
        for (int i = 0; i < n; i++) {
            china.related().add(new SearchEntity.Quote(i == n - 1 ? "a lonely quokka" : "statement number " + i, "/id/source/x#ev-" + i));
        }
        SearchIndex index = SearchStore.open(tmp, "v1", () -> List.of(china));
        List<SearchHit> hits = index.search("quokka", 10);
        assertThat(hits).extracting(SearchHit::path).containsExactly("/id/china");
        assertThat(hits.getFirst().snippet()).isEqualTo("statement number 0");
        assertThat(index.search("number 7", 10).getFirst().snippet()).isEqualTo("statement number 7");
    }
}
