package org.normgraph.problems;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems found in one stage of a load, so a curator sees all of them at once;
 * {@link #throwIfAny()} ends the load before anything is written. Warnings are kept apart: they
 * are printed, and never stop a load.
 */
public final class Problems {
    private final List<Problem> all = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    public void add(Problem p) { all.add(p); }

    /** Something a curator should look at that does not stop the load. */
    public void warn(Problem p) { warnings.add(p); }

    public List<Problem> warnings() { return List.copyOf(warnings); }

    public boolean isEmpty() { return all.isEmpty(); }

    public List<Problem> all() { return List.copyOf(all); }

    public void throwIfAny() {
        if (!all.isEmpty()) throw new InputException(all);
    }
}
