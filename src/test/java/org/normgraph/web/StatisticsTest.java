package org.normgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normgraph.TestLayouts;
import org.normgraph.store.Loader;
import org.normgraph.store.Store;

/**
 * The counts of {@code /void} and of the home page, kept since the data was written, equal what a
 * walk over the store finds: after a load of the seeds and after an authenticated update.
 */
class StatisticsTest {
    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String NG = "https://normgraph.org/ns#";
    private static final String OA = "http://www.w3.org/ns/oa#";
    private static final String PASSWORD = "statistics-test-password";
    @TempDir static Path tmp;
    static DatasetGraph dsg;
    static NormgraphServer server;

    @BeforeAll
    static void start() {
        dsg = Store.open(tmp.resolve("db"));
        new Loader(TestLayouts.project(), new PrintStream(new ByteArrayOutputStream())).load(dsg);
        server = NormgraphServer.create().dataset(dsg).port(0).adminPassword(PASSWORD).layout(TestLayouts.project()).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void void_and_home_counts_are_those_of_the_store_after_a_load_and_after_an_update() throws Exception {
        assertCountsMatchTheStore();
        String update = Files.readString(Path.of("src/test/resources/fixtures/statistics-update.ru"));
        HttpResponse<String> u = Http.post(server.url() + "sparql/update", "application/sparql-update", update,
                "Authorization", SecurityTest.basic("admin", PASSWORD));
        assertThat(u.statusCode()).isEqualTo(204);
        assertCountsMatchTheStore();
    }

    private static void assertCountsMatchTheStore() {
        Walk walk = Txn.calculateRead(dsg, () -> Walk.of(dsg));
        Model m = ModelFactory.createModelForGraph(OntologyDocsTest.parse(Http.get(server.url() + "void").body(), Lang.TURTLE));
        Resource ds = m.listSubjectsWithProperty(m.createProperty(VOID, "sparqlEndpoint")).next();
        assertThat(number(ds, "triples")).isEqualTo(walk.triples).isEqualTo(Store.size(dsg));
        assertThat(number(ds, "distinctSubjects")).isEqualTo(walk.subjects.size());
        assertThat(number(ds, "properties")).isEqualTo(walk.properties.size());
        assertThat(number(ds, "distinctObjects")).isEqualTo(walk.objects.size());
        assertThat(number(ds, "classes")).isEqualTo(walk.classes.size());
        assertThat(number(ds, "entities")).isEqualTo(walk.subjects.stream()
                .filter(s -> s.isURI() && s.getURI().startsWith("https://normgraph.org/id/")).count());
        Map<String, Long> subsets = new HashMap<>();
        m.listObjectsOfProperty(ds, m.createProperty(VOID, "subset")).forEach(s -> subsets.put(
                s.asResource().getPropertyResourceValue(m.createProperty("http://www.w3.org/ns/sparql-service-description#", "name")).getURI(),
                number(s.asResource(), "triples")));
        assertThat(subsets).isEqualTo(walk.graphs);

        String home = Http.get(server.url() + "?lang=en").body();
        assertThat(home).contains(walk.typed(NG + "Position") + " positions, " + walk.evidence + " quotes",
                walk.typed(NG + "Claim") + " evidenced facts, " + walk.typed(NG + "SourceDocument") + " source document(s)");
    }

    private static long number(Resource r, String local) {
        return r.getRequiredProperty(r.getModel().createProperty(VOID, local)).getLong();
    }

    /** Everything counted by walking the store's quads, as the counts are defined. */
    private record Walk(Set<Node> subjects, Set<Node> properties, Set<Node> objects, Set<Node> classes,
                        Map<String, Long> graphs, Map<Node, Set<Node>> byClass, long evidence, long triples) {
        static Walk of(DatasetGraph dsg) {
            Graph union = dsg.getUnionGraph();
            Set<Node> subjects = new HashSet<>(), properties = new HashSet<>(), objects = new HashSet<>(), classes = new HashSet<>();
            Map<Node, Set<Node>> byClass = new HashMap<>();
            long triples = 0;
            for (Triple t : union.find().toList()) {
                triples++;
                subjects.add(t.getSubject());
                properties.add(t.getPredicate());
                objects.add(t.getObject());
                if (t.getPredicate().equals(RDF.type.asNode())) {
                    classes.add(t.getObject());
                    byClass.computeIfAbsent(t.getObject(), k -> new HashSet<>()).add(t.getSubject());
                }
            }
            Map<String, Long> graphs = new HashMap<>();
            dsg.find().forEachRemaining(q -> graphs.merge(q.getGraph().getURI(), 1L, Long::sum));
            Node selector = NodeFactory.createURI(OA + "hasSelector");
            long evidence = byClass.getOrDefault(NodeFactory.createURI(OA + "SpecificResource"), Set.of()).stream()
                    .filter(e -> union.contains(e, selector, Node.ANY)).count();
            return new Walk(subjects, properties, objects, classes, graphs, byClass, evidence, triples);
        }

        long typed(String type) {
            return byClass.getOrDefault(NodeFactory.createURI(type), Set.of()).size();
        }
    }
}
