package org.normgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.normgraph.LoadedStore;
import org.normgraph.web.curate.DraftItem;
import org.normgraph.web.curate.DraftItems;
import org.normgraph.web.curate.DraftName;
import org.normgraph.web.curate.DraftNames;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** A curator in Chromium reviews the draft of a real seed text: accepts one suggestion, rejects another, picks a quote, declares a new name. */
class CurateBrowserTest {
    @RegisterExtension static final Browser browser = new Browser();
    static final String PASSWORD = "curator-pw";
    @TempDir static Path tmp;
    static DraftProject project;
    static NormgraphServer server;

    @BeforeAll
    static void start() throws Exception {
        project = DraftProject.of(tmp, "002_paris_call_2018_en", "paris-call-supporters");
        server = NormgraphServer.create().dataset(LoadedStore.get()).port(0).adminPassword(PASSWORD).layout(project.layout()).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static String page(String lang) {
        return "http://admin:" + PASSWORD + "@localhost:" + server.port() + "/curate/" + project.name() + "?lang=" + lang;
    }

    static List<DraftItem> items() throws Exception { return DraftItems.of(Files.readAllLines(project.draft())); }

    @Test
    void a_curator_accepts_one_suggestion_and_rejects_another_and_the_draft_file_says_so() throws Exception {
        project.writeDraft();
        List<DraftItem> before = items();
        String accepted = before.get(0).id(), rejected = before.get(1).id();
        browser.open(page("en"));
        browser.waitFor(By.id("curate-items"));
        browser.click(By.cssSelector("#item-" + accepted + " button.accept"));
        assertThat(browser.waitForText(By.id("curate-done"), accepted).getText()).startsWith("Accepted");
        assertThat(browser.driver().findElement(By.id("item-" + accepted)).getAttribute("class")).contains("accepted");
        browser.click(By.cssSelector("#item-" + rejected + " button.reject"));
        browser.waitForText(By.id("curate-done"), "Rejected");
        assertThat(browser.driver().findElements(By.id("item-" + rejected))).isEmpty();
        browser.screenshot("curate-draft");
        List<DraftItem> after = items();
        assertThat(after).hasSize(before.size() - 1);
        assertThat(after).filteredOn(i -> i.id().equals(accepted)).singleElement().extracting(DraftItem::status).isEqualTo("accepted");
        assertThat(after).extracting(DraftItem::id).doesNotContain(rejected);
        assertThat(after.subList(1, after.size())).allMatch(DraftItem::suggested);
    }

    @Test
    void a_curator_declares_a_new_name_as_an_entity_through_its_form_and_the_draft_gains_it() throws Exception {
        project.writeDraft();
        DraftName c = DraftNames.of(Files.readAllLines(project.draft()), DraftName.Group.CANDIDATES).getFirst();
        browser.open(page("en"));
        WebElement item = browser.waitFor(By.id("name-" + c.anchor()));
        item.findElement(By.cssSelector("a[href='#" + c.anchor() + "']")).click();
        assertThat(browser.url()).endsWith("#" + c.anchor());
        WebElement id = item.findElement(By.name("id"));
        assertThat(id.getAttribute("value")).isEqualTo(c.defaultId());
        id.clear();
        id.sendKeys("declared-in-browser");
        new Select(item.findElement(By.name("type"))).selectByValue("Treaty");
        assertThat(item.findElement(By.name("label_en")).getAttribute("value")).isEqualTo(c.name());
        browser.click(By.cssSelector("#name-" + c.anchor() + " button.declare"));
        assertThat(browser.waitForText(By.id("curate-done"), "declared-in-browser").getText()).startsWith("Declared");
        assertThat(browser.driver().findElements(By.id("name-" + c.anchor()))).isEmpty();
        List<String> lines = Files.readAllLines(project.draft());
        assertThat(lines).containsSubsequence("entities:", "", "  - id: declared-in-browser", "    type: Treaty");
        assertThat(DraftNames.of(lines, DraftName.Group.CANDIDATES)).extracting(DraftName::id).doesNotContain(c.id());
        browser.screenshot("curate-declared");
    }

    @Test
    void the_quote_field_takes_the_words_selected_in_the_text() throws Exception {
        project.writeDraft();
        browser.open(page("zh"));
        browser.waitFor(By.id("curate-text"));
        Object selected = browser.script("""
                const text = document.getElementById('curate-text');
                const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
                let node; while ((node = walker.nextNode()) && node.data.indexOf('cyber hygiene') < 0) {}
                const at = node.data.indexOf('cyber hygiene');
                const r = document.createRange(); r.setStart(node, at); r.setEnd(node, at + 'cyber hygiene'.length);
                const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);
                return s.toString();""");
        assertThat(selected).isEqualTo("cyber hygiene");
        browser.click(By.cssSelector("#curate-items li:first-child button.use-selection"));
        assertThat(browser.driver().findElement(By.cssSelector("#curate-items li:first-child textarea")).getAttribute("value"))
                .isEqualTo("cyber hygiene");
    }

    @Test
    void the_pages_pass_the_accessibility_checks_in_both_languages_and_fit_a_phone() throws Exception {
        project.writeDraft();
        for (String lang : List.of("en", "zh")) {
            for (String url : List.of(page(lang), page(lang).replace("/" + project.name(), ""))) {
                browser.driver().manage().window().setSize(new Dimension(1366, 900));
                browser.open(url);
                assertThat(Accessibility.seriousViolations(browser)).as(url).isEmpty();
                browser.driver().manage().window().setSize(new Dimension(390, 844));
                browser.open(url);
                Number scroll = (Number) browser.script("return document.documentElement.scrollWidth");
                Number width = (Number) browser.script("return window.innerWidth");
                assertThat(scroll.intValue()).as(url).isLessThanOrEqualTo(width.intValue());
            }
        }
        browser.screenshot("curate-phone-zh");
        browser.driver().manage().window().setSize(new Dimension(1366, 900));
    }
}
