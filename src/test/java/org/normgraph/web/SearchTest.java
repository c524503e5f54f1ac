package org.normgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Full-text search over the loaded paper, through the real server: the HTML page and the JSON API. */
class SearchTest {
    private static NormgraphServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        server = PaperServer.shared();
    }


    static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + pathAndQuery.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    /** The local paths of the API's hits for a query, best first. */
    static List<String> hitPaths(String q) throws Exception {
        HttpResponse<String> r = get("/api/search?q=" + enc(q));
        assertThat(r.statusCode()).isEqualTo(200);
        List<String> paths = new ArrayList<>();
        JSON.readTree(r.body()).get("hits").forEach(h -> paths.add(h.get("path").asText()));
        return paths;
    }

    @Test
    void theChineseNameOfCyberSovereigntyFindsItAmongTheFirstThree() throws Exception {
        assertThat(hitPaths("网络主权").stream().limit(3)).contains("/id/cyber-sovereignty");
    }

    @Test
    void theEnglishWordSovereigntyFindsCyberSovereignty() throws Exception {
        assertThat(hitPaths("sovereignty").stream().limit(3)).contains("/id/cyber-sovereignty");
    }

    @Test
    void aWordBeginningFindsTheLongerWordAndThePageMarksIt() throws Exception {
        assertThat(hitPaths("sovereign").stream().limit(3)).contains("/id/cyber-sovereignty");
        String html = get("/search?lang=en&q=sovereign").body();
        assertThat(html).contains("<a class=\"hit-label\" href=\"/id/cyber-sovereignty\">Cyber <mark>sovereign</mark>ty</a>");
        String zh = get("/search?lang=zh&q=" + enc("网络主权")).body();
        assertThat(zh).contains("<mark>");
    }

    @Test
    void cameronIsFoundByHisChineseAndHisEnglishName() throws Exception {
        assertThat(hitPaths("卡梅伦").getFirst()).isEqualTo("/id/cameron");
        assertThat(hitPaths("Cameron").getFirst()).isEqualTo("/id/cameron");
    }

    @Test
    void aFrenchWordWithAccentsFindsTheFrenchParisCallQuotesThoughTheTextStoresCombiningMarks() throws Exception {
        assertThat(hitPaths("hygiène").stream().limit(3)).contains("/id/cyber-hygiene");
        assertThat(hitPaths("divulgation").stream().limit(3)).contains("/id/coordinated-vulnerability-disclosure");
    }

    @Test
    void budapestFindsTheConferenceAndTheConvention() throws Exception {
        assertThat(hitPaths("budapest").stream().limit(5)).contains("/id/budapest-conference", "/id/budapest-convention");
    }

    @Test
    void theJsonApiAnswersWithTheQueryAndHitsWithNamesTypeSnippetAndScore() throws Exception {
        HttpResponse<String> r = get("/api/search?q=" + enc("网络主权"));
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/json"));
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("query").asText()).isEqualTo("网络主权");
        JsonNode hit = null;
        for (JsonNode h : body.get("hits")) if (h.get("path").asText().equals("/id/cyber-sovereignty")) hit = h;
        assertThat(hit).isNotNull();
        assertThat(hit.get("iri").asText()).isEqualTo("https://normgraph.org/id/cyber-sovereignty");
        assertThat(hit.get("type").asText()).isEqualTo("Norm");
        assertThat(hit.get("label").get("zh").asText()).isEqualTo("网络主权");
        assertThat(hit.get("label").get("en").asText()).isEqualTo("Cyber sovereignty");
        assertThat(hit.get("snippet").asText()).contains("网络主权");
        assertThat(hit.get("score").asDouble()).isPositive();
        assertThat(body.get("hits").size()).isLessThanOrEqualTo(50);
    }

    @Test
    void theResultsPageShowsTypeBothNamesAndTheMatchedQuote() throws Exception {
        HttpResponse<String> r = get("/search?lang=en&q=" + enc("网络主权"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("href=\"/id/cyber-sovereignty\"", "Cyber sovereignty", "网络主权", "Norm",
                "class=\"quote-link\"");
    }

    @Test
    void anEmptyQueryShowsAHintAndNoResults() throws Exception {
        HttpResponse<String> r = get("/search?lang=en&q=");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("id=\"search-hint\"").doesNotContain("class=\"search-hit\"");
        assertThat(JSON.readTree(get("/api/search").body()).get("hits").size()).isZero();
    }

    @Test
    void luceneSyntaxInAQueryIsJustTextAndNeverAnError() throws Exception {
        for (String q : List.of("\"", "(", "*:*", "title:[a TO z]", "网络主权 AND (", "\\", "~1^2")) {
            assertThat(get("/api/search?q=" + enc(q)).statusCode()).as(q).isEqualTo(200);
            assertThat(get("/search?q=" + enc(q)).statusCode()).as(q).isEqualTo(200);
        }
        assertThat(JSON.readTree(get("/api/search?q=" + enc("*:*")).body()).get("hits").size()).isZero();
    }

    @Test
    void aQueryLongerThan200CharactersIsRefusedWith400() throws Exception {
        String q = "网".repeat(201);
        HttpResponse<String> api = get("/api/search?q=" + enc(q));
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(api.body()).get("status").asInt()).isEqualTo(400);
        assertThat(get("/search?q=" + enc(q)).statusCode()).isEqualTo(400);
        assertThat(get("/api/search?q=" + enc("网".repeat(200))).statusCode()).isEqualTo(200);
    }

    @Test
    void markupInAQueryIsEscapedOnThePage() throws Exception {
        HttpResponse<String> r = get("/search?q=" + enc("<script>alert(1)</script>"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
    }
}
