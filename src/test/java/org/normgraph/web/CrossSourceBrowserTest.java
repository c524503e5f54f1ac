package org.normgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.normgraph.ConflictingStore;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * More than one voice, in a real browser on a desktop and on a phone: Russia's page with its own
 * 2013 text before the paper and the two set side by side where they meet; the Budapest
 * Convention's page with its articles, the paper's account and the Paris Call's reference to it;
 * two sources compared through the form; and the consistency report.
 */
class CrossSourceBrowserTest {
    @RegisterExtension
    static final Browser browser = new Browser();
    private static String base;
    private static NormgraphServer conflicting;

    @BeforeAll
    static void start() {
        base = PaperServer.shared().url();
        conflicting = NormgraphServer.create().dataset(ConflictingStore.get()).port(0).layout(ConflictingStore.layout()).build().start();
    }

    @AfterAll
    static void stop() {
        conflicting.stop();
    }

    @ParameterizedTest(name = "{0}×{1} {2}")
    @CsvSource({"1366, 900, en", "390, 844, zh"})
    void an_analyst_reads_what_several_sources_say(int width, int height, String lang) {
        browser.driver().manage().window().setSize(new Dimension(width, height));
        String shot = (width < 500 ? "phone-" : "desktop-") + lang + "-";

        browser.open(base + "id/russia?lang=" + lang);
        List<WebElement> groups = browser.waitForAtLeast(By.cssSelector("#positions .source-group"), 2);
        assertThat(groups.get(0).getAttribute("id")).isEqualTo("positions-russia-2013-basic-principles");
        assertThat(groups.get(1).getAttribute("id")).isEqualTo("positions-huang-2013-london-process");
        WebElement meet = browser.waitFor(By.cssSelector("#cross-source .cross.agree"));
        List<WebElement> sides = meet.findElements(By.cssSelector(".cross-side"));
        assertThat(sides).hasSize(2);
        assertThat(sides.get(0).getText()).contains("Convention on International Information Security");
        assertThat(sides.get(1).getText()).contains("网络安全国际公约");
        assertThat(sides.get(0).isDisplayed()).isTrue();
        browser.script("arguments[0].scrollIntoView({block: 'center'})", meet);
        browser.screenshot(shot + "russia-sources-meet");

        browser.open(base + "id/budapest-convention?lang=" + lang);
        String page = browser.waitFor(By.tagName("main")).getText();
        assertThat(browser.driver().findElements(By.cssSelector("a[href='/id/budapest-convention-art-32']"))).isNotEmpty();
        assertThat(browser.driver().findElement(By.id("positions-huang-2013-london-process")).getText()).contains("布达佩斯公约");
        assertThat(browser.driver().findElement(By.id("positions-paris-call-2018")).getText()).contains("Budapest Convention");
        assertThat(page).isNotBlank();
        browser.screenshot(shot + "budapest-convention");

        browser.open(base + "compare/sources?lang=" + lang);
        new Select(browser.waitFor(By.id("pick-a"))).selectByValue("russia-2013-basic-principles");
        new Select(browser.driver().findElement(By.id("pick-b"))).selectByValue("huang-2013-london-process");
        browser.click(By.cssSelector("#source-picker button"));
        WebElement met = browser.waitFor(By.cssSelector("#meet .cross"));
        assertThat(met.getText()).contains(lang.equals("zh") ? "来源一致" : "sources agree");
        assertThat(browser.driver().findElements(By.cssSelector("#entities-shared a[href='/id/russia']"))).hasSize(1);
        browser.screenshot(shot + "compare-sources");

        browser.open(conflicting.url() + "reports/consistency?lang=" + lang);
        List<WebElement> findings = browser.waitForAtLeast(By.cssSelector("article.finding"), 4);
        assertThat(findings).hasSize(4);
        WebElement date = browser.driver().findElement(By.cssSelector("#kind-date article.finding"));
        assertThat(date.findElements(By.cssSelector("a.quote-link"))).hasSize(2);
        Object overflow = browser.script("return document.documentElement.scrollWidth > window.innerWidth + 1;");
        assertThat(overflow).as("no sideways scrolling").isEqualTo(false);
        browser.screenshot(shot + "consistency-report");
    }

    @ParameterizedTest(name = "{0}×{1} {2}")
    @CsvSource({"1366, 900, en", "390, 844, zh"})
    void an_analyst_pages_through_an_entity_pages_positions_and_where_sources_meet(int width, int height, String lang) {
        browser.driver().manage().window().setSize(new Dimension(width, height));
        browser.open(base + "id/paris-call-supporters?size=10&xsize=1&lang=" + lang);
        List<WebElement> first = browser.waitForAtLeast(By.cssSelector("#positions li.position"), 10);
        String firstQuote = first.getFirst().findElement(By.cssSelector("a.quote-link")).getAttribute("href");
        String meet = browser.waitFor(By.cssSelector("#cross-source .cross h3")).getText();
        browser.click(By.cssSelector("#positions-pager a[rel=next]"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("page=2#positions"));
        List<WebElement> second = browser.waitForAtLeast(By.cssSelector("#positions li.position"), 1);
        assertThat(second.getFirst().findElement(By.cssSelector("a.quote-link")).getAttribute("href")).isNotEqualTo(firstQuote);
        assertThat(browser.waitFor(By.id("positions-pager")).getText()).contains(lang.equals("zh") ? "第 2 页" : "page 2 of");
        assertThat(browser.waitFor(By.cssSelector("#cross-source .cross h3")).getText()).as("where sources meet stays on its page").isEqualTo(meet);
        browser.click(By.cssSelector("#cross-source-pager a[rel=next]"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("xpage=2#cross-source"));
        assertThat(browser.waitFor(By.cssSelector("#cross-source .cross h3")).getText()).isNotEqualTo(meet);
        assertThat(browser.url()).contains("page=2");
        Object overflow = browser.script("return document.documentElement.scrollWidth > window.innerWidth + 1;");
        assertThat(overflow).as("no sideways scrolling").isEqualTo(false);
        browser.screenshot((width < 500 ? "phone-" : "desktop-") + lang + "-entity-pages");
    }
}
