package org.normgraph.web.curate;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.NodeFactory;
import org.normgraph.web.HttpProblem;
import org.normgraph.web.Services;

/**
 * The changes the review page posts for the {@code draft:} section's names: declare a new-name
 * candidate as an entity or reject it; keep or reject a mention of a known entity (named or only
 * described). Each is written to the draft file ({@link NameEdits}) and answered with a redirect back
 * to the draft. A declared id must be free: neither in the graph nor in the draft.
 *
 * <pre>{@code routes.post("/curate/{draft}/candidates/{name}", ctx -> names.change(ctx, DraftName.Group.CANDIDATES));}</pre>
 */
final class NamePages {
    static final Set<String> CANDIDATE_ACTIONS = Set.of("declare", "reject");
    static final Set<String> MENTION_ACTIONS = Set.of("keep", "reject");
    private final Services services;
    private final DraftFolder drafts;

    NamePages(Services services, DraftFolder drafts) {
        this.services = services;
        this.drafts = drafts;
    }

    void change(Context ctx, DraftName.Group group) {
        DraftFile f = drafts.find(ctx.pathParam("draft"));
        String id = ctx.pathParam("name");
        Integer line = line(ctx.formParam("line"));
        String action = ctx.formParam("action");
        boolean candidate = group == DraftName.Group.CANDIDATES;
        Set<String> allowed = candidate ? CANDIDATE_ACTIONS : MENTION_ACTIONS;
        if (action == null || !allowed.contains(action)) throw new HttpProblem(400, "error.curate.badAction", "action", String.join(", ", allowed.stream().sorted().toList()));
        Declaration d = action.equals("declare") ? new Declaration(ctx.formParam("id"), ctx.formParam("type"),
                ctx.formParam("label_zh"), ctx.formParam("label_en")) : null;
        if (d != null && services.queries().ask("exists", Map.of("s", NodeFactory.createURI(services.paths().iri("/id/" + d.id()))))) {
            throw new HttpProblem(400, "error.curate.idInGraph", "id", d.id());
        }
        String text = d != null ? drafts.text(f) : null;
        drafts.change(f, ctx.formParam("revision"), lines -> {
            DraftName name = DraftNames.find(lines, group, id, line);
            if (name == null) throw new HttpProblem(400, "error.curate.badItem", "name", id);
            return switch (action) {
                case "declare" -> NameEdits.declare(lines, name, free(lines, d), text);
                case "keep" -> NameEdits.keep(lines, name);
                default -> NameEdits.reject(lines, name);
            };
        });
        String shown = d != null ? d.id() : id;
        ctx.redirect(CuratePages.href(f.name()) + "?done=" + action + "&item=" + URLEncoder.encode(shown, StandardCharsets.UTF_8)
                + "#names-" + group.key(), HttpStatus.SEE_OTHER);
    }

    /** The declaration, if its id is not taken in the draft (by an item or by another candidate). */
    private static Declaration free(List<String> lines, Declaration d) {
        boolean taken = DraftNames.declaredIds(lines).contains(d.id())
                || DraftNames.of(lines, DraftName.Group.CANDIDATES).stream().anyMatch(c -> c.id().equals(d.id()));
        if (taken) throw new HttpProblem(400, "error.curate.idInDraft", "id", d.id());
        return d;
    }

    private static Integer line(String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new HttpProblem(400, "error.curate.badLine", "line");
        }
    }
}
