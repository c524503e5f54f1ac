package org.normgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The questions page and the stance charts in a real browser (headless Chromium): choosing a
 * stance and a norm in a question's form and reading the answer; the chart drawn on a norm's
 * page. Screenshots go to {@code target/screenshots/}.
 */
class QuestionsBrowserTest {
    @RegisterExtension
    static final Browser browser = new Browser();

    private static NormgraphServer server;
    private static String base;

    @BeforeAll
    static void start() {
        server = PaperServer.shared();
        base = "http://localhost:" + server.port();
    }


    @Test
    void choosingAStanceAndANormAnswersWhichActorsTookIt() {
        browser.open(base + "/questions?lang=en");
        browser.click(By.cssSelector("a[href='/questions/actors-by-stance-on-norm']"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/questions/actors-by-stance-on-norm"));
        assertThat(browser.waitFor(By.id("param-missing")).getText()).contains("Choose a value");
        new Select(browser.waitFor(By.id("param-stance"))).selectByValue("Proposes");
        new Select(browser.waitFor(By.id("param-norm"))).selectByValue("cyber-sovereignty");
        browser.click(By.id("question-ask"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("stance=Proposes") && d.getCurrentUrl().contains("norm=cyber-sovereignty"));
        List<String> rows = browser.waitForTexts("#results tbody tr", 1);
        assertThat(rows).anySatisfy(t -> assertThat(t).contains("China", "Cyber sovereignty"));
        assertThat(new Select(browser.driver().findElement(By.id("param-stance"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("Proposes");
        browser.screenshot("question-answer");
        browser.click(By.cssSelector("#results a[href='/id/china']"));
        assertThat(browser.waitFor(By.id("entity-label")).getText()).isEqualTo("China");
    }

    @Test
    void theSameFormWorksInChinese() {
        browser.open(base + "/questions/what-actor-said-at-event?lang=zh");
        new Select(browser.waitFor(By.id("param-actor"))).selectByValue("china");
        new Select(browser.waitFor(By.id("param-event"))).selectByValue("budapest-conference");
        browser.click(By.id("question-ask"));
        List<String> rows = browser.waitForTexts("#results tbody tr", 2);
        assertThat(rows).anySatisfy(t -> assertThat(t).contains("中国", "网络主权"));
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("zh");
        browser.screenshot("question-answer-zh");
    }

    @Test
    void aNormPageDrawsItsStanceChart() {
        browser.open(base + "/id/cyber-sovereignty?lang=en");
        WebElement bar = browser.waitFor(By.cssSelector("svg.stance-chart rect.bar[data-category='State'][data-stance='Proposes']"));
        assertThat(bar.getSize().getWidth()).isGreaterThan(10);
        browser.script("document.getElementById('stance-chart').scrollIntoView()");
        browser.screenshot("chart-norm");
        browser.open(base + "/id/china?lang=zh");
        WebElement proposes = browser.waitFor(By.cssSelector("svg.stance-chart rect.bar[data-stance='Proposes']"));
        WebElement supports = browser.waitFor(By.cssSelector("svg.stance-chart rect.bar[data-stance='Supports']"));
        assertThat(proposes.getSize().getWidth()).as("six proposals outweigh four supports").isGreaterThan(supports.getSize().getWidth());
        browser.script("document.getElementById('stance-chart').scrollIntoView()");
        browser.screenshot("chart-actor-zh");
    }
}
