package org.normgraph.web.curate;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.normgraph.source.QuoteLocator;
import org.normgraph.web.HttpProblem;
import org.normgraph.web.Services;

/**
 * The review pages' handlers: the list of drafts, one draft's text with its suggestions (positions,
 * and the names of its {@code draft:} section, whose changes {@link NamePages} handles) and a form for
 * each, and the change a position's form posts (accept, reject or edit), written to the draft file and
 * answered with a redirect back to the draft.
 *
 * <pre>{@code routes.post("/curate/{draft}/items/{item}", pages::change);}</pre>
 */
final class CuratePages {
    static final Set<String> ACTIONS = Set.of("accept", "reject", "edit");
    /** The changes whose outcome the page reports ({@code ?done=}): a position's and a name's ({@link NamePages}). */
    static final Set<String> DONE = Set.of("accept", "reject", "edit", "declare", "keep");
    private final Services services;
    private final DraftFolder drafts;

    CuratePages(Services services, DraftFolder drafts) {
        this.services = services;
        this.drafts = drafts;
    }

    /** A draft as the list shows it. */
    record Listed(String name, String href, long suggested, long accepted) {}

    void list(Context ctx) {
        List<Listed> rows = drafts.list().stream().map(f -> {
            List<DraftItem> items = DraftItems.of(drafts.lines(f));
            long open = items.stream().filter(DraftItem::suggested).count();
            return new Listed(f.name(), href(f.name()), open, items.size() - open);
        }).toList();
        services.pages().render(ctx, "curate-list", Map.of("drafts", rows));
    }

    void draft(Context ctx) {
        DraftFile f = drafts.find(ctx.pathParam("draft"));
        List<String> lines = drafts.lines(f);
        List<DraftItem> items = DraftItems.of(lines);
        List<DraftName> candidates = DraftNames.of(lines, DraftName.Group.CANDIDATES), mentions = DraftNames.of(lines, DraftName.Group.MENTIONS),
                described = DraftNames.of(lines, DraftName.Group.DESCRIBED);
        List<DraftName> names = new ArrayList<>(candidates);
        names.addAll(mentions);
        names.addAll(described);
        String text = drafts.text(f);
        String done = ctx.queryParam("done");
        Map<String, Object> model = new HashMap<>(Map.of("draft", f.name(), "href", href(f.name()), "items", items,
                "highlights", Highlights.of(text, items, names), "pickers", Pickers.of(services.queries(), items),
                "stances", Stances.ALL, "done", done != null && DONE.contains(done) ? done : "",
                "doneItem", ctx.queryParamAsClass("item", String.class).getOrDefault(""), "revision", DraftFolder.revision(lines)));
        model.putAll(Map.of("candidates", candidates, "mentions", mentions, "described", described,
                "textLanguage", DraftNames.language(lines)));
        services.pages().render(ctx, "curate-draft", model);
    }

    void change(Context ctx) {
        DraftFile f = drafts.find(ctx.pathParam("draft"));
        String id = ctx.pathParam("item");
        String action = ctx.formParam("action");
        if (action == null || !ACTIONS.contains(action)) throw new HttpProblem(400, "error.curate.badAction", "action", "accept, reject, edit");
        Edit edit = action.equals("edit") ? edit(ctx, drafts.text(f)) : null;
        drafts.change(f, ctx.formParam("revision"), lines -> operation(action, edit, item(lines, id)).apply(lines));
        String back = href(f.name()) + "?done=" + action + "&item=" + enc(id) + (action.equals("reject") ? "" : "#item-" + id);
        ctx.redirect(back, HttpStatus.SEE_OTHER);
    }

    private static UnaryOperator<List<String>> operation(String action, Edit edit, DraftItem item) {
        return switch (action) {
            case "accept" -> lines -> DraftEdits.accept(lines, item);
            case "reject" -> lines -> DraftEdits.reject(lines, item);
            default -> lines -> DraftEdits.edit(lines, item, edit);
        };
    }

    private static Edit edit(Context ctx, String text) {
        Edit e = new Edit(ctx.formParam("actor"), ctx.formParam("stance"), ctx.formParam("about"),
                ctx.formParamAsClass("quote", String.class).getOrDefault(""));
        if (new QuoteLocator(text).find(e.quote(), null, null).isEmpty()) throw new HttpProblem(400, "error.curate.quoteNotFound", "quote");
        return e;
    }

    /** The draft's item with this id as the file holds it now, or a 400 naming the parameter. */
    private static DraftItem item(List<String> lines, String id) {
        return DraftItems.of(lines).stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new HttpProblem(400, "error.curate.badItem", "item", id));
    }

    static String href(String name) { return "/curate/" + enc(name); }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"); }
}
