package org.normgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normgraph.Rows;
import org.normgraph.TestLayouts;
import org.normgraph.problems.InputException;

/**
 * Two expressions of one instrument (fixtures/expressions: an English and a French text): the French
 * file adds language-tagged evidence to the English file's position and facts, and bad references or
 * a quote of the other language are refused at their line, the store unchanged.
 */
class ExpressionsTest {
    static final String FR = "zz_call_fr.claims.yaml";
    @TempDir Path tmp;
    GoodStore good;

    @BeforeEach
    void load_a_good_store() throws Exception { good = GoodStore.in(tmp); }

    static Layout twoExpressions(Path dir) throws Exception {
        return TestLayouts.addExpressions(TestLayouts.withFixture(dir, "good"));
    }

    @Test
    void the_french_file_adds_tagged_evidence_to_the_english_position_and_facts() throws Exception {
        org.apache.jena.sparql.core.DatasetGraph dsg = Store.open(tmp.resolve("db-ok"));
        new Loader(twoExpressions(tmp.resolve("ok")), quiet()).load(dsg);
        List<Map<String, String>> ev = Rows.select(dsg, """
                PREFIX ng: <https://normgraph.org/ns#> PREFIX oa: <http://www.w3.org/ns/oa#>
                SELECT ?doc (lang(?exact) AS ?lang) ?g WHERE { GRAPH ?g { <https://normgraph.org/id/zz-open> ng:evidence ?e }
                  ?e oa:hasSource ?doc ; oa:hasSelector/oa:exact ?exact } ORDER BY ?doc""");
        assertThat(ev).extracting(r -> r.get("doc") + " " + r.get("lang") + " " + r.get("g")).containsExactly(
                "https://normgraph.org/id/source/zz-call-en  https://normgraph.org/graph/zz-call-en",
                "https://normgraph.org/id/source/zz-call-fr fr https://normgraph.org/graph/zz-call-fr");
        List<Map<String, String>> facts = Rows.select(dsg, """
                PREFIX ng: <https://normgraph.org/ns#> PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                SELECT ?p (COUNT(DISTINCT ?e) AS ?n) (COUNT(DISTINCT ?c) AS ?claims) WHERE {
                  ?c rdf:subject <https://normgraph.org/id/zz-call> ; rdf:predicate ?p ; ng:evidence ?e } GROUP BY ?p ORDER BY ?p""");
        assertThat(facts).extracting(r -> r.get("p").replaceFirst(".*#", "") + " " + r.get("n") + " " + r.get("claims"))
                .containsExactly("articulates 2 1", "date 2 1");
        List<Map<String, String>> docs = Rows.select(dsg, """
                PREFIX ng: <https://normgraph.org/ns#>
                SELECT ?doc ?authentic WHERE { ?doc ng:expressionOf <https://normgraph.org/id/zz-call> OPTIONAL { ?doc ng:authentic ?authentic } } ORDER BY ?doc""");
        assertThat(docs).extracting(r -> r.get("doc").replaceFirst(".*/", "") + " " + r.get("authentic"))
                .containsExactly("zz-call-en null", "zz-call-fr true");
        assertThat(Rows.select(dsg, "SELECT ?p WHERE { ?p a <https://normgraph.org/ns#Position> }")).hasSize(2);
    }

    @Test
    void a_quote_found_only_in_the_other_expression_is_refused_at_its_line_saying_where_it_is() throws Exception {
        Layout bad = twoExpressions(tmp.resolve("other-language"));
        replace(bad, "quote: \"Nous réaffirmons notre soutien à un cyberespace ouvert, sûr, stable, accessible et pacifique\"",
                "quote: \"We reaffirm our support to an open, secure, stable, accessible and peaceful cyberspace\"");
        assertThatThrownBy(() -> new Loader(bad, quiet()).load(good.dsg())).isInstanceOf(InputException.class)
                .hasMessageContaining(FR + ":14:").hasMessageContaining("[zz-open]")
                .hasMessageContaining("quote not found in " + bad.seeds().resolve("zz_call_fr.txt"))
                .hasMessageContaining("it is in " + bad.seeds().resolve("zz_call_en.txt") + " (the English expression of zz-call)");
        good.assertUnchanged();
    }

    @Test
    void evidence_for_a_position_that_does_not_exist_is_refused_at_its_line() throws Exception {
        Layout bad = twoExpressions(tmp.resolve("unknown-position"));
        replace(bad, "position: zz-open", "position: zz-opne");
        assertThatThrownBy(() -> new Loader(bad, quiet()).load(good.dsg())).isInstanceOf(InputException.class)
                .hasMessageContaining(FR + ":13:").hasMessageContaining("unknown position id 'zz-opne'");
        good.assertUnchanged();
    }

    @Test
    void evidence_for_a_fact_no_other_expression_declares_or_without_expressionOf_is_refused() throws Exception {
        Layout bad = twoExpressions(tmp.resolve("unknown-fact"));
        replace(bad, "{s: zz-call, p: date, value: \"2018-11-12\"}", "{s: zz-call, p: date, value: \"2018-11-11\"}");
        assertThatThrownBy(() -> new Loader(bad, quiet()).load(good.dsg())).isInstanceOf(InputException.class)
                .hasMessageContaining(FR + ":18:").hasMessageContaining("no fact {s: zz-call, p: date, value: 2018-11-11}");
        Layout orphan = twoExpressions(tmp.resolve("no-expression"));
        replace(orphan, "  expressionOf: zz-call\n  authentic: true\n", "");
        assertThatThrownBy(() -> new Loader(orphan, quiet()).load(good.dsg())).isInstanceOf(InputException.class)
                .hasMessageContaining(FR + ":11:").hasMessageContaining("give the source block 'expressionOf'");
        good.assertUnchanged();
    }

    private static void replace(Layout layout, String from, String to) throws Exception {
        Path f = layout.seeds().resolve(FR);
        String s = Files.readString(f, StandardCharsets.UTF_8);
        assertThat(s).contains(from);
        Files.writeString(f, s.replace(from, to), StandardCharsets.UTF_8);
    }

    static PrintStream quiet() { return new PrintStream(new ByteArrayOutputStream()); }
}
