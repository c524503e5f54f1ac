package org.normgraph.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.normgraph.ontology.Iris;
import org.normgraph.problems.Problem;
import org.normgraph.problems.Problems;

/**
 * The names of the graphs a load writes, checked before anything is built: a hand-written
 * {@code seeds/NAME.ttl} is loaded into the graph {@code https://normgraph.org/graph/NAME}, so its
 * name must make a valid IRI and must not take the graph of a source, the ontology, the version
 * ({@code meta}) or the graph that SPARQL Update writes go to ({@code edits}).
 *
 * <pre>{@code String iri = GraphNames.ofTurtleSeed(Path.of("seeds/extra.ttl"), taken, problems);  // .../graph/extra}</pre>
 */
final class GraphNames {
    static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    static final String ALLOWED = "letters A-Z a-z, digits, '.', '_' and '-', starting with a letter or digit";
    private static final Map<String, String> RESERVED = Map.of(
            Iris.ONTOLOGY_GRAPH, "the ontology graph",
            Iris.META_GRAPH, "the graph of the dataset's version",
            Iris.EDITS_GRAPH, "the graph kept for SPARQL Update writes");

    private GraphNames() {}

    /** Why no load may write this graph, or null if it is free to use. */
    static String reserved(String graphIri) {
        return RESERVED.get(graphIri);
    }

    /**
     * The graph IRI for a Turtle seed, or null (with a problem recorded) if its name is unsafe or
     * takes a graph already in {@code taken} (graph IRI to what it holds) or a reserved one.
     */
    static String ofTurtleSeed(Path file, Map<String, String> taken, Problems problems) {
        String name = file.getFileName().toString().replaceFirst("\\.ttl$", "");
        if (!SAFE.matcher(name).matches()) {
            problems.add(Problem.at(file, 0, "the name '" + name + "' cannot name a graph: use only " + ALLOWED));
            return null;
        }
        String iri = Iris.GRAPH + name;
        String clash = reserved(iri) != null ? reserved(iri) : taken.get(iri);
        if (clash != null) {
            problems.add(Problem.at(file, 0, "this file would replace <" + iri + ">, " + clash
                    + "; rename the file (its name names its graph)"));
            return null;
        }
        return iri;
    }
}
