package org.normgraph.web;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the HTML templates in {@code /templates/*.peb} (Pebble, with HTML auto-escaping on, so
 * every label and quote is escaped). Interface text comes from {@code /i18n/ui_zh|en.properties}
 * through Pebble's {@code i18n("i18n/ui", key)} function.
 *
 * <pre>{@code String html = templates.render("entity", model, Locale.CHINESE);}</pre>
 */
public final class Templates {
    private final PebbleEngine engine;

    public Templates() {
        ClasspathLoader loader = new ClasspathLoader();
        loader.setPrefix("templates");
        loader.setSuffix(".peb");
        loader.setCharset("UTF-8");
        this.engine = new PebbleEngine.Builder().loader(loader).autoEscaping(true).strictVariables(false)
                .defaultLocale(Locale.ENGLISH).build();
    }

    public String render(String name, Map<String, Object> model, Locale locale) {
        StringWriter w = new StringWriter();
        try {
            engine.getTemplate(name).evaluate(w, model, locale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
