package org.normgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.normgraph.LoadedStore;
import org.normgraph.LoadedVirtuoso;
import org.normgraph.TestLayouts;
import org.normgraph.store.remote.Stores;

/**
 * The same pages from the embedded TDB2 store and from Virtuoso, and read scale-out: two servers
 * over one Virtuoso, each with its own connection, behind a round-robin balancer answer every page
 * with the same body and ETag whichever of them serves it.
 */
class BothStoresPagesTest {
    static NormgraphServer tdb2, remoteA, remoteB;
    static TcpRoundRobin balancer;

    @BeforeAll
    static void start() throws Exception {
        tdb2 = NormgraphServer.create().dataset(LoadedStore.get()).port(0).layout(TestLayouts.project()).build().start();
        LoadedVirtuoso.get();
        remoteA = NormgraphServer.create().dataset(Stores.connect(LoadedVirtuoso.spec())).port(0).layout(TestLayouts.project()).build().start();
        remoteB = NormgraphServer.create().dataset(Stores.connect(LoadedVirtuoso.spec())).port(0).layout(TestLayouts.project()).build().start();
        balancer = new TcpRoundRobin(List.of(remoteA.port(), remoteB.port()));
    }

    @AfterAll
    static void stop() throws Exception {
        balancer.close();
        for (NormgraphServer s : List.of(tdb2, remoteA, remoteB)) s.stop();
    }

    /** The pages analysts read most, a norm's page with its chart of stances by type of actor among them. */
    static List<String> pages() {
        List<String> out = new ArrayList<>(List.of("/", "/?lang=zh", "/list/actors", "/list/norms", "/list/positions", "/id/china",
                "/id/china?lang=zh", "/id/russia", "/id/cyber-sovereignty", "/id/london-conference", "/id/budapest-convention", "/matrix", "/timeline", "/id/source/huang-2013-london-process", "/network",
                "/questions", "/search?q=cyber", "/void", "/api/entity/china",
                "/sparql?query=SELECT%20%3Fg%20(COUNT(*)%20AS%20%3Fn)%20WHERE%20%7B%20GRAPH%20%3Fg%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D%20%7D%20GROUP%20BY%20%3Fg%20ORDER%20BY%20%3Fg"));
        return out;
    }

    @ParameterizedTest
    @MethodSource("pages")
    void a_page_from_virtuoso_is_the_page_from_tdb2(String page) throws Exception {
        HttpResponse<String> local = get("http://127.0.0.1:" + tdb2.port() + page);
        HttpResponse<String> remote = get("http://127.0.0.1:" + remoteA.port() + page);
        assertThat(remote.statusCode()).isEqualTo(local.statusCode());
        String type = local.headers().firstValue("Content-Type").orElse("");
        org.apache.jena.riot.Lang rdf = org.apache.jena.riot.RDFLanguages.contentTypeToLang(type.replaceFirst(";.*", ""));
        if (rdf != null && org.apache.jena.riot.RDFLanguages.isTriples(rdf)) {   // an RDF document: the same graph, in whatever order it is written
            assertThat(graph(remote.body(), remoteA.port(), rdf).isIsomorphicWith(graph(local.body(), tdb2.port(), rdf))).isTrue();
            return;
        }
        assertThat(normal(remote.body(), remoteA.port())).isEqualTo(normal(local.body(), tdb2.port()));
    }

    @ParameterizedTest
    @MethodSource("pages")
    void two_servers_behind_a_balancer_answer_a_page_alike(String page) throws Exception {
        HttpResponse<String> first = get("http://127.0.0.1:" + balancer.port() + page);
        HttpResponse<String> second = get("http://127.0.0.1:" + balancer.port() + page);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(first.statusCode());
        assertThat(second.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        assertThat(second.body()).isEqualTo(first.body());
    }

    @Test
    void the_balancer_spreads_requests_over_both_servers() throws Exception {
        int a = balancer.taken(0), b = balancer.taken(1);
        for (int i = 0; i < 4; i++) get("http://127.0.0.1:" + balancer.port() + "/");
        assertThat(balancer.taken(0) - a).isEqualTo(2);
        assertThat(balancer.taken(1) - b).isEqualTo(2);
    }

    static org.apache.jena.graph.Graph graph(String body, int port, org.apache.jena.riot.Lang lang) {
        return org.apache.jena.riot.RDFParser.fromString(normal(body, port), lang).toGraph();
    }

    /** The body with what differs by nature between two loads on two servers: their ports and the load's time. */
    static String normal(String body, int port) {
        String s = body.replace("127.0.0.1:" + port, "HOST");
        Matcher m = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z").matcher(s);
        return m.replaceAll("LOADED-AT");
    }

    /** A new client each time: a new connection, so that the balancer picks the next server. */
    static HttpResponse<String> get(String url) throws Exception {
        try (HttpClient c = HttpClient.newHttpClient()) {
            return c.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
