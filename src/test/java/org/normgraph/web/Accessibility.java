package org.normgraph.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Runs axe-core (from its WebJar) on the page open in the browser and returns the serious and
 * critical violations as readable lines ("color-contrast: .badge (2 nodes)").
 *
 * <pre>{@code assertThat(Accessibility.seriousViolations(browser)).isEmpty();}</pre>
 */
final class Accessibility {
    private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static String source;

    private Accessibility() {}

    static synchronized String axe() {
        if (source == null) {
            try (InputStream in = Accessibility.class.getResourceAsStream(AXE)) {
                if (in == null) throw new IllegalStateException("axe-core WebJar not on the test classpath: " + AXE);
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }

    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(Browser browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript(axe());
        // axe on a large page (the source view holds hundreds of marked spans) takes a while on a busy machine
        browser.driver().manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(180));
        Object result;
        try {
            result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => ({id: v.id, impact: v.impact, help: v.help,
                                targets: v.nodes.slice(0, 4).map(n => n.target.join(' ')), count: v.nodes.length}))))
                  .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), targets: [], count: 0}]));""");
        } finally {
            browser.driver().manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(30));
        }
        List<String> out = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result) {
            out.add(v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " — " + v.get("targets") + " of " + v.get("count"));
        }
        return out;
    }
}
