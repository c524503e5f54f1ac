package org.normgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.normgraph.LoadedStore;
import org.normgraph.store.Store;

/** The VoID description at {@code /void}: endpoint, dumps, vocabulary, URI space and counts from the store. */
class VoidTest {
    private static final String VOID = "http://rdfs.org/ns/void#";
    private static NormgraphServer server;
    private static Model model;
    private static Resource dataset;

    @BeforeAll
    static void start() {
        server = PaperServer.shared();
        HttpResponse<String> r = Http.get(server.url() + "void");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/turtle");
        model = ModelFactory.createModelForGraph(OntologyDocsTest.parse(r.body(), Lang.TURTLE));
        List<Resource> datasets = model.listSubjectsWithProperty(p("sparqlEndpoint")).toList();
        assertThat(datasets).hasSize(1);
        dataset = datasets.getFirst();
    }


    private static Property p(String local) { return model == null ? null : model.createProperty(VOID, local); }

    private static long number(Resource r, String local) { return r.getRequiredProperty(p(local)).getLong(); }

    @Test
    void the_dataset_names_its_endpoint_dumps_vocabulary_and_uri_space() {
        assertThat(dataset.getURI()).startsWith(server.url());
        assertThat(dataset.getPropertyResourceValue(p("sparqlEndpoint")).getURI()).isEqualTo(server.url() + "sparql");
        assertThat(model.listObjectsOfProperty(dataset, p("dataDump")).mapWith(n -> n.asResource().getURI()).toList())
                .containsExactlyInAnyOrder(server.url() + "dump/normgraph.ttl", server.url() + "dump/normgraph.nt",
                        server.url() + "dump/normgraph.nq", server.url() + "dump/normgraph.trig",
                        server.url() + "dump/normgraph.jsonld", server.url() + "dump/normgraph.rdf");
        assertThat(dataset.getPropertyResourceValue(p("vocabulary")).getURI()).isEqualTo("https://normgraph.org/ns#");
        assertThat(dataset.getRequiredProperty(p("uriSpace")).getString()).isEqualTo("https://normgraph.org/id/");
        assertThat(model.listObjectsOfProperty(dataset, DCTerms.title).mapWith(n -> n.asLiteral().getLanguage()).toList())
                .containsExactlyInAnyOrder("zh", "en");
    }

    @Test
    void the_counts_are_those_of_the_store() {
        DatasetGraph store = LoadedStore.get();
        long union = Txn.calculateRead(store, () -> Iter.count(store.getUnionGraph().find()));
        assertThat(number(dataset, "triples")).isEqualTo(union).isEqualTo(Store.size(store));
        assertThat(number(dataset, "entities")).isGreaterThan(400);
        assertThat(number(dataset, "classes")).isGreaterThan(30);
    }

    @Test
    void each_named_graph_is_a_subset_with_its_size() {
        DatasetGraph store = LoadedStore.get();
        List<RDFNode> subsets = model.listObjectsOfProperty(dataset, p("subset")).toList();
        long graphs = Txn.calculateRead(store, () -> Iter.count(store.listGraphNodes()));
        assertThat(subsets).hasSize((int) graphs);
        Property name = model.createProperty("http://www.w3.org/ns/sparql-service-description#name");
        for (RDFNode s : subsets) {
            var graph = s.asResource().getPropertyResourceValue(name).asNode();
            long size = Txn.calculateRead(store, () -> Iter.count(store.getGraph(graph).find()));
            assertThat(number(s.asResource(), "triples")).as(graph.getURI()).isEqualTo(size);
        }
    }

    @Test
    void the_well_known_address_redirects_and_accept_picks_other_formats() {
        HttpResponse<String> r = Http.get(server.url() + ".well-known/void");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location").orElse("")).endsWith("/void");
        HttpResponse<String> jsonld = Http.get(server.url() + "void", "Accept", "application/ld+json");
        assertThat(jsonld.headers().firstValue("Content-Type").orElse("")).startsWith("application/ld+json");
        assertThat(OntologyDocsTest.parse(jsonld.body(), Lang.JSONLD).size()).isEqualTo((int) model.size());
    }
}
