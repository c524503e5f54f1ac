package org.normgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.normgraph.LoadedStore;

/**
 * {@code GET /sparql} without a query answers with a SPARQL 1.1 Service Description, from a filter
 * that runs before Fuseki's dispatch; queries still reach Fuseki.
 */
class ServiceDescriptionTest {
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static NormgraphServer server;

    @BeforeAll
    static void start() {
        server = PaperServer.shared();
    }


    private static Property sd(Model m, String local) { return m.createProperty(SD, local); }

    @Test
    void get_without_a_query_is_a_turtle_service_description() {
        HttpResponse<String> r = Http.get(server.url() + "sparql");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/turtle");
        Model m = ModelFactory.createModelForGraph(OntologyDocsTest.parse(r.body(), Lang.TURTLE));
        Resource service = m.createResource(server.url() + "sparql");
        assertThat(service.getPropertyResourceValue(sd(m, "endpoint")).getURI()).isEqualTo(server.url() + "sparql");
        assertThat(service.hasProperty(sd(m, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))).isTrue();
        assertThat(service.hasProperty(sd(m, "feature"), m.createResource(SD + "UnionDefaultGraph"))).isTrue();
        assertThat(m.listObjectsOfProperty(service, sd(m, "resultFormat")).toList()).hasSize(8);
        Resource dataset = service.getPropertyResourceValue(sd(m, "defaultDataset"));
        assertThat(dataset.hasProperty(sd(m, "defaultGraph"))).isTrue();
        List<String> names = m.listObjectsOfProperty(dataset, sd(m, "namedGraph"))
                .mapWith(n -> n.asResource().getPropertyResourceValue(sd(m, "name")).getURI()).toList();
        DatasetGraph store = LoadedStore.get();
        List<String> graphs = Txn.calculateRead(store, () -> Iter.toList(store.listGraphNodes()).stream().map(n -> n.getURI()).toList());
        assertThat(names).containsExactlyInAnyOrderElementsOf(graphs).contains("https://normgraph.org/graph/ontology");
    }

    @Test
    void accept_picks_json_ld_and_head_has_no_body() throws Exception {
        HttpResponse<String> r = Http.get(server.url() + "sparql", "Accept", "application/ld+json");
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/ld+json");
        assertThat(OntologyDocsTest.parse(r.body(), Lang.JSONLD).size()).isGreaterThan(10);
        HttpResponse<String> head = Http.send(HttpRequest.newBuilder(URI.create(server.url() + "sparql"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Type").orElse("")).startsWith("text/turtle");
        assertThat(head.body()).isEmpty();
    }

    @Test
    void queries_still_reach_fuseki_by_get_and_post() {
        HttpResponse<String> get = Http.get(server.url() + "sparql?query=" + Http.enc("ASK {}"), "Accept", "application/sparql-results+json");
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.body()).contains("\"boolean\"").contains("true");
        HttpResponse<String> post = Http.post(server.url() + "sparql", "application/x-www-form-urlencoded", "query=" + Http.enc("ASK {}"),
                "Accept", "application/sparql-results+json");
        assertThat(post.statusCode()).isEqualTo(200);
        assertThat(post.body()).contains("true");
        HttpResponse<String> select = Http.get(server.url() + "sparql?query=" + Http.enc("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"),
                "Accept", "text/csv");
        assertThat(select.body()).startsWith("n");
    }
}
