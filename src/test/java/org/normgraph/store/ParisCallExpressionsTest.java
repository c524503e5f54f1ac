package org.normgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.normgraph.LoadedStore;
import org.normgraph.Rows;

/**
 * The English and the French Paris Call are two expressions of one instrument, paris-call: each its
 * own source and graph; the French quotes are second, fr-tagged evidence of the positions and facts the
 * English file declares, none declared twice.
 */
class ParisCallExpressionsTest {
    static final String PREFIXES = """
            PREFIX ng: <https://normgraph.org/ns#> PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX id: <https://normgraph.org/id/>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX dcterms: <http://purl.org/dc/terms/>
            """;

    static List<Map<String, String>> select(String q) { return Rows.select(LoadedStore.get(), PREFIXES + q); }

    @Test
    void both_expressions_load_and_paris_call_has_two_of_them_the_french_one_authentic() {
        assertThat(LoadedStore.report().graphs()).extracting(LoadReport.Graph::iri)
                .contains("https://normgraph.org/graph/paris-call-2018", "https://normgraph.org/graph/paris-call-2018-fr");
        assertThat(select("""
                SELECT ?doc ?lang ?authentic WHERE { ?doc ng:expressionOf id:paris-call ; dcterms:language ?lang
                  OPTIONAL { ?doc ng:authentic ?authentic } } ORDER BY ?doc"""))
                .extracting(r -> r.get("doc").replaceFirst(".*/", "") + " " + r.get("lang") + " " + r.get("authentic"))
                .containsExactly("paris-call-2018 en null", "paris-call-2018-fr fr true");
    }

    @Test
    void a_position_has_one_english_and_one_french_quote_from_their_own_sources() {
        List<Map<String, String>> ev = select("""
                SELECT ?doc ?exact (lang(?exact) AS ?lang) (datatype(?exact) AS ?type) ?tr (lang(?tr) AS ?trLang) WHERE {
                  id:paris-ihl ng:evidence ?e . ?e oa:hasSource ?doc ; oa:hasSelector/oa:exact ?exact ; ng:translation ?tr } ORDER BY ?doc""");
        assertThat(ev).hasSize(2);
        assertThat(ev.get(0)).containsEntry("doc", "https://normgraph.org/id/source/paris-call-2018").containsEntry("lang", "")
                .containsEntry("type", "http://www.w3.org/2001/XMLSchema#string").containsEntry("trLang", "zh");
        assertThat(ev.get(0).get("exact")).startsWith("We also reaffirm that international law");
        assertThat(ev.get(1)).containsEntry("doc", "https://normgraph.org/id/source/paris-call-2018-fr").containsEntry("lang", "fr")
                .containsEntry("trLang", "zh");
        assertThat(java.text.Normalizer.normalize(ev.get(1).get("exact"), java.text.Normalizer.Form.NFC))
                .startsWith("Nous réaffirmons également que le droit international");
    }

    @Test
    void every_english_position_and_fact_of_the_call_has_french_evidence_and_nothing_is_declared_twice() {
        String fr = "<https://normgraph.org/id/source/paris-call-2018-fr>";
        assertThat(select("SELECT ?p WHERE { GRAPH <https://normgraph.org/graph/paris-call-2018> { ?p a ng:Position } }")).hasSize(29);
        assertThat(select("SELECT ?p WHERE { GRAPH <https://normgraph.org/graph/paris-call-2018-fr> { ?p a ?t FILTER(?t IN (ng:Position, ng:Claim)) } }")).isEmpty();
        assertThat(select("SELECT DISTINCT ?p WHERE { ?p a ng:Position ; ng:evidence/oa:hasSource " + fr + " }")).hasSize(29);
        assertThat(select("SELECT ?p WHERE { GRAPH <https://normgraph.org/graph/paris-call-2018> { ?p a ng:Position } "
                + "FILTER NOT EXISTS { ?p ng:evidence/oa:hasSource " + fr + " } }")).isEmpty();
        assertThat(select("SELECT ?c WHERE { ?c rdf:subject id:paris-call ; rdf:predicate ng:articulates "
                + "FILTER NOT EXISTS { ?c ng:evidence/oa:hasSource " + fr + " } }")).isEmpty();
        assertThat(select("SELECT ?p WHERE { ?c rdf:subject id:paris-call ; rdf:predicate ?p ; ng:evidence/oa:hasSource " + fr
                + " FILTER(?p IN (ng:date, ng:location)) }")).hasSize(2);
        long positions = Long.parseLong(select("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a ng:Position }").getFirst().get("n"));
        assertThat(positions).isEqualTo(LoadedStore.report().positions());
    }
}
