package org.normgraph.suggest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the graph already knows, as names to look for in a new text: every entity's zh/en labels and
 * aliases with the kind of thing it is, which actor adopted which instrument (the voice of an
 * instrument's "we") and which actor a person represents (the state a president speaks for), where
 * the graph names exactly one. Built from the store ({@link StoreGazetteer}) or from the claims files
 * ({@link ClaimsGazetteer}).
 *
 * <pre>{@code Gazetteer g = ClaimsGazetteer.of(files); g.kind("china")  // Kind.ACTOR}</pre>
 */
public record Gazetteer(List<Name> names, Map<String, Kind> kinds, Map<String, String> adoptedBy, Map<String, String> represents) {
    public Gazetteer {
        names = List.copyOf(names);
        kinds = Map.copyOf(kinds);
        adoptedBy = Map.copyOf(adoptedBy);
        represents = Map.copyOf(represents);
    }

    /** What an entity is, as far as suggesting positions goes. */
    public enum Kind { ACTOR, ABOUT, EVENT, PERSON, OTHER }

    /** One name of an entity, as written in the graph. */
    public record Name(String id, String label) {
        public Name {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
        }
    }

    static final Set<String> ACTORS = Set.of("State", "InternationalOrganisation", "GovernmentBody", "Company",
            "CivilSocietyOrganisation", "ActorGroup", "Actor");
    static final Set<String> ABOUT = Set.of("Norm", "Treaty", "Resolution", "Declaration", "Strategy", "Legislation",
            "Proposal", "Instrument");
    static final Set<String> EVENTS = Set.of("Conference", "Process", "Incident", "Event");

    static Kind kindOf(String type) {
        if (ACTORS.contains(type)) return Kind.ACTOR;
        if (ABOUT.contains(type)) return Kind.ABOUT;
        if (EVENTS.contains(type)) return Kind.EVENT;
        if (type.equals("Person")) return Kind.PERSON;
        return Kind.OTHER;
    }

    public Kind kind(String id) { return kinds.getOrDefault(id, Kind.OTHER); }

    public boolean isEmpty() { return names.isEmpty(); }

    /** Collects names and kinds; a more specific kind (actor, norm) wins over OTHER for an id typed twice. */
    static final class Builder {
        private final List<Name> names = new ArrayList<>();
        private final Map<String, Kind> kinds = new LinkedHashMap<>();
        private final Map<String, String> adoptedBy = new LinkedHashMap<>();
        private final Map<String, Set<String>> represents = new LinkedHashMap<>();

        Builder type(String id, String type) {
            Kind k = kindOf(type);
            kinds.merge(id, k, (a, b) -> a == Kind.OTHER ? b : a);
            return this;
        }

        Builder name(String id, String label) {
            if (label != null && !label.isBlank()) names.add(new Name(id, label.strip()));
            return this;
        }

        Builder adopted(String instrument, String actor) {
            adoptedBy.putIfAbsent(instrument, actor);
            return this;
        }

        Builder represents(String person, String actor) {
            represents.computeIfAbsent(person, k -> new java.util.HashSet<>()).add(actor);
            return this;
        }

        Gazetteer build() {
            List<Name> typed = names.stream().filter(n -> kinds.containsKey(n.id())).distinct().toList();
            Map<String, String> one = new LinkedHashMap<>();
            represents.forEach((p, as) -> { if (as.size() == 1) one.put(p, as.iterator().next()); });
            return new Gazetteer(typed, kinds, adoptedBy, one);
        }
    }
}
