package org.normgraph.web.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.normgraph.ontology.NG;
import org.normgraph.web.GraphQueries;
import org.normgraph.web.Row;

/**
 * What an entity page shows first, gathered with the queries in {@code /sparql/web/}: names and
 * types, its texts (aliases, descriptions, roles, notes), its key facts (an event's dates, place and
 * host; an incident's target; an instrument's drafter…) and an instrument's expressions (its texts,
 * one per language). Each is the entity's own data and capped in its query; the page's long lists
 * (positions, facts, quotes, alignment) come a page at a time from {@link EntityLists}.
 *
 * <pre>{@code EntityView v = EntityView.load(queries, "https://normgraph.org/id/china");
 * v.label("zh")   // "中国"}</pre>
 */
public record EntityView(String iri, String path, List<Row> types, Map<String, List<Row>> texts, List<Row> ownFacts,
                         List<Row> expressions) {

    /** What a reader of an event, incident or instrument page needs first, in this order. */
    static final List<String> KEY_FACTS = List.of("startDate", "endDate", "date", "location", "host", "chair", "partOf",
            "stateCount", "delegateCount", "speakerCount", "target", "attributedTo", "drafter", "submittedTo", "adoptedBy",
            "outcomeOf", "basedOn");

    /** The view, or null if the store knows no ng: type for the IRI. */
    public static EntityView load(GraphQueries q, String iri) {
        Map<String, Node> s = Map.of("s", NodeFactory.createURI(iri));
        List<Row> types = q.select("entity-core", s);
        if (types.isEmpty()) return null;
        Map<String, List<Row>> texts = new LinkedHashMap<>();
        for (Row r : q.select("entity-texts", s)) texts.computeIfAbsent(r.str("kind"), k -> new ArrayList<>()).add(r);
        List<List<Node>> keyProperties = KEY_FACTS.stream().map(p -> List.of(NodeFactory.createURI(NG.NS + p))).toList();
        return new EntityView(iri, q.paths().local(iri), types, texts, q.select("entity/own-facts", s, List.of("p"), keyProperties),
                q.select("entity-expressions", s));
    }

    public Row first() { return types.getFirst(); }

    /** The key facts, grouped by property in the order of {@link #KEY_FACTS}, each value once. */
    public List<List<Row>> keyFacts() {
        Map<String, List<Row>> byProperty = new LinkedHashMap<>();
        for (String p : KEY_FACTS) {
            for (Row f : ownFacts) {
                if (p.equals(f.local("p")) && byProperty.computeIfAbsent(p, k -> new ArrayList<>()).stream()
                        .noneMatch(o -> Objects.equals(o.str("other"), f.str("other")) && Objects.equals(o.str("value"), f.str("value")))) {
                    byProperty.get(p).add(f);
                }
            }
        }
        return List.copyOf(byProperty.values());
    }

    public String slug() { return iri.substring(iri.lastIndexOf('/') + 1); }

    public String label(String lang) { return first().label("label", lang); }

    public boolean isActor() { return hasType(NG.ACTOR_TYPES.toArray(String[]::new)); }

    public boolean hasType(String... locals) {
        for (Row t : types) for (String l : locals) if (t.str("type").endsWith("#" + l)) return true;
        return false;
    }

    /** Texts of one kind (alt, comment, role, note) in one language. */
    public List<String> texts(String kind, String lang) {
        return texts.getOrDefault(kind, List.of()).stream().filter(r -> lang.equals(r.str("lang"))).map(r -> r.str("text")).toList();
    }
}
