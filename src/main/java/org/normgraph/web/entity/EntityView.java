package org.normgraph.web.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.normgraph.web.GraphQueries;
import org.normgraph.web.Row;

/**
 * Everything an entity page shows, gathered with the queries in {@code /sparql/web/}: names and
 * types, its own evidence, evidenced facts both ways, positions grouped by norm or instrument, the
 * actors that share or oppose its stances, and an instrument's expressions (its texts, one per language).
 *
 * <pre>{@code EntityView v = EntityView.load(queries, "https://normgraph.org/id/china");}</pre>
 */
public record EntityView(String iri, String path, List<Row> types, Map<String, List<Row>> texts, List<Row> evidence,
                         List<Row> factsOut, List<Row> factsIn, Map<String, List<Row>> positions,
                         List<Row> shares, List<Row> opposes, List<Row> expressions) {

    /** The view, or null if the store knows no ng: type for the IRI. */
    public static EntityView load(GraphQueries q, String iri) {
        Map<String, Node> s = Map.of("s", NodeFactory.createURI(iri));
        List<Row> types = q.select("entity-core", s);
        if (types.isEmpty()) return null;
        Map<String, List<Row>> texts = new LinkedHashMap<>();
        for (Row r : q.select("entity-texts", s)) texts.computeIfAbsent(r.str("kind"), k -> new ArrayList<>()).add(r);
        List<Row> out = new ArrayList<>(), in = new ArrayList<>();
        for (Row r : q.select("entity-facts", s)) ("out".equals(r.str("dir")) ? out : in).add(r);
        Map<String, List<Row>> positions = new LinkedHashMap<>();
        for (Row r : q.select("positions-involving", s)) positions.computeIfAbsent(r.str("about"), k -> new ArrayList<>()).add(r);
        List<Row> shares = new ArrayList<>(), opposes = new ArrayList<>();
        for (Row r : q.select("alignment", s)) ("shares".equals(r.str("relation")) ? shares : opposes).add(r);
        return new EntityView(iri, q.paths().local(iri), types, texts, q.select("entity-evidence", s), out, in,
                positions, shares, opposes, q.select("entity-expressions", s));
    }

    public Row first() { return types.getFirst(); }

    /** What a reader of an event, incident or instrument page needs first, in this order. */
    static final List<String> KEY_FACTS = List.of("startDate", "endDate", "date", "location", "host", "chair", "partOf",
            "stateCount", "delegateCount", "speakerCount", "target", "attributedTo", "drafter", "submittedTo", "adoptedBy",
            "outcomeOf", "basedOn");

    /** The key facts among the entity's own facts, grouped by property in the order of {@link #KEY_FACTS}. */
    public List<List<Row>> keyFacts() {
        Map<String, List<Row>> byProperty = new LinkedHashMap<>();
        for (String p : KEY_FACTS) {
            for (Row f : factsOut) {
                if (p.equals(f.local("p")) && byProperty.computeIfAbsent(p, k -> new ArrayList<>()).stream()
                        .noneMatch(o -> java.util.Objects.equals(o.str("other"), f.str("other")) && java.util.Objects.equals(o.str("value"), f.str("value")))) {
                    byProperty.get(p).add(f);
                }
            }
        }
        return List.copyOf(byProperty.values());
    }

    public String slug() { return iri.substring(iri.lastIndexOf('/') + 1); }

    /** Each actor that shares or opposes one of this actor's stances, once, for "compare with". */
    public List<Row> comparables() {
        Map<String, Row> out = new LinkedHashMap<>();
        for (Row r : opposes) out.putIfAbsent(r.str("other"), r);
        for (Row r : shares) out.putIfAbsent(r.str("other"), r);
        return List.copyOf(out.values());
    }

    public String label(String lang) { return first().label("label", lang); }

    public boolean isActor() { return hasType(org.normgraph.ontology.NG.ACTOR_TYPES.toArray(String[]::new)); }

    public boolean hasType(String... locals) {
        for (Row t : types) for (String l : locals) if (t.str("type").endsWith("#" + l)) return true;
        return false;
    }

    /** Texts of one kind (alt, comment, role, note) in one language. */
    public List<String> texts(String kind, String lang) {
        return texts.getOrDefault(kind, List.of()).stream().filter(r -> lang.equals(r.str("lang"))).map(r -> r.str("text")).toList();
    }
}
