package org.normgraph.web.curate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.normgraph.claims.EntityTypes;
import org.normgraph.web.GraphQueries;
import org.normgraph.web.Row;

/**
 * The choices the review page offers for a position's actor and for what it is about: every actor,
 * norm and instrument in the graph with its Chinese and English labels, then the ids a draft uses that
 * the graph does not know yet (new-entity candidates), so a curator can keep them; and the types a new
 * entity may be declared with ({@link EntityTypes#declarable()}, with the ontology's labels).
 *
 * <pre>{@code Pickers p = Pickers.of(queries, items);  p.actors();  p.abouts();  p.types();}</pre>
 */
public record Pickers(List<Choice> actors, List<Choice> abouts, List<Choice> types) {
    /** An id with its labels (null where the graph has none). */
    public record Choice(String id, String zh, String en) {
        public String label(String lang) {
            String want = lang.equals("zh") ? zh : en, other = lang.equals("zh") ? en : zh;
            return want != null ? want : other != null ? other : "";
        }
    }

    public static Pickers of(GraphQueries queries, List<DraftItem> items) {
        Map<String, Choice> actors = new LinkedHashMap<>(), abouts = new LinkedHashMap<>();
        for (Row r : queries.select("curate-pickers", Map.of())) {
            Choice c = new Choice(r.local("s"), r.str("label_zh"), r.str("label_en"));
            ("actor".equals(r.str("kind")) ? actors : abouts).putIfAbsent(c.id(), c);
        }
        for (DraftItem i : items) {
            if (i.actor() != null) actors.putIfAbsent(i.actor(), new Choice(i.actor(), null, null));
            if (i.about() != null) abouts.putIfAbsent(i.about(), new Choice(i.about(), null, null));
        }
        Map<String, Choice> classes = new LinkedHashMap<>();
        for (Row r : queries.select("curate-types", Map.of())) classes.putIfAbsent(r.local("c"), new Choice(r.local("c"), r.str("label_zh"), r.str("label_en")));
        List<Choice> types = EntityTypes.declarable().stream().map(t -> classes.getOrDefault(t, new Choice(t, null, null))).toList();
        return new Pickers(new ArrayList<>(actors.values()), new ArrayList<>(abouts.values()), types);
    }
}
