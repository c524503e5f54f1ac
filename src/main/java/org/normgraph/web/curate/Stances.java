package org.normgraph.web.curate;

import java.util.List;

/** The stances a position may take (docs/claims-format.md), in the order the pickers offer them. */
final class Stances {
    static final List<String> ALL = List.of("Supports", "Opposes", "Proposes", "HasReservations");

    private Stances() {}

    static boolean valid(String s) { return s != null && ALL.contains(s); }
}
