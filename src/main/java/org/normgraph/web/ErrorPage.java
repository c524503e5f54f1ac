package org.normgraph.web;

import io.javalin.http.Context;

/**
 * The error page of every web app in the server: the status and a message from the {@code i18n/ui}
 * bundle in the page's language (English when the language itself was the bad parameter).
 *
 * <pre>{@code ErrorPage.render(services, ctx, 404, "error.notFound", ctx.path());}</pre>
 */
public final class ErrorPage {
    private ErrorPage() {}

    public static void render(Services services, Context ctx, int status, String key, Object... args) {
        ctx.status(status);
        String lang;
        try {
            lang = Lang.of(ctx);
        } catch (HttpProblem e) {
            lang = "en";
        }
        ctx.html(services.pages().html(ctx, lang, "error",
                Pages.model("status", status, "message", services.messages().text(lang, key, args))));
    }
}
