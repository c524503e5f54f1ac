package org.normgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The actor picker on an actor's page searches as you type, offering actors only, and compares with the one chosen. */
class ActorPickerBrowserTest {
    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void typing_part_of_a_name_offers_matching_actors_and_the_form_compares_with_the_chosen_one() {
        String base = PaperServer.shared().url();
        browser.open(base + "id/facebook?lang=en");
        WebElement input = browser.waitFor(By.id("compare-other"));
        assertThat(browser.driver().findElements(By.cssSelector("#compare-actors option"))).isEmpty();
        input.sendKeys("Chin");
        List<WebElement> options = browser.waitForAtLeast(By.cssSelector("#compare-actors option"), 1);
        List<String> values = options.stream().map(o -> o.getAttribute("value")).toList();
        assertThat(values).contains("china").doesNotContain("facebook");
        assertThat(options.stream().map(o -> o.getAttribute("label")).toList()).anyMatch(l -> l.startsWith("China ("));
        input.clear();
        input.sendKeys("china");
        browser.click(By.cssSelector("#compare-with button[type=submit]"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/compare?"));
        assertThat(browser.url()).contains("actor=facebook").contains("actor=china");
    }
}
