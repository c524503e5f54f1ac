package org.normgraph.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * A JSON summary of one entity: IRI, types, names, aliases, the positions it takes part in (each
 * with its quote) and links to its page and its Turtle. Unknown slug → 404, malformed → 400 (JSON).
 *
 * <pre>{@code GET /api/entity/china  → {"iri":"https://normgraph.org/id/china","positionsCount":9,...}}</pre>
 */
final class EntityApi implements Feature {
    private static final int MAX_SLUG = 120;

    private final Services services;

    EntityApi(Services services) {
        this.services = services;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/entity/{slug}", this::entity);
    }

    private void entity(Context ctx) {
        String slug = ctx.pathParam("slug");
        if (slug.length() > MAX_SLUG || !slug.matches("[a-z0-9-]+")) throw new HttpProblem(400, "error.badIri", slug);
        String iri = services.paths().iri("/id/" + slug);
        Map<String, Node> s = Map.of("s", NodeFactory.createURI(iri));
        GraphQueries q = services.queries();
        List<Row> core = q.select("entity-core", s);
        if (core.isEmpty()) throw new HttpProblem(404, "error.unknownEntity", "/id/" + slug);
        List<ApiJson.Ref> types = core.stream().map(r -> ApiJson.Ref.of(r, "type")).distinct().toList();
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        aliases.put("zh", new ArrayList<>());
        aliases.put("en", new ArrayList<>());
        for (Row r : q.select("entity-texts", s)) {
            if ("alt".equals(r.str("kind")) && aliases.containsKey(r.str("lang"))) aliases.get(r.str("lang")).add(r.str("text"));
        }
        List<ApiJson.Position> positions = positions(q.select("positions-involving", s));
        String path = services.paths().local(iri);
        ctx.json(new ApiJson.Entity(iri, path, types, ApiJson.Names.of(core.getFirst(), "label"), aliases,
                positions.size(), positions, Map.of("html", path, "turtle", path + ".ttl", "jsonld", path + ".jsonld")));
    }

    /** One entry per position (its first quote), in the query's order. */
    private List<ApiJson.Position> positions(List<Row> rows) {
        Set<String> seen = new LinkedHashSet<>();
        List<ApiJson.Position> out = new ArrayList<>();
        for (Row r : rows) {
            if (!seen.add(r.str("pos"))) continue;
            String link = r.has("doc") ? r.path("doc") + "#" + services.paths().anchor(r.str("ev")) : null;
            out.add(new ApiJson.Position(r.str("pos"), r.str("role"), ApiJson.Ref.of(r, "actor"), r.local("stance"),
                    ApiJson.Names.of(r, "stance"), ApiJson.Ref.of(r, "about"), ApiJson.Ref.of(r, "event"),
                    ApiJson.Ref.of(r, "speaker"), r.str("date"), r.isTrue("hedged"), r.str("exact"), ApiJson.QuoteContext.of(r), link));
        }
        return out;
    }
}
