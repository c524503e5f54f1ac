package org.normgraph.store.remote;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.normgraph.ontology.Iris;

/**
 * One load's graphs in an external store. Each graph normgraph names {@code .../graph/NAME} (its
 * logical name, the one queries, pages and exports use) is written as {@code .../graph/v/ID/NAME}
 * (its physical name) for the load {@code ID}, so that a load never touches the graphs being served;
 * {@code .../graph/v/ID/_union} holds the merge of the load's graphs, the default graph its queries
 * read. The graph {@code .../graph/_versions} records every load and which one is current.
 *
 * <pre>{@code GraphVersion v = new GraphVersion("a1b2c3d4e5f6-20261202t070000z", List.of(Iris.GRAPH + "meta"));
 * v.physical(Iris.GRAPH + "meta")   // https://normgraph.org/graph/v/a1b2c3d4e5f6-20261202t070000z/meta}</pre>
 */
public record GraphVersion(String id, List<String> logical) {
    /** The graph that records the loads and the current one; never part of a version. */
    public static final String VERSIONS_GRAPH = Iris.GRAPH + "_versions";
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final String PREFIX = Iris.GRAPH + "v/";

    public GraphVersion {
        if (!ID.matcher(id).matches()) throw new IllegalArgumentException("not a load id: " + id);
        for (String g : logical) {
            if (!g.startsWith(Iris.GRAPH) || g.length() == Iris.GRAPH.length()) throw new IllegalArgumentException("not a normgraph graph: " + g);
        }
        logical = List.copyOf(logical);
    }

    /** The load record's IRI in the versions graph. */
    public String loadIri() { return VERSIONS_GRAPH + "/" + id; }

    public String union() { return PREFIX + id + "/_union"; }

    public String physical(String logicalGraph) {
        return PREFIX + id + "/" + logicalGraph.substring(Iris.GRAPH.length());
    }

    /** The logical name of one of this version's physical graphs, or null for any other IRI. */
    public String logicalOf(String iri) {
        String mine = PREFIX + id + "/";
        if (!iri.startsWith(mine) || iri.endsWith("/_union")) return null;
        return Iris.GRAPH + iri.substring(mine.length());
    }

    /** Logical name to physical name, in the order of {@link #logical()}. */
    public Map<String, String> names() {
        Map<String, String> m = new LinkedHashMap<>();
        logical.forEach(g -> m.put(g, physical(g)));
        return m;
    }

    /** The load id of a physical graph name, or null if the IRI is not one. */
    public static String idOf(String physical) {
        if (!physical.startsWith(PREFIX)) return null;
        int slash = physical.indexOf('/', PREFIX.length());
        return slash < 0 ? null : physical.substring(PREFIX.length(), slash);
    }
}
