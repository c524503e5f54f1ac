package org.normgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The analyst views in a real browser (headless Chromium): a matrix cell opened and its quote
 * followed to the source, the network drawn by Cytoscape.js and a node clicked through to its
 * page, the timeline filtered by actor, and compare. Screenshots go to {@code target/screenshots/}.
 */
class AnalystViewsBrowserTest {
    @RegisterExtension
    static final Browser browser = new Browser();

    private static final String SOURCE = "/id/source/huang-2013-london-process";
    private static final String CHINA_ON_SOVEREIGNTY = "tr[data-actor='china'] td[data-about='cyber-sovereignty']";
    private static NormgraphServer server;
    private static String base;

    @BeforeAll
    static void start() {
        server = PaperServer.shared();
        base = "http://localhost:" + server.port();
    }


    @Test
    void a_matrix_cell_opens_to_its_quotes_and_a_quote_leads_to_the_source_text() {
        browser.open(base + "/matrix?lang=en");
        browser.waitFor(By.id("matrix"));
        browser.script("document.getElementById('matrix').scrollIntoView()");
        browser.screenshot("matrix-overview");
        browser.click(By.cssSelector(CHINA_ON_SOVEREIGNTY + " summary"));
        WebElement quote = browser.waitFor(By.cssSelector(CHINA_ON_SOVEREIGNTY + " a.quote-link"));
        assertThat(quote.getText()).as("the quote's first words").startsWith("中国代表团团长");
        browser.script("arguments[0].scrollIntoView({block: 'end'})", quote);
        browser.screenshot("matrix");
        quote.sendKeys(org.openqa.selenium.Keys.ENTER);   // the keyboard follows a long, wrapped quote link as well
        browser.waitUntil(d -> d.getCurrentUrl().contains("#ev-"));
        URI url = URI.create(browser.url());
        assertThat(url.getPath()).isEqualTo(SOURCE);
        assertThat(url.getFragment()).matches("ev-[a-z0-9-]+");
        assertThat(browser.driver().findElements(By.id(url.getFragment()))).hasSize(1);
    }

