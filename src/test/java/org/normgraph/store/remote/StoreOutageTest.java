package org.normgraph.store.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.normgraph.TestLayouts;
import org.normgraph.VirtuosoServer;
import org.normgraph.web.NormgraphServer;

/**
 * The store going away while normgraph serves: pages and /sparql answer 503 with Retry-After and a
 * plain message (never a 500 or a stack trace), after the requests to the store were tried again.
 */
class StoreOutageTest {
    @Test
    void a_store_that_stops_answering_gives_503_pages_and_sparql_answers_without_a_trace() throws Exception {
        VirtuosoServer virtuoso = VirtuosoServer.start();
        RemoteDataset ds = Stores.connect(RemoteLoadTest.spec(virtuoso));
        RemoteLoadTest.load(ds);
        NormgraphServer server = NormgraphServer.create().dataset(ds).port(0).layout(TestLayouts.project()).build().start();
        try {
            assertThat(get(server.url() + "id/china").statusCode()).isEqualTo(200);
            virtuoso.kill();
            Thread.sleep(RemoteDataset.REFRESH_MILLIS + 100);   // past the moment the current load is read again
            for (String page : new String[] {"id/russia", "list/actors", "api/entity/russia"}) {
                HttpResponse<String> r = get(server.url() + page);
                assertThat(r.statusCode()).as(page).isEqualTo(503);
                assertThat(r.headers().firstValue("Retry-After")).as(page).isPresent();
                assertThat(r.body()).as(page).doesNotContain("Exception").doesNotContain("at org.");
            }
            HttpResponse<String> sparql = get(server.url() + "sparql?query="
                    + URLEncoder.encode("SELECT * WHERE { ?s ?p ?o } LIMIT 1", StandardCharsets.UTF_8));
            assertThat(sparql.statusCode()).isEqualTo(503);
            assertThat(sparql.headers().firstValue("Retry-After")).isPresent();
            assertThat(sparql.body()).contains("not answering").doesNotContain("Exception").doesNotContain("at org.");
        } finally {
            server.stop();
            virtuoso.stop();
        }
    }

    @Test
    void a_query_the_store_does_not_answer_within_the_timeout_gets_503_as_on_tdb2() throws Exception {
        VirtuosoServer virtuoso = VirtuosoServer.start();
        RemoteDataset ds = Stores.connect(RemoteLoadTest.spec(virtuoso));
        RemoteLoadTest.load(ds);
        NormgraphServer server = NormgraphServer.create().dataset(ds).port(0).timeoutSeconds(1).layout(TestLayouts.project()).build().start();
        try {
            HttpResponse<String> r = get(server.url() + "sparql?query="
                    + URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", StandardCharsets.UTF_8));
            assertThat(r.statusCode()).isEqualTo(503);   // a whole answer would be 200: the query was given up at the timeout
            assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
        } finally {
            server.stop();
            virtuoso.kill();   // the store may still be counting
        }
    }

    private static HttpResponse<String> get(String url) throws Exception {
        try (HttpClient c = HttpClient.newHttpClient()) {
            return c.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
