package org.normgraph.web;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Set;

/**
 * The page language, zh or en: from {@code ?lang=} (remembered in a cookie), else the cookie, else
 * the browser's {@code Accept-Language}, else English. Any other {@code lang} value is a 400.
 *
 * <pre>{@code String lang = Lang.of(ctx);  // "zh"}</pre>
 */
public final class Lang {
    public static final Set<String> SUPPORTED = Set.of("zh", "en");
    private static final String COOKIE = "lang";

    private Lang() {}

    public static String of(Context ctx) {
        String param = ctx.queryParam("lang");
        if (param != null) {
            if (!SUPPORTED.contains(param)) throw new HttpProblem(400, "error.badLang", param);
            ctx.cookie(COOKIE, param, 365 * 24 * 3600);
            return param;
        }
        String cookie = ctx.cookie(COOKIE);
        if (cookie != null && SUPPORTED.contains(cookie)) return cookie;
        return fromAcceptLanguage(ctx.header("Accept-Language"));
    }

    static String fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) return "en";
        try {
            for (Locale.LanguageRange r : Locale.LanguageRange.parse(header)) {
                String tag = r.getRange().toLowerCase(Locale.ROOT);
                if (tag.startsWith("zh")) return "zh";
                if (tag.startsWith("en")) return "en";
            }
        } catch (IllegalArgumentException e) {
            return "en";
        }
        return "en";
    }

    public static String other(String lang) { return lang.equals("zh") ? "en" : "zh"; }

    public static Locale locale(String lang) { return lang.equals("zh") ? Locale.CHINESE : Locale.ENGLISH; }
}
