package org.normgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * What a person sees in a real browser (headless Chromium): the home page, an actor's page and its
 * positions, a quote followed to the source text, the language switch, the SPARQL editor running a
 * library query, and the header search. Screenshots go to {@code target/screenshots/}.
 */
class BrowserTest {
    @RegisterExtension
    static final Browser browser = new Browser();

    private static final String SOURCE = "/id/source/huang-2013-london-process";
    /** YASGUI keeps every tab's panel in the page; only the active one is shown. */
    private static final String ACTIVE_TAB = "#yasgui .tabPanel.active";
    private static final String RESULT_ROWS = ACTIVE_TAB + " .yasr table.dataTable tbody tr";
    private static final String RESULT_HEADERS = ACTIVE_TAB + " .yasr table.dataTable thead th";
    private static NormgraphServer server;
    private static String base;

    @BeforeAll
    static void start() {
        server = PaperServer.shared();
        base = "http://localhost:" + server.port();
    }


    @Test
    void theHomePageOpensWithTheSiteHeader() {
        Assumptions.assumeTrue(status("/") != 404, "the home page (/) is not built yet");
        browser.open(base + "/?lang=en");
        assertThat(browser.waitFor(By.cssSelector("header.site a.brand")).getText()).isEqualTo("normgraph");
        assertThat(browser.driver().findElements(By.cssSelector("a[href='/list/actors']"))).isNotEmpty();
        browser.screenshot("home-page");
    }

    @Test
    void theActorListLeadsToChina() {
        browser.open(base + "/list/actors?lang=en");
        browser.click(By.cssSelector("main a[href='/id/china']"));
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/id/china"));
        assertThat(browser.waitFor(By.id("entity-label")).getText()).isEqualTo("China");
    }

    @Test
    void theActorPageOfChinaShowsItsPositions() {
        browser.open(base + "/id/china?lang=en");
        assertThat(browser.waitFor(By.id("entity-label")).getText()).isEqualTo("China");
        List<WebElement> positions = browser.waitForAtLeast(By.cssSelector("li.position, .position"), 3);
        assertThat(positions.stream().map(WebElement::getText).toList())
                .anySatisfy(t -> assertThat(t).containsIgnoringCase("sovereignty"));
        browser.screenshot("actor-page");
    }