    @Test
    void next_on_the_actor_axis_and_on_the_norm_axis_shows_other_rows_and_other_columns() {
        browser.open(base + "/matrix?lang=en&actorType=all&asize=4&nsize=3");
        browser.waitFor(By.id("matrix"));
        List<String> rows = ids("tr[data-actor]", "data-actor"), columns = ids("th.topic", "data-about");
        assertThat(rows).hasSize(4);
        assertThat(columns).hasSize(3);
        browser.click(By.cssSelector("#actor-pager a.next"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("apage=2"));
        browser.waitFor(By.id("matrix"));
        assertThat(ids("tr[data-actor]", "data-actor")).hasSize(4).doesNotContainAnyElementsOf(rows);
        assertThat(ids("th.topic", "data-about")).containsExactlyInAnyOrderElementsOf(columns);
        assertThat(browser.waitFor(By.id("actor-pager")).getText()).contains("Actors 5–8 of");
        browser.click(By.cssSelector("#norm-pager a.next"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("npage=2"));
        browser.waitFor(By.id("matrix"));
        assertThat(browser.url()).contains("apage=2").contains("actorType=all");
        assertThat(ids("th.topic", "data-about")).hasSize(3).doesNotContainAnyElementsOf(columns);
        assertThat(browser.waitFor(By.id("norm-pager")).getText()).contains("Norms and instruments 4–6 of");
        browser.screenshot("matrix-paged");
    }

    private List<String> ids(String css, String attribute) {
        @SuppressWarnings("unchecked")
        List<String> out = (List<String>) browser.script("return Array.from(document.querySelectorAll(arguments[0])).map(e => e.getAttribute(arguments[1]));",
                css, attribute);
        return out;
    }

    @Test
    void after_scrolling_the_matrix_right_and_down_its_rows_and_columns_stay_named() {
        browser.open(base + "/matrix?lang=en&actorType=all&nsize=100");
        browser.waitFor(By.id("matrix"));
        browser.script("const w = document.querySelector('.matrix-wrap'); w.scrollLeft = w.scrollWidth; w.scrollTop = 200;");
        browser.screenshot("matrix-scrolled");
        Map<?, ?> pos = (Map<?, ?>) browser.script(
                "const w = document.querySelector('.matrix-wrap');"
                + "const box = w.getBoundingClientRect();"
                + "const actor = document.querySelector('tr[data-actor=\"china\"] th.actor').getBoundingClientRect();"
                + "const topic = document.querySelector('th.topic').getBoundingClientRect();"
                + "return {wrapLeft: box.left, wrapTop: box.top, actorLeft: actor.left, topicTop: topic.top, scrolled: w.scrollLeft};");
        assertThat(((Number) pos.get("scrolled")).doubleValue()).isGreaterThan(100);
        assertThat(((Number) pos.get("actorLeft")).doubleValue())
                .isCloseTo(((Number) pos.get("wrapLeft")).doubleValue(), org.assertj.core.data.Offset.offset(2.0));
        assertThat(((Number) pos.get("topicTop")).doubleValue())
                .isCloseTo(((Number) pos.get("wrapTop")).doubleValue(), org.assertj.core.data.Offset.offset(2.0));
    }

    @Test
    void chinese_matrix_headers_read_upright_and_english_ones_bottom_to_top() {
        browser.open(base + "/matrix?lang=zh");
        browser.waitFor(By.id("matrix"));
        browser.screenshot("matrix-zh");
        assertThat(browser.script("return getComputedStyle(document.querySelector('th.topic')).transform")).isEqualTo("none");
        browser.open(base + "/matrix?lang=en");
        browser.waitFor(By.id("matrix"));
        assertThat(String.valueOf(browser.script("return getComputedStyle(document.querySelector('th.topic')).transform")))
                .startsWith("matrix(-1");
    }

    @Test
    void the_network_draws_every_node_and_a_click_on_a_node_opens_its_page() throws Exception {
        JsonNode net = new ObjectMapper().readTree(Http.get(base + "/network.json?mode=stances").body());
        long nodes = 0;
        for (JsonNode e : net.get("elements")) if (e.get("group").asText().equals("nodes")) nodes++;
        browser.open(base + "/network?lang=en");
        WebElement box = browser.waitFor(By.id("network"));
        String ready = browser.waitUntil(d -> box.getAttribute("data-ready"));
        assertThat(Long.parseLong(ready)).isEqualTo(nodes);
        assertThat(box.findElements(By.tagName("canvas"))).isNotEmpty();
        browser.script("arguments[0].scrollIntoView({block: 'center'})", box);
        browser.screenshot("network");
        // China, or if another node covers its centre in this layout, the first node that nothing covers.
        @SuppressWarnings("unchecked")
        Map<String, Object> at = (Map<String, Object>) browser.script("""
                const cy = window.normgraphNetwork, box = arguments[0];
                const free = n => { const p = n.renderedPosition();
                  return cy.nodes().every(o => o.same(n) || (b => p.x < b.x1 || p.x > b.x2 || p.y < b.y1 || p.y > b.y2)(
                      o.renderedBoundingBox({includeLabels: false}))); };
                const n = [cy.getElementById('china')].concat(cy.nodes().toArray()).find(free);
                const p = n.renderedPosition();
                return {href: n.data('href'), x: p.x, y: p.y, w: box.clientWidth, h: box.clientHeight};""", box);
        double x = ((Number) at.get("x")).doubleValue(), y = ((Number) at.get("y")).doubleValue();
        double w = ((Number) at.get("w")).doubleValue(), h = ((Number) at.get("h")).doubleValue();
        assertThat(x).isBetween(0.0, w);
        assertThat(y).isBetween(0.0, h);
        new Actions(browser.driver()).moveToElement(box, (int) Math.round(x - w / 2), (int) Math.round(y - h / 2)).click().perform();
        String href = (String) at.get("href");
        assertThat(href).startsWith("/id/");
        browser.waitUntil(d -> d.getCurrentUrl().endsWith(href));
        assertThat(browser.waitFor(By.id("entity-label")).getText()).isNotBlank();
        if (href.equals("/id/china")) assertThat(browser.driver().findElement(By.id("entity-label")).getText()).isEqualTo("China");
    }

    @Test
    void the_alignment_network_draws_only_actors() {
        browser.open(base + "/network?mode=alignment&lang=en");
        WebElement box = browser.waitFor(By.id("network"));
        browser.waitUntil(d -> box.getAttribute("data-ready"));
        assertThat(browser.script("return window.normgraphNetwork.nodes('[kind != \"actor\"]').length")).isEqualTo(0L);
        assertThat(((Number) browser.script("return window.normgraphNetwork.edges().length")).intValue()).isPositive();
        WebElement canvas = browser.driver().findElement(By.id("network"));
        canvas.sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT);
        String focused = browser.waitFor(By.id("network-focus")).getText();
        assertThat(focused).isNotBlank();
        assertThat(browser.script("return window.normgraphNetwork.nodes(':selected').length")).isEqualTo(1L);
        browser.script("arguments[0].scrollIntoView({block: 'center'})", box);
        browser.screenshot("network-alignment");
    }

    @Test
    void choosing_an_actor_narrows_the_timeline() {
        browser.open(base + "/timeline?lang=en");
        int all = browser.waitForAtLeast(By.cssSelector("li.tl-item"), 10).size();
        browser.screenshot("timeline");
        new Select(browser.waitFor(By.id("timeline-actor"))).selectByValue("china");
        browser.click(By.id("timeline-apply"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("actor=china"));
        List<WebElement> items = browser.waitForAtLeast(By.cssSelector("li.tl-item"), 1);
        assertThat(items.size()).isLessThan(all);
        List<String> ids = items.stream().map(i -> i.getAttribute("data-item")).toList();
        assertThat(ids).contains("budapest-conference", "china-budapest-cyber-sovereignty").doesNotContain("stuxnet");
        assertThat(new Select(browser.driver().findElement(By.id("timeline-actor"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("china");
        browser.screenshot("timeline-china");
    }

    @Test
    void compare_is_reached_from_the_actor_page_and_shows_where_they_differ() {
        browser.open(base + "/id/china?lang=en");
        browser.click(By.cssSelector("#compare-with a[href='/compare?actor=china&actor=united-states']"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/compare?"));
        WebElement row = browser.waitFor(By.cssSelector("tr.verdict-differ[data-about='need-international-cyber-legislation']"));
        assertThat(row.findElements(By.cssSelector("a.quote-link"))).hasSizeGreaterThanOrEqualTo(2);
        browser.script("window.scrollTo(0, 0)");
        browser.screenshot("compare");
    }
}
