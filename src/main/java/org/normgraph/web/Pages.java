package org.normgraph.web;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders a page with what every page needs: the language and the switch to the other one, the
 * current path, and the "cite this" text (dataset version and link) shown in the footer. Handlers call {@link #render} and stay thin.
 *
 * <pre>{@code pages.render(ctx, "entity", Map.of("entity", view));}</pre>
 */
public final class Pages {
    private final Templates templates;
    private final GraphQueries queries;

    public Pages(Templates templates, GraphQueries queries) {
        this.templates = templates;
        this.queries = queries;
    }

    public void render(Context ctx, String template, Map<String, Object> model) {
        String lang = Lang.of(ctx);
        ctx.html(html(ctx, lang, template, model));
    }

    public String html(Context ctx, String lang, String template, Map<String, Object> model) {
        Map<String, Object> m = new HashMap<>(model);
        m.put("lang", lang);
        m.put("other", Lang.other(lang));
        m.put("path", ctx.path());
        m.put("switchUrl", switchUrl(ctx, Lang.other(lang)));
        if (!m.containsKey("cite")) m.put("cite", citation(ctx));
        return templates.render(template, m, Lang.locale(lang));
    }

    /** The citation for the footer; a page still renders if the store cannot say its version. */
    private Citation citation(Context ctx) {
        try {
            return Citation.of(queries, ctx);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The current URL with {@code lang} set to the other language, other parameters kept. */
    private static String switchUrl(Context ctx, String lang) {
        StringBuilder sb = new StringBuilder(ctx.path()).append("?lang=").append(lang);
        ctx.queryParamMap().forEach((k, vs) -> {
            if (!k.equals("lang")) {
                for (String v : vs) sb.append('&').append(enc(k)).append('=').append(enc(v));
            }
        });
        return sb.toString();
    }

    static String enc(String s) { return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8); }

    public static Map<String, Object> model(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }
}
