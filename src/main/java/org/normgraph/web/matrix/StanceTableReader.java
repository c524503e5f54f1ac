package org.normgraph.web.matrix;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.normgraph.ontology.NG;
import org.normgraph.web.GraphQueries;

/**
 * Builds a {@link StanceTable} from {@link StanceFacts}, kind by kind: the subjects with an actor
 * are the candidate positions, and later kinds keep only facts about them (their evidence, its
 * sources, their actors' classes), so memory follows the number of positions, not of triples.
 * Ids are decoded to text once each, and only for the values a table holds, never for positions.
 *
 * <pre>{@code StanceTable t = StanceTableReader.read(queries);}</pre>
 */
final class StanceTableReader {
    private static final String POSITION = NG.NS + "Position", ACTOR = NG.NS + "Actor";

    private final StanceFacts facts;
    private final Map<Object, String> texts = new HashMap<>();
    private final Map<Object, Object> actor = new LinkedHashMap<>();
    private final Map<Object, String> about = new HashMap<>(), stance = new HashMap<>(), date = new HashMap<>(), source = new HashMap<>();
    private final Map<Object, Set<String>> events = new HashMap<>(), speakers = new HashMap<>();
    private final Map<String, String> docDates = new HashMap<>();
    private final Set<String> primary = new HashSet<>();
    private final Map<Object, List<Object>> evidence = new HashMap<>();
    private final Map<String, Set<String>> kinds = new HashMap<>(), direct = new HashMap<>();
    private final Map<Object, Set<String>> types = new HashMap<>();
    private final Set<Object> hedged = new HashSet<>(), positions = new HashSet<>(), actors = new HashSet<>(), quotes = new HashSet<>();

    private StanceTableReader(StanceFacts facts) {
        this.facts = facts;
    }

    static StanceTable read(GraphQueries q) {
        StanceTableReader r = new StanceTableReader(StanceFacts.of(q));
        for (String kind : StanceFacts.KINDS) r.facts.forEach(kind, (s, o) -> r.add(kind, s, o));
        return r.table(q);
    }

    private void add(String kind, Object s, Object o) {
        if (kind.equals("actor")) {
            actor.put(s, o);
            actors.add(o);
            return;
        }
        switch (kind) {
            case "about" -> { if (actor.containsKey(s)) about.put(s, text(o)); }
            case "stance" -> { if (actor.containsKey(s)) stance.put(s, text(o)); }
            case "hedged" -> { if (actor.containsKey(s) && text(o).equals("true")) hedged.add(s); }
            case "event" -> { if (actor.containsKey(s)) events.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(text(o)); }
            case "speaker" -> { if (actor.containsKey(s)) speakers.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(text(o)); }
            case "primary" -> { if (text(o).equals("true")) primary.add(text(s)); }
            case "docDate" -> docDates.merge(text(s), text(o), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            case "date" -> { if (actor.containsKey(s)) date.merge(s, text(o), (a, b) -> a.compareTo(b) <= 0 ? a : b); }
            case "evidence" -> {
                if (!actor.containsKey(s)) return;
                List<Object> evs = evidence.computeIfAbsent(s, k -> new ArrayList<>(1));
                if (!evs.contains(o)) evs.add(o);
                quotes.add(o);
            }
            case "source" -> { if (quotes.contains(s)) source.put(s, text(o)); }
            case "sourceKind" -> kinds.computeIfAbsent(text(s), k -> new LinkedHashSet<>()).add(text(o));
            case "super" -> direct.computeIfAbsent(text(s), k -> new LinkedHashSet<>()).add(text(o));
            case "type" -> {
                boolean position = actor.containsKey(s), isActor = actors.contains(s);
                if (!position && !isActor) return;
                String c = text(o);
                if (position && c.equals(POSITION)) positions.add(s);
                if (isActor && c.startsWith(NG.NS) && !c.equals(ACTOR)) types.computeIfAbsent(s, k -> new TreeSet<>()).add(c);
            }
            default -> { }
        }
    }

    private String text(Object id) {
        return texts.computeIfAbsent(id, facts::text);
    }

    private StanceTable table(GraphQueries q) {
        List<StanceTable.Position> list = new ArrayList<>();
        Map<String, List<String>> classes = new HashMap<>();
        Set<String> named = new TreeSet<>();
        actor.forEach((p, actorId) -> {
            String a = text(actorId), t = about.get(p);
            if (!positions.contains(p) || t == null) return;
            List<Object> quoted = evidence.getOrDefault(p, List.of()).stream().filter(source::containsKey).toList();
            List<String> docs = quoted.stream().map(source::get).toList();
            List<String> evs = List.copyOf(events.getOrDefault(p, Set.of()));
            list.add(new StanceTable.Position(p, a, t, stance.get(p), hedged.contains(p), date.get(p), evs,
                    List.copyOf(speakers.getOrDefault(p, Set.of())), docs, quoted));
            classes.computeIfAbsent(a, k -> List.copyOf(types.getOrDefault(actorId, Set.of())));
            named.add(a);
            named.add(t);
            if (stance.get(p) != null) named.add(stance.get(p));
            named.addAll(evs);
            named.addAll(docs);
            docs.forEach(d -> named.addAll(kinds.getOrDefault(d, Set.of())));
        });
        list.sort(StanceTable.Position.ORDER);
        Map<String, Set<String>> supers = new HashMap<>();
        for (List<String> cs : classes.values()) {
            for (String c : cs) {
                supers.computeIfAbsent(c, this::closure);
                named.add(c);
            }
        }
        return new StanceTable(list, classes, supers, kinds, facts.labels(ids(named)), facts::text,
                new StanceTable.Sources(Set.copyOf(primary), Map.copyOf(docDates)));
    }

    /** The ids of these texts (each text this reader decoded has one). */
    private List<Object> ids(Set<String> wanted) {
        List<Object> out = new ArrayList<>();
        texts.forEach((id, text) -> { if (wanted.contains(text)) out.add(id); });
        return out;
    }

    /** The class and every class above it ({@code rdfs:subClassOf*}). */
    private Set<String> closure(String c) {
        Set<String> out = new HashSet<>(Set.of(c));
        ArrayDeque<String> todo = new ArrayDeque<>(List.of(c));
        while (!todo.isEmpty()) for (String up : direct.getOrDefault(todo.pop(), Set.of())) if (out.add(up)) todo.push(up);
        return Set.copyOf(out);
    }


}