    @Test
    void aQuoteLinkOpensTheSourceViewAtItsEvidence() {
        browser.open(base + "/id/china?lang=en");
        browser.click(By.cssSelector("a.quote-link"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("#ev-"));
        URI url = URI.create(browser.url());
        assertThat(url.getPath()).isEqualTo(SOURCE);
        assertThat(url.getFragment()).matches("ev-[a-z0-9-]+");
        browser.screenshot("source-view");
        Assumptions.assumeTrue(!browser.driver().findElements(By.id(url.getFragment())).isEmpty(),
                "the source view does not mark evidence with ids yet");
        Object inView = browser.script("const r = document.getElementById(arguments[0]).getBoundingClientRect();"
                + " return r.top >= -5 && r.top < window.innerHeight;", url.getFragment());
        assertThat(inView).as("the evidence is scrolled into view").isEqualTo(true);
    }

    @Test
    void theLanguageSwitchShowsChineseLabels() {
        browser.open(base + "/id/china?lang=en");
        assertThat(browser.waitFor(By.id("entity-label")).getText()).isEqualTo("China");
        browser.click(By.id("lang-switch"));
        assertThat(browser.waitForText(By.id("entity-label"), "中国").getText()).isEqualTo("中国");
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("zh");
        browser.click(By.id("lang-switch"));
        assertThat(browser.waitForText(By.id("entity-label"), "China").getText()).isEqualTo("China");
    }

    @Test
    void theSparqlEditorRunsALibraryQueryAndShowsItsRows() {
        browser.open(base + "/query?lang=en");
        browser.waitFor(By.cssSelector(ACTIVE_TAB + " .yasqe .CodeMirror"));
        browser.click(By.id("example-which-actors-backed-which-norms"));
        browser.waitUntil(d -> currentQuery().contains("SELECT"));
        assertThat(currentQuery()).isEqualTo(browser.script(
                "return JSON.parse(document.getElementById('examples').textContent).examples"
                        + ".find(e => e.name === 'which-actors-backed-which-norms').sparql"));
        assertThat(browser.url()).endsWith("/query?example=which-actors-backed-which-norms");
        browser.script("window.responses = 0; window.normgraphYasgui.on('queryResponse', () => window.responses++)");
        browser.click(By.cssSelector(ACTIVE_TAB + " .yasqe_queryButton"));
        browser.waitUntil(d -> ((Number) browser.script("return window.responses")).intValue() > 0);
        assertThat(browser.waitForTexts(RESULT_HEADERS, 3)).contains("normLabel", "actorLabel", "stance");
        List<String> rows = browser.waitForTexts(RESULT_ROWS, 5);
        assertThat(rows).anySatisfy(t -> assertThat(t).contains("China"));
        @SuppressWarnings("unchecked")
        List<String> hrefs = (List<String>) browser.script("return Array.from(document.querySelectorAll('"
                + ACTIVE_TAB + " .yasr table.dataTable tbody a')).map(a => a.getAttribute('href'))");
        assertThat(hrefs).isNotEmpty().contains("/id/china").noneMatch(h -> h.startsWith("https://normgraph.org/"));
        browser.script("window.scrollTo(0, 0)");
        browser.screenshot("sparql-page");
        browser.script("document.querySelector('#yasgui .tabPanel.active .yasr').scrollIntoView()");
        browser.screenshot("sparql-results");
    }

    @Test
    void aSharedQueryLinkOpensWithThatQueryAndRunsIt() {
        String query = "SELECT ?label WHERE { <https://normgraph.org/id/china> "
                + "<http://www.w3.org/2000/01/rdf-schema#label> ?label }";
        browser.open(base + "/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        browser.waitUntil(d -> query.equals(currentQuery()));
        browser.waitUntil(d -> browser.waitForTexts(RESULT_HEADERS, 1).stream().map(String::strip)
                .filter(h -> !h.isEmpty()).toList().equals(List.of("label")));
        List<String> rows = browser.waitForTexts(RESULT_ROWS, 2);
        assertThat(rows)
                .anySatisfy(t -> assertThat(t).contains("中国"))
                .anySatisfy(t -> assertThat(t).contains("China"));
        String share = browser.driver().findElement(By.id("share-link")).getAttribute("href");
        assertThat(share).isEqualTo(base + "/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                .replace("+", "%20"));
    }

    @Test
    void anExampleLinkOpensWithThatExampleInChinese() {
        browser.open(base + "/query?example=contested-norms&lang=zh");
        browser.waitUntil(d -> currentQuery().contains("SELECT"));
        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("SPARQL 查询编辑器");
        WebElement current = browser.waitFor(By.cssSelector("a.example.current"));
        assertThat(current.getAttribute("data-example")).isEqualTo("contested-norms");
        assertThat(current.getText()).containsPattern("\\p{IsHan}");
        assertThat(browser.script("return window.normgraphYasgui.getTab().getName()")).isEqualTo(current.getText());
        browser.open(base + "/query?lang=en");
    }

    @Test
    void searchingFromTheHeaderBoxFindsCyberSovereignty() {
        Assumptions.assumeTrue(status("/search?q=x") != 404, "/search is not built yet");
        browser.open(base + "/list/actors?lang=zh");
        WebElement box = browser.waitFor(By.id("search-box"));
        box.sendKeys("网络主权", Keys.ENTER);
        browser.waitUntil(d -> d.getCurrentUrl().contains("/search"));
        browser.waitFor(By.cssSelector("main a[href='/id/cyber-sovereignty']"));
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("网络主权");
        browser.screenshot("search");
        browser.open(base + "/list/actors?lang=en");
    }

    private static String currentQuery() {
        Object q = browser.script("return window.normgraphYasgui ? window.normgraphYasgui.getTab().getQuery() : ''");
        return q == null ? "" : q.toString();
    }

    private static int status(String path) {
        try {
            HttpRequest r = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Accept", "text/html").GET().build();
            return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
