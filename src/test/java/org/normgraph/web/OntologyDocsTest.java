package org.normgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.normgraph.LoadedStore;
import org.normgraph.Rows;

/**
 * The ontology at its namespace {@code /ns}: an HTML page documenting every ng: term in zh and en,
 * and the ontology graph as RDF by {@code Accept} or by suffix.
 */
class OntologyDocsTest {
    private static NormgraphServer server;

    @BeforeAll
    static void start() {
        server = PaperServer.shared();
    }


    private static String term(String html, String local) {
        int at = html.indexOf("<section class=\"term\" id=\"" + local + "\"");
        assertThat(at).as("section for ng:" + local).isNotNegative();
        return html.substring(at, html.indexOf("</section>", at));
    }

    @Test
    void the_page_documents_position_and_stance_in_chinese_and_english() {
        HttpResponse<String> r = Http.get(server.url() + "ns?lang=en", "Accept", "text/html,application/xhtml+xml");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Vary").orElse("")).contains("Accept");
        String position = term(r.body(), "Position");
        assertThat(position).contains("ng:Position").contains("立场").contains(">Position<").contains("n-ary relation");
        String stance = term(r.body(), "stance");
        assertThat(stance).contains("ng:stance").contains("立场类型").contains(">stance<")
                .contains("href=\"/ns#Position\"").contains("href=\"/ns#Stance\"").contains("schema:category");
        for (String s : List.of("Supports", "Opposes", "Proposes", "HasReservations")) {
            assertThat(term(r.body(), s)).contains("ng:" + s).contains("href=\"/ns#Stance\"");
        }
        assertThat(term(r.body(), "about")).contains("href=\"/ns#Norm\"").contains("href=\"/ns#Instrument\"");
        assertThat(r.body()).contains("Subclass of").contains("Domain").contains("Range");
    }

    @Test
    void every_ng_term_of_the_ontology_graph_has_a_section() {
        String html = Http.get(server.url() + "ns?lang=zh").body();
        var terms = Rows.select(LoadedStore.get(), """
                SELECT DISTINCT ?t WHERE { GRAPH <https://normgraph.org/graph/ontology> { ?t a ?k }
                  FILTER(isIRI(?t) && STRSTARTS(STR(?t), "https://normgraph.org/ns#")) }""");
        assertThat(terms).hasSizeGreaterThan(80);
        for (Map<String, String> t : terms) term(html, t.get("t").substring(t.get("t").indexOf('#') + 1));
        assertThat(html).contains("上位类").contains("定义域").contains("值域");
    }

    @Test
    void turtle_by_accept_is_the_ontology_graph() {
        HttpResponse<String> r = Http.get(server.url() + "ns", "Accept", "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/turtle");
        Graph g = parse(r.body(), Lang.TURTLE);
        assertThat(g.contains(NodeFactory.createURI("https://normgraph.org/ns"), RDF.type.asNode(), OWL.Ontology.asNode())).isTrue();
        int size = Integer.parseInt(Rows.select(LoadedStore.get(),
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://normgraph.org/graph/ontology> { ?s ?p ?o } }").getFirst().get("n"));
        assertThat(g.size()).isEqualTo(size);
    }

    @Test
    void suffixes_give_turtle_json_ld_n_triples_and_rdf_xml() {
        Map<String, Lang> suffixes = Map.of("ttl", Lang.TURTLE, "jsonld", Lang.JSONLD, "nt", Lang.NTRIPLES, "rdf", Lang.RDFXML);
        suffixes.forEach((suffix, lang) -> {
            HttpResponse<String> r = Http.get(server.url() + "ns." + suffix);
            assertThat(r.statusCode()).as(suffix).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(lang.getHeaderString());
            assertThat(parse(r.body(), lang).contains(NodeFactory.createURI("https://normgraph.org/ns"), RDF.type.asNode(),
                    OWL.Ontology.asNode())).as(suffix).isTrue();
        });
        assertThat(Http.get(server.url() + "ns.xyz").statusCode()).isEqualTo(404);
    }

    static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(body)).lang(lang).base("http://localhost/").parse(g);
        return g;
    }
}
