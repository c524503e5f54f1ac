package org.normgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** HEAD like GET, the SPARQL protocol's refusals, and JSON errors under /api even when Jetty refuses. */
class HttpProtocolTest {
    static String base;

    @BeforeAll
    static void start() {
        base = PaperServer.shared().url();
    }

    static HttpResponse<String> head(String path) {
        return Http.send(HttpRequest.newBuilder(URI.create(base + path)).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
    }

    @Test
    void head_answers_with_the_status_and_headers_of_get() {
        for (String path : new String[] {"", "id/china", "id/no-such-actor", "id/%3Cscript%3E", "api/entity/china", "api/entity/nope",
                "list/actors", "list/weapons", "matrix.csv", "void", "id/china.ttl", "sparql?query=" + Http.enc("ASK {}")}) {
            HttpResponse<String> get = Http.get(base + path);
            HttpResponse<String> head = head(path);
            assertThat(head.statusCode()).as(path).isEqualTo(get.statusCode());
            assertThat(head.headers().firstValue("Content-Type")).as(path).isEqualTo(get.headers().firstValue("Content-Type"));
            assertThat(head.body()).as(path).isEmpty();
        }
        assertThat(head("id/china").headers().firstValueAsLong("Content-Length"))
                .hasValue(Http.get(base + "id/china").body().getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void an_update_sent_by_get_is_refused() {
        HttpResponse<String> r = Http.get(base + "sparql?update=" + Http.enc("CLEAR ALL"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("POST");
    }

    @Test
    void a_query_body_in_another_charset_than_utf8_is_refused() {
        HttpResponse<String> r = Http.send(HttpRequest.newBuilder(URI.create(base + "sparql"))
                .header("Content-Type", "application/sparql-query; charset=UTF-16")
                .POST(HttpRequest.BodyPublishers.ofByteArray("ASK {}".getBytes(StandardCharsets.UTF_16))).build());
        assertThat(r.statusCode()).isEqualTo(415);
        assertThat(r.body()).contains("UTF-8");
        HttpResponse<String> utf8 = Http.post(base + "sparql", "application/sparql-query; charset=utf-8", "ASK {}");
        assertThat(utf8.statusCode()).isEqualTo(200);
    }

    @Test
    void a_path_refused_by_the_server_under_api_gets_the_json_error() {
        HttpResponse<String> r = Http.get(base + "api/entity/a%2Fb", "Accept", "text/html");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(r.body()).contains("\"status\":400").contains("\"error\"").doesNotContain("<html");
    }
}
