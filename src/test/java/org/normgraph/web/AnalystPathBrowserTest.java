package org.normgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The analyst's path through normgraph, on a desktop and on a 390 px phone, in both languages:
 * China's page and a quote with its context (and, in English, normgraph's translation), the quote
 * followed to the source, the matrix scrolled right with its rows still named, its CSV read with a
 * BOM-aware reader, two actors chosen and compared, a question answered and its CSV read.
 */
class AnalystPathBrowserTest {
    @RegisterExtension
    static final Browser browser = new Browser();
    private static String base;

    @BeforeAll
    static void start() {
        base = PaperServer.shared().url();
    }

    @ParameterizedTest(name = "{0}×{1} {2}")
    @CsvSource({"1366, 900, en", "1366, 900, zh", "390, 844, en", "390, 844, zh"})
    void an_analyst_reads_the_evidence_and_works_the_views(int width, int height, String lang) {
        browser.driver().manage().window().setSize(new Dimension(width, height));
        String shot = (width < 500 ? "phone-" : "desktop-") + lang + "-";
        try {
            // China's page: a quote with its context, and in English normgraph's translation under it
            browser.open(base + "id/china?lang=" + lang);
            WebElement quote = browser.waitFor(By.cssSelector("#positions blockquote.quote"));
            assertThat(quote.findElements(By.cssSelector(".context"))).isNotEmpty();
            if (lang.equals("en")) {
                assertThat(quote.findElement(By.cssSelector(".translation")).getText()).startsWith("normgraph's translation:");
            } else {
                assertThat(quote.findElements(By.cssSelector(".translation"))).isEmpty();
            }
            browser.script("arguments[0].scrollIntoView({block: 'center'})", quote);
            browser.screenshot(shot + "china-quote");
            WebElement link = quote.findElement(By.cssSelector("a.quote-link"));
            link.sendKeys(Keys.ENTER);
            browser.waitUntil(d -> d.getCurrentUrl().contains("/id/source/") && d.getCurrentUrl().contains("#ev-"));
            String fragment = URI.create(browser.url()).getFragment();
            assertThat(browser.driver().findElements(By.id(fragment))).hasSize(1);

            // the matrix, scrolled right: the actor column still names each row
            browser.open(base + "matrix?lang=" + lang);
            browser.waitFor(By.id("matrix"));
            browser.script("const w = document.querySelector('.matrix-wrap'); w.scrollLeft = w.scrollWidth;");
            Number actorLeft = (Number) browser.script("return document.querySelector('tr[data-actor=\"china\"] th.actor').getBoundingClientRect().left");
            Number wrapLeft = (Number) browser.script("return document.querySelector('.matrix-wrap').getBoundingClientRect().left");
            assertThat(actorLeft.doubleValue()).isCloseTo(wrapLeft.doubleValue(), org.assertj.core.data.Offset.offset(2.0));
            browser.screenshot(shot + "matrix-scrolled");
            String csvHref = browser.driver().findElement(By.id("download-csv")).getAttribute("href");
            List<CSVRecord> matrix = CsvDownloads.records(csvHref);
            assertThat(matrix.getFirst().toList()).contains(lang.equals("zh") ? "网络主权" : "Cyber sovereignty");
            assertThat(matrix.stream().map(r -> r.get(0))).contains("china", "united-states");

            // compare: choose two actors in the form
            browser.open(base + "compare?lang=" + lang);
            new Select(browser.waitFor(By.id("compare-actor-0"))).selectByValue("china");
            new Select(browser.waitFor(By.id("compare-actor-1"))).selectByValue("united-states");
            browser.click(By.id("compare-go"));
            browser.waitUntil(d -> d.getCurrentUrl().contains("actor=china") && d.getCurrentUrl().contains("actor=united-states"));
            assertThat(browser.waitFor(By.id("compare-summary")).getText()).isNotBlank();
            assertThat(browser.driver().findElements(By.cssSelector("tr.verdict-differ"))).isNotEmpty();
            browser.screenshot(shot + "compare");

            // a parameterised question, answered and downloaded
            browser.open(base + "questions/actors-by-stance-on-norm?lang=" + lang);
            new Select(browser.waitFor(By.id("param-stance"))).selectByValue("Proposes");
            new Select(browser.waitFor(By.id("param-norm"))).selectByValue("cyber-sovereignty");
            browser.click(By.id("question-ask"));
            List<String> rows = browser.waitForTexts("#results tbody tr", 1);
            assertThat(rows).anySatisfy(t -> assertThat(t).contains(lang.equals("zh") ? "中国" : "China"));
            browser.screenshot(shot + "question");
            List<CSVRecord> answer = CsvDownloads.records(browser.driver().findElement(By.id("download-csv")).getAttribute("href"));
            assertThat(answer.size()).isEqualTo(rows.size() + 1);

            Number scroll = (Number) browser.script("return document.documentElement.scrollWidth");
            assertThat(scroll.intValue()).as("no sideways scrolling").isLessThanOrEqualTo(width);
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1366, 900));
        }
    }
}
