package org.normgraph.ontology;

/**
 * The IRIs normgraph mints for data and named graphs. Every IRI is stable: the same slug always
 * gives the same IRI, so loading twice writes the same graph.
 *
 * <pre>{@code Iris.entity("china")  // https://normgraph.org/id/china}</pre>
 */
public final class Iris {
    public static final String BASE = "https://normgraph.org/";
    public static final String ID = BASE + "id/";
    public static final String GRAPH = BASE + "graph/";
    public static final String ONTOLOGY_GRAPH = GRAPH + "ontology";
    /** The graph of the dataset's version (written by every load). */
    public static final String META_GRAPH = GRAPH + "meta";
    /** Where SPARQL Update and Graph Store writes to the default graph land (part of the union queries see); no load may write it. */
    public static final String EDITS_GRAPH = GRAPH + "edits";

    private Iris() {}

    public static String entity(String slug) { return ID + slug; }
    public static String evidence(String slug) { return ID + "evidence/" + slug; }
    public static String claim(String slug) { return ID + "claim/" + slug; }
    public static String source(String slug) { return ID + "source/" + slug; }
    public static String sourcePart(String sourceSlug, String kind, int n) {
        return source(sourceSlug) + "/" + kind + "/" + n;
    }
    public static String sourceGraph(String sourceSlug) { return GRAPH + sourceSlug; }

    /** The slug of an IRI minted by {@link #entity}, or null if it is not one. */
    public static String slugOf(String iri) {
        if (!iri.startsWith(ID)) return null;
        String rest = iri.substring(ID.length());
        return rest.contains("/") ? null : rest;
    }
}
