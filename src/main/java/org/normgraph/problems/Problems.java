package org.normgraph.problems;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems found in one stage of a load, so a curator sees all of them at once;
 * {@link #throwIfAny()} ends the load before anything is written.
 */
public final class Problems {
    private final List<Problem> all = new ArrayList<>();

    public void add(Problem p) { all.add(p); }

    public boolean isEmpty() { return all.isEmpty(); }

    public List<Problem> all() { return List.copyOf(all); }

    public void throwIfAny() {
        if (!all.isEmpty()) throw new InputException(all);
    }
}
