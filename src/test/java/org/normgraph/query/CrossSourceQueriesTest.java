package org.normgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.normgraph.LoadedStore;
import org.normgraph.Rows;

/** The library's cross-source questions, and its source filters, on the real sources. */
class CrossSourceQueriesTest {
    static final String ID = "https://normgraph.org/id/", NG = "https://normgraph.org/ns#";
    static final String PAPER = ID + "source/huang-2013-london-process", RUSSIA_2013 = ID + "source/russia-2013-basic-principles",
            PARIS = ID + "source/paris-call-2018";
    static DatasetGraph dsg;
    static Map<String, QueryLibrary.Entry> library = new java.util.HashMap<>();

    @BeforeAll
    static void load() {
        dsg = LoadedStore.get();
        for (QueryLibrary.Entry e : QueryLibrary.read(Path.of("queries"))) library.put(e.name(), e);
    }

    @Test
    void russias_own_text_agrees_with_the_papers_account_on_international_legislation() {
        List<Map<String, String>> rows = run("own-texts-and-accounts", Map.of());
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("actor")).isEqualTo(ID + "russia");
            assertThat(r.get("about")).isEqualTo(ID + "need-international-cyber-legislation");
            assertThat(r.get("agree")).isEqualTo("true");
            assertThat(r.get("ownSource")).isEqualTo(RUSSIA_2013);
            assertThat(r.get("ownDate")).isEqualTo("2013-07-24");
            assertThat(r.get("ownQuote")).contains("Convention on International Information Security");
            assertThat(r.get("accountSource")).isEqualTo(PAPER);
            assertThat(r.get("accountDate")).isEqualTo("2011-09");
            assertThat(r.get("accountQuote")).contains("网络安全国际公约");
        });
        assertThat(rows).allSatisfy(r -> {
            assertThat(primary(r.get("ownSource"))).isTrue();
            assertThat(primary(r.get("accountSource"))).isFalse();
            assertThat(r.get("agree")).isEqualTo(String.valueOf(r.get("ownStance").equals(r.get("accountStance"))));
        });
        assertThat(run("own-texts-and-accounts", Map.of("actor", ID + "china"))).isEmpty();
    }

    @Test
    void instruments_discussed_by_several_sources_include_the_budapest_convention() {
        List<Map<String, String>> rows = run("instruments-in-several-sources", Map.of());
        assertThat(rows).allSatisfy(r -> {
            assertThat(Integer.parseInt(r.get("sources"))).isGreaterThan(1);
            assertThat(Integer.parseInt(r.get("primarySources"))).isLessThanOrEqualTo(Integer.parseInt(r.get("sources")));
        });
        assertThat(rows).filteredOn(r -> (ID + "budapest-convention").equals(r.get("instrument"))).singleElement()
                .satisfies(r -> assertThat(r.get("sourceTitles")).contains("Paris Call for Trust and Security in Cyberspace")
                        .contains("London Process"));
        assertThat(rows).extracting(r -> r.get("instrument")).doesNotContain(ID + "code-of-conduct-2011");
    }

    @Test
    void what_each_source_says_about_the_budapest_convention_primary_sources_first_each_quote_in_its_text() {
        List<Map<String, String>> rows = run("what-each-source-says-about", Map.of("subject", ID + "budapest-convention"));
        assertThat(rows).extracting(r -> r.get("source")).contains(PAPER, PARIS);
        assertThat(rows.getFirst().get("primary")).isEqualTo("true");
        int firstSecondary = rows.stream().map(r -> r.get("primary")).toList().indexOf("false");
        assertThat(rows.subList(firstSecondary, rows.size())).allSatisfy(r -> assertThat(r.get("primary")).isEqualTo("false"));
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("source")).isEqualTo(PARIS);
            assertThat(r.get("statement")).isEqualTo("position");
            assertThat(r.get("quote")).contains("Budapest Convention");
        });
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("source")).isEqualTo(PAPER);
            assertThat(r.get("other")).isEqualTo(ID + "council-of-europe");
        });
        for (Map<String, String> r : rows) {
            String text = Rows.select(dsg, "PREFIX ng: <" + NG + "> SELECT ?t { <" + r.get("source") + "> ng:text ?t }").getFirst().get("t");
            int start = Integer.parseInt(r.get("start"));
            assertThat(text.substring(start, start + r.get("quote").length())).isEqualTo(r.get("quote"));
        }
    }

    @Test
    void positions_filter_by_source_and_by_kind_of_source() {
        List<Map<String, String>> russia = run("positions-with-evidence", Map.of("source", RUSSIA_2013));
        assertThat(russia).isNotEmpty().allSatisfy(r -> assertThat(r.get("source")).isEqualTo(RUSSIA_2013));
        assertThat(run("positions-with-evidence", Map.of("sourceKind", NG + "NationalPolicy"))).hasSameSizeAs(russia);
        int all = run("positions-with-evidence", Map.of()).size();
        assertThat(all).isGreaterThan(russia.size());
        List<Map<String, String>> scholarly = run("which-actors-backed-which-norms", Map.of("sourceKind", NG + "ScholarlyPaper"));
        assertThat(scholarly).isNotEmpty().allSatisfy(r -> assertThat(r.get("source")).isEqualTo(PAPER));
        assertThat(run("which-actors-backed-which-norms", Map.of("actor", ID + "russia", "source", RUSSIA_2013)))
                .isNotEmpty().allSatisfy(r -> assertThat(r.get("quote")).doesNotContainPattern("\\p{IsHan}"));
    }

    static List<Map<String, String>> run(String name, Map<String, String> bound) {
        QueryLibrary.Entry e = library.get(name);
        assertThat(e).as("queries/" + name + ".rq").isNotNull();
        Map<String, org.apache.jena.rdf.model.RDFNode> b = new java.util.HashMap<>();
        bound.forEach((k, v) -> b.put(k, ResourceFactory.createResource(v)));
        return Rows.select(dsg, e.sparql(), b);
    }

    static boolean primary(String source) {
        return Rows.select(dsg, "PREFIX ng: <" + NG + "> SELECT ?p { <" + source + "> ng:primarySource ?p }").getFirst().get("p").equals("true");
    }
}
