package org.normgraph.store;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.system.Txn;
import org.normgraph.query.Sparql;
import org.normgraph.search.SearchCorpus;
import org.normgraph.search.SearchIndex;
import org.normgraph.search.SearchStore;

/**
 * The search index of a store's dataset version: read from the graph ({@code sparql/web/search-*.rq})
 * for a base IRI, and kept on disk in the folder beside the store ({@code data/tdb} →
 * {@code data/tdb-search}), so a load builds it once and the server opens it at start.
 *
 * <pre>{@code SearchIndex index = SearchIndexes.open(dsg, "https://normgraph.org/", SearchIndexes.folderOf(db), version);}</pre>
 */
public final class SearchIndexes {
    private SearchIndexes() {}

    /** Where the search index of the store in {@code db} is kept. */
    public static Path folderOf(Path db) {
        Path abs = db.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + "-search");
    }

    /** The index of this version and base: opened from {@code folder}, else built from the graph and written there. */
    public static SearchIndex open(DatasetGraph dsg, String base, Path folder, String version) {
        String b = base.endsWith("/") ? base : base + "/";
        if (folder == null) return SearchIndex.build(SearchCorpus.read(source(dsg, b)));
        return SearchStore.open(folder, key(b, version), () -> SearchCorpus.read(source(dsg, b)));
    }

    /** Writes the index of {@code version} for the default base into a temporary folder in {@code folder} ({@link SearchStore#prepare}). */
    static Path prepare(DatasetGraph dsg, Path folder, String version) {
        return SearchStore.prepare(folder, key(org.normgraph.ontology.Iris.BASE, version), () -> SearchCorpus.read(source(dsg, org.normgraph.ontology.Iris.BASE)));
    }

    /** Puts an index {@link #prepare} wrote in place. */
    static void publish(Path folder, String version, Path prepared) {
        SearchStore.publish(folder, key(org.normgraph.ontology.Iris.BASE, version), prepared);
    }

    private static String key(String base, String version) {
        String b = base.endsWith("/") ? base : base + "/";
        return version == null || version.isEmpty() ? "unversioned" : version + "-" + Integer.toHexString(b.hashCode());
    }

    /** Builds (or opens) the index of the store's current version for the default base, as a load does for the next start. */
    public static SearchIndex buildAfterLoad(DatasetGraph dsg, Path folder) {
        String version = Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.create().query(Sparql.text("web/version")).dataset(DatasetFactory.wrap(dsg)).build()) {
                var rs = qe.execSelect();
                return rs.hasNext() ? str(rs.next().get("version")) : null;
            }
        });
        return open(dsg, org.normgraph.ontology.Iris.BASE, folder, version);
    }

    /**
     * The graph as the search package reads it: named queries' rows as strings, local paths and
     * anchors. Queries see the union of the named graphs also on a store a load has just written.
     */
    static SearchCorpus.Source source(DatasetGraph dsg, String base) {
        var params = BindingFactory.binding(Var.alloc("idBase"), NodeFactory.createLiteralString(base + "id/"));
        return new SearchCorpus.Source() {
            @Override
            public void rows(String queryName, Consumer<Map<String, String>> each) {
                Txn.executeRead(dsg, () -> {
                    try (QueryExecution qe = QueryExecution.create().query(Sparql.text("web/" + queryName))
                            .dataset(DatasetFactory.wrap(dsg)).substitution(params)
                            .set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true).build()) {
                        var rs = qe.execSelect();
                        while (rs.hasNext()) {
                            QuerySolution s = rs.next();
                            Map<String, String> m = new HashMap<>();
                            s.varNames().forEachRemaining(v -> m.put(v, str(s.get(v))));
                            each.accept(m);
                        }
                    }
                });
            }

            @Override public String local(String iri) { return iri.startsWith(base) ? "/" + iri.substring(base.length()) : iri; }

            @Override public String anchor(String evidenceIri) { return "ev-" + evidenceIri.substring(evidenceIri.lastIndexOf('/') + 1); }
        };
    }

    private static String str(org.apache.jena.rdf.model.RDFNode n) {
        if (n == null) return null;
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : n.toString();
    }
}
