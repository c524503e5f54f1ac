package org.normgraph.web.questions;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.normgraph.web.GraphQueries;
import org.normgraph.web.Lang;
import org.normgraph.web.Row;

/**
 * The values a question's parameters may take, by parameter type (Actor, Event, Norm, Stance),
 * read from the graph with {@code sparql/web/question-options.rq}: each with its id (the IRI's
 * last segment, what forms submit), its label in the page language and its IRI. A submitted value
 * is accepted only if it is one of these.
 *
 * <pre>{@code ParamOptions o = ParamOptions.load(queries, "zh");  o.find("Norm", "cyber-sovereignty")}</pre>
 */
public final class ParamOptions {
    /** One value on offer: the id a form submits, its label, and the IRI bound for it. */
    public record Option(String id, String label, String iri) {
        Node node() { return NodeFactory.createURI(iri); }
    }

    private final Map<String, Map<String, Option>> byType;

    private ParamOptions(Map<String, Map<String, Option>> byType) {
        this.byType = byType;
    }

    static ParamOptions load(GraphQueries q, String lang) {
        Map<String, List<Option>> lists = new LinkedHashMap<>();
        for (Row r : q.select("question-options", Map.of())) {
            lists.computeIfAbsent(r.str("type"), k -> new ArrayList<>())
                    .add(new Option(r.local("value"), r.label("value", lang), r.str("value")));
        }
        Collator collator = Collator.getInstance(Lang.locale(lang));
        Map<String, Map<String, Option>> byType = new LinkedHashMap<>();
        lists.forEach((type, options) -> {
            options.sort(Comparator.comparing(Option::label, collator));
            Map<String, Option> byId = new LinkedHashMap<>();
            for (Option o : options) byId.putIfAbsent(o.id(), o);
            byType.put(type, byId);
        });
        return new ParamOptions(byType);
    }

    List<Option> of(String type) {
        return List.copyOf(byType.getOrDefault(type, Map.of()).values());
    }

    /** The option with this id among the type's values, or null if it is not one of them. */
    Option find(String type, String id) {
        return byType.getOrDefault(type, Map.of()).get(id);
    }
}
