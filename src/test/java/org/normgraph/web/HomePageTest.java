package org.normgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The home page and the entity JSON API over the loaded paper, through the real server. */
class HomePageTest {
    private static NormgraphServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        server = PaperServer.shared();
    }


    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theHomePageShowsTheThreeConferencesOfTheLondonProcessWithTheirDatesHostsAndNumbers() throws Exception {
        HttpResponse<String> r = get("/?lang=en");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("The London Process at a glance", "href=\"/id/london-process\"",
                "href=\"/id/london-conference\"", "2011-11-01", "2011-11-02",
                "href=\"/id/budapest-conference\"", "2012-10-04", "2012-10-05",
                "href=\"/id/seoul-conference\"", "2013-10-17", "2013-10-18",
                "United Kingdom", "Hungary", "more than 60 states", "more than 700 delegates", "nearly 600 delegates");
        assertThat(r.body().indexOf("/id/london-conference")).isLessThan(r.body().indexOf("/id/budapest-conference"));
        assertThat(r.body().indexOf("/id/budapest-conference")).isLessThan(r.body().indexOf("/id/seoul-conference"));
    }

    @Test
    void theHomePageCountsWhatTheGraphHoldsAndLinksToTheSource() throws Exception {
        String body = get("/?lang=en").body();
        assertThat(body).containsPattern("\\d+ positions, \\d+ quotes").contains("href=\"/list/actors\"", "href=\"/list/norms\"",
                "href=\"/id/source/huang-2013-london-process\"", "href=\"/id/huang-zhixiong\"", "Huang Zhixiong");
        assertThat(body).containsPattern("Norms</a>: <strong>\\d+</strong>");
    }

    @Test
    void theHomePageListsTheQueryLibraryInThePageLanguage() throws Exception {
        assertThat(get("/?lang=en").body()).contains("href=\"/query?example=which-actors-backed-which-norms\"",
                "Which actors backed which norms?", "id=\"home-search\"", "action=\"/search\"");
        String zh = get("/?lang=zh").body();
        assertThat(zh).contains("哪些行为体支持了哪些规范？", "“伦敦进程”概览", "60 多个国家", "近 600 名与会者");
    }

    @Test
    void theEntityApiSummarisesChinaWithItsPositions() throws Exception {
        HttpResponse<String> r = get("/api/entity/china");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/json"));
        JsonNode e = JSON.readTree(r.body());
        assertThat(e.get("iri").asText()).isEqualTo("https://normgraph.org/id/china");
        assertThat(e.get("label").get("zh").asText()).isEqualTo("中国");
        assertThat(e.get("label").get("en").asText()).isEqualTo("China");
        assertThat(e.get("types").get(0).get("iri").asText()).isEqualTo("https://normgraph.org/ns#State");
        assertThat(e.get("aliases").get("zh").toString()).contains("中方");
        assertThat(e.get("positionsCount").asInt()).isPositive().isEqualTo(e.get("positions").size());
        JsonNode sovereignty = null;
        for (JsonNode p : e.get("positions")) if (p.get("about").get("path").asText().equals("/id/cyber-sovereignty")) sovereignty = p;
        assertThat(sovereignty).isNotNull();
        assertThat(sovereignty.get("actor").get("path").asText()).isEqualTo("/id/china");
        assertThat(sovereignty.get("stance").asText()).isEqualTo("Proposes");
        assertThat(sovereignty.get("event").get("path").asText()).isEqualTo("/id/budapest-conference");
        assertThat(sovereignty.get("date").asText()).isEqualTo("2012-10-04");
        assertThat(sovereignty.get("quote").asText()).contains("网络主权");
        assertThat(e.get("links").get("html").asText()).isEqualTo("/id/china");
        assertThat(e.get("links").get("turtle").asText()).isEqualTo("/id/china.ttl");
    }

    @Test
    void anUnknownEntityIsA404InJson() throws Exception {
        HttpResponse<String> r = get("/api/entity/nope");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(r.body()).get("status").asInt()).isEqualTo(404);
    }

    @Test
    void aMalformedSlugIsA400InJson() throws Exception {
        HttpResponse<String> r = get("/api/entity/BAD!!");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).get("error").asText()).contains("BAD!!");
    }
}
