package org.normgraph.claims;

import java.util.List;

/**
 * The entity types a claims file accepts (docs/claims-format.md, "Entities"), for tools outside this
 * package that write entities: all of them, and those an entity may be declared with on its own (the
 * parts of an instrument need {@code partOf} and a quote, so they are left out).
 *
 * <pre>{@code EntityTypes.declarable()  // [State, InternationalOrganisation, …, Topic, Place]}</pre>
 */
public final class EntityTypes {
    private EntityTypes() {}

    public static List<String> all() { return List.copyOf(Terms.TYPES.keySet()); }

    public static List<String> declarable() {
        return Terms.TYPES.keySet().stream().filter(t -> !Terms.PART_TYPES.contains(t)).toList();
    }
}
