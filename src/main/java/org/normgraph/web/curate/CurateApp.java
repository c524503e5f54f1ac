package org.normgraph.web.curate;

import io.javalin.Javalin;
import io.javalin.http.Context;
import org.normgraph.web.ErrorPage;
import org.normgraph.web.HttpProblem;
import org.normgraph.web.Services;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The curators' review pages under {@code /curate}, a Javalin application of their own: mounted by
 * the server only in admin mode, behind the same HTTP Basic login as SPARQL Update, and outside the
 * page cache (a draft changes on disk without a new dataset version). A POST must come from a page
 * of this server ({@code Origin}, else {@code Referer}, naming this host and port), so another site cannot
 * make a logged-in browser rewrite a draft. Errors are the site's error page.
 *
 * <pre>{@code Javalin curate = CurateApp.create(services, new DraftFolder(layout.seeds()));}</pre>
 */
public final class CurateApp {
    private static final Logger LOG = LoggerFactory.getLogger(CurateApp.class);

    private CurateApp() {}

    public static Javalin create(Services services, DraftFolder drafts) {
        CuratePages pages = new CuratePages(services, drafts);
        NamePages names = new NamePages(services, drafts);
        return Javalin.create(cfg -> {
            cfg.http.maxRequestSize = 100_000L;
            cfg.routes.before(ctx -> {
                ctx.header("Cache-Control", "no-store");
                if ("POST".equals(ctx.method().name())) sameOrigin(ctx);
            });
            cfg.routes.get("/curate", pages::list);
            cfg.routes.get("/curate/{draft}", pages::draft);
            cfg.routes.post("/curate/{draft}/items/{item}", pages::change);
            for (DraftName.Group g : DraftName.Group.values()) {
                cfg.routes.post("/curate/{draft}/" + g.key() + "/{name}", ctx -> names.change(ctx, g));
            }
            cfg.routes.exception(HttpProblem.class, (e, ctx) -> problem(services, ctx, e.status(), e.key(), e.args()));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("error serving {}", ctx.path(), e);
                problem(services, ctx, 500, "error.internal");
            });
            cfg.routes.error(404, ctx -> {
                String result = ctx.result();
                if (result == null || result.isEmpty() || result.equals("Not Found") || result.startsWith("Endpoint ")) {
                    problem(services, ctx, 404, "error.notFound", ctx.path());
                }
            });
        });
    }

    /** The {@code Origin} (else {@code Referer}) must name this host and port (the scheme may differ behind a TLS proxy). */
    static void sameOrigin(Context ctx) {
        String from = ctx.header("Origin") != null ? ctx.header("Origin") : ctx.header("Referer");
        if (from == null || !ctx.host().equalsIgnoreCase(authority(from))) throw new HttpProblem(403, "error.curate.crossOrigin");
    }

    private static String authority(String url) {
        try {
            String a = java.net.URI.create(url).getRawAuthority();
            return a == null ? "" : a.substring(a.indexOf('@') + 1);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static void problem(Services services, Context ctx, int status, String key, Object... args) {
        ErrorPage.render(services, ctx, status, key, args);
    }
}
