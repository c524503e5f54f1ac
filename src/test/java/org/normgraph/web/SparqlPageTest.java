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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SPARQL editor page as HTML: the library, the data for its script, links and bad input. */
class SparqlPageTest {
    private static final Pattern JSON_SCRIPT =
            Pattern.compile("<script type=\"application/json\" id=\"examples\">(.*?)</script>", Pattern.DOTALL);
    private static NormgraphServer server;
    private static String base;

    @BeforeAll
    static void start() {
        server = PaperServer.shared();
        base = "http://localhost:" + server.port();
    }


    @Test
    void thePageLoadsYasguiFromTheWebJarAndTheWebJarIsServed() {
        String html = get("/query?lang=en").body();
        assertThat(html).contains("/webjars/zazuko__yasgui/4.5.0/build/yasgui.min.js", "/static/sparql.js",
                "<div id=\"yasgui\"", "data-endpoint=\"/sparql\"");
        assertThat(get("/webjars/zazuko__yasgui/4.5.0/build/yasgui.min.js").statusCode()).isEqualTo(200);
        assertThat(get("/webjars/zazuko__yasgui/4.5.0/build/yasgui.min.css").statusCode()).isEqualTo(200);
        assertThat(get("/static/sparql.js").statusCode()).isEqualTo(200);
    }

    @Test
    void theLibraryIsListedWithTitlesInThePageLanguage() {
        String en = get("/query?lang=en").body();
        String zh = get("/query?lang=zh").body();
        assertThat(en).contains("id=\"example-which-actors-backed-which-norms\"", "Query library");
        assertThat(zh).contains("查询库", "SPARQL 查询编辑器");
        assertThat(zh).contains(">哪些行为体支持了哪些规范？</a>");
    }

    @Test
    void theExamplesReachTheScriptAsJsonThatCannotCloseItsElement() throws Exception {
        String html = get("/query?lang=en").body();
        Matcher m = JSON_SCRIPT.matcher(html);
        assertThat(m.find()).isTrue();
        String json = m.group(1);
        assertThat(json).doesNotContain("<", ">", "&");
        JsonNode data = new ObjectMapper().readTree(json);
        assertThat(data.get("start").asText()).contains("PREFIX ng: <https://normgraph.org/ns#>",
                "PREFIX id: <https://normgraph.org/id/>", "PREFIX skos:", "PREFIX oa:", "PREFIX dcterms:", "PREFIX xsd:");
        List<String> names = data.get("examples").findValuesAsText("name");
        assertThat(names).contains("which-actors-backed-which-norms", "contested-norms");
        assertThat(data.get("examples").get(0).get("sparql").asText()).contains("SELECT");
    }

    @Test
    void theScriptJsonEscapesWhatCouldEndTheScriptElement() {
        assertThat(SparqlPage.scriptJson(Map.of("q", "</script><b>&amp;")))
                .isEqualTo("{\"q\":\"\\u003c/script\\u003e\\u003cb\\u003e\\u0026amp;\"}");
    }

    @Test
    void anExampleLinkFillsTheFallbackFormAndMarksTheExample() {
        HttpResponse<String> r = get("/query?example=contested-norms&lang=en");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("data-example=\"contested-norms\"", "class=\"example current\"",
                "href=\"/query?example=contested-norms\"");
        assertThat(textarea(r.body())).contains("SELECT");
    }

    @Test
    void aQueryLinkFillsTheFallbackFormEscaped() {
        String q = "SELECT * WHERE { ?s ?p \"</textarea><script>\" }";
        String body = get("/query?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).body();
        assertThat(textarea(body)).isEqualTo("SELECT * WHERE { ?s ?p &quot;&lt;/textarea&gt;&lt;script&gt;&quot; }");
        assertThat(body).doesNotContain("<script>\"");
    }

    @Test
    void withoutJavascriptThePageOffersAPlainFormToTheEndpoint() {
        String body = get("/query?lang=en").body();
        assertThat(body).contains("<noscript>", "<form action=\"/sparql\" method=\"get\">", "name=\"query\"",
                "This editor needs JavaScript");
    }

    @Test
    void anUnknownExampleIsANotFoundPage() {
        HttpResponse<String> r = get("/query?example=no-such-question&lang=en");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("id=\"error-message\"", "no-such-question");
    }

    @Test
    void anOverlongQueryOrExampleNameIsABadRequest() {
        assertThat(get("/query?query=" + "x".repeat(SparqlPage.MAX_QUERY + 1)).statusCode()).isEqualTo(400);
        assertThat(get("/query?example=" + "x".repeat(SparqlPage.MAX_NAME + 1)).statusCode()).isEqualTo(400);
    }

    private static String textarea(String html) {
        Matcher m = Pattern.compile("<textarea id=\"fallback-query\"[^>]*>(.*?)</textarea>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static HttpResponse<String> get(String path) {
        try {
            HttpRequest r = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build();
            return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
