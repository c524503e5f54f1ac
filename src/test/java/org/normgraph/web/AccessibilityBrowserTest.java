package org.normgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Dimension;

/**
 * Every page, in both languages, checked by axe-core for serious and critical accessibility
 * problems, and at a phone's width (390 × 844) for sideways scrolling.
 */
class AccessibilityBrowserTest {
    @RegisterExtension
    static final Browser browser = new Browser();

    static final List<String> PAGES = List.of("", "id/china", "id/cyber-sovereignty", "id/budapest-conference",
            "id/china-budapest-cyber-sovereignty", "id/stuxnet", "list/actors", "list/positions", "list/sources", "search?q=sovereignty",
            "matrix", "compare", "compare?actor=china&actor=united-states", "network", "timeline", "questions",
            "questions/actors-by-stance-on-norm?stance=Proposes&norm=cyber-sovereignty", "query",
            "id/source/huang-2013-london-process", "ns", "id/russia", "compare/sources",
            "compare/sources?a=russia-2013-basic-principles&b=huang-2013-london-process", "reports/consistency",
            "id/source/russia-2013-basic-principles", "id/paris-call", "id/budapest-convention", "id/budapest-convention-art-32",
            "id/paris-call-principle-1", "id/source/budapest-convention-2001",
            "id/russia?size=3&fsize=2&asize=5&apage=2", "id/paris-call-supporters?xsize=1&size=4&page=2");
    private static String base;

    @BeforeAll
    static void start() {
        base = PaperServer.shared().url();
    }

    static String url(String page, String lang) {
        return base + page + (page.contains("?") ? "&" : "?") + "lang=" + lang;
    }

    @Test
    void no_page_has_serious_or_critical_accessibility_violations_in_either_language() {
        browser.driver().manage().window().setSize(new Dimension(1366, 900));
        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (String lang : List.of("en", "zh")) {
            for (String page : PAGES) {
                browser.open(url(page, lang));
                List<String> v = Accessibility.seriousViolations(browser);
                if (!v.isEmpty()) problems.put(lang + " /" + page, v);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void on_a_phone_no_page_scrolls_sideways() {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            List<String> wide = new ArrayList<>();
            for (String lang : List.of("en", "zh")) {
                for (String page : PAGES) {
                    browser.open(url(page, lang));
                    Number scroll = (Number) browser.script("return document.documentElement.scrollWidth");
                    Number width = (Number) browser.script("return window.innerWidth");
                    if (scroll.intValue() > width.intValue()) {
                        Object culprit = browser.script("""
                                const w = window.innerWidth; const out = [];
                                document.querySelectorAll('body *').forEach(e => { const r = e.getBoundingClientRect();
                                  if (r.right > w + 1 && out.length < 3 && getComputedStyle(e).position !== 'fixed')
                                    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).split(' ')[0] : '') + ' ' + Math.round(r.right)); });
                                return out.join(', ');""");
                        wide.add(lang + " /" + page + ": " + scroll + " > " + width + " (" + culprit + ")");
                    }
                }
            }
            browser.open(url("compare?actor=china&actor=united-states", "en"));
            browser.screenshot("phone-compare");
            browser.open(url("", "zh"));
            browser.screenshot("phone-home-zh");
            assertThat(wide).isEmpty();
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1366, 900));
        }
    }
}
