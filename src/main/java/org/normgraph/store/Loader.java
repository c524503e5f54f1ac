package org.normgraph.store;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.normgraph.claims.Specs;
import org.normgraph.ontology.Iris;
import org.normgraph.problems.InputException;
import org.normgraph.query.Sparql;
import org.normgraph.problems.Problems;

/**
 * Builds every graph from the inputs (the ontology; per source, its text and curated claims; and any
 * hand-written {@code seeds/*.ttl} data, each in a graph named after its file) and checks it (quotes located, references resolved, SHACL
 * shapes met) before anything is written; then replaces the store's contents in one TDB2 write
 * transaction, and compacts the store so that reloads do not make it grow. Bad input throws
 * {@link InputException} and leaves the store as it was.
 *
 * <pre>{@code
 * Loader loader = new Loader(Layout.of(Path.of(".")), System.err);
 * LoadReport r = loader.load(Store.open(Path.of("data/tdb")));
 * }</pre>
 */
public final class Loader {
    private final Layout layout;
    private final PrintStream progress;

    public Loader(Layout layout, PrintStream progress) {
        this.layout = layout;
        this.progress = progress;
    }

    /** The graphs a load would write, by graph IRI, in order: the ontology first. */
    public record Prepared(Map<String, Model> graphs) {}

    public Prepared prepare() {
        Inputs in = Inputs.read(layout, progress);
        Problems problems = new Problems();
        Map<String, Model> graphs = new LinkedHashMap<>();
        graphs.put(Iris.ONTOLOGY_GRAPH, in.ontology());
        Progress bar = new Progress(progress, "building graphs", in.claimFiles().size());
        for (Path p : in.claimFiles()) {
            Specs.File f = in.file(p);
            String graph = Inputs.graphOf(f, problems);
            if (graph != null) graphs.put(graph, in.build(f, problems));
            bar.step(f.source().id());
        }
        bar.done();
        Map<String, Path> turtleFiles = Inputs.turtleSeeds(layout, in.taken(), problems);
        for (Map.Entry<String, Path> t : turtleFiles.entrySet()) {
            progress.println("reading " + t.getValue());
            graphs.put(t.getKey(), RdfFiles.read(t.getValue()));
        }
        problems.throwIfAny();
        problems.warnings().forEach(w -> progress.println("warning: " + w));
        progress.println("checking SHACL shapes");
        Validation.check(in.shapes(), graphs, in::files, turtleFiles);
        DatasetVersion version = DatasetVersion.of(layout, java.time.Instant.now());
        graphs.put(DatasetVersion.META_GRAPH, version.toModel());
        progress.println("version " + version.version());
        return new Prepared(graphs);
    }

    /** Prepares, then replaces the whole store in one write transaction. */
    public LoadReport load(DatasetGraph dsg) {
        long t0 = System.nanoTime();
        return write(dsg, prepare(), t0);
    }

    /** Replaces the whole store with already prepared graphs, in one write transaction; then compacts a TDB2 store. */
    public LoadReport write(DatasetGraph dsg, Prepared prepared, long startNanos) {
        long t0 = startNanos;
        progress.println("writing to the store");
        Model meta = Txn.calculateWrite(dsg, () -> {
            dsg.clear();
            dsg.prefixes().clear();
            prepared.graphs().values().forEach(m -> m.getNsPrefixMap().forEach(dsg.prefixes()::add));
            prepared.graphs().forEach((iri, model) -> {
                dsg.addGraph(NodeFactory.createURI(iri), model.getGraph());
                progress.printf("  wrote <%s> (%,d triples)%n", iri, model.size());
            });
            return Statistics.recount(dsg);
        });
        compactAfterWrite(dsg, progress);
        Map<String, Model> written = new LinkedHashMap<>(prepared.graphs());
        written.put(DatasetVersion.META_GRAPH, meta);
        return report(new Prepared(written), (System.nanoTime() - t0) / 1_000_000);
    }

    /** Compaction of a TDB2 store after a committed write: if it fails (e.g. no room for the copy) the write still stands. */
    static void compactAfterWrite(DatasetGraph dsg, PrintStream progress) {
        if (!DatabaseMgr.isTDB2(dsg)) return;
        try {
            progress.println(Compaction.run(dsg));
        } catch (RuntimeException | InternalError e) {
            progress.println("the data is loaded, but compacting the store failed (" + e.getMessage()
                    + "); free some disk space and run `normgraph compact`");
        }
    }

    public static LoadReport report(Prepared prepared, long millis) {
        List<LoadReport.Graph> out = new ArrayList<>();
        long total = 0;
        for (Map.Entry<String, Model> e : prepared.graphs().entrySet()) {
            out.add(graphReport(e.getKey(), e.getValue()));
            total += e.getValue().size();
        }
        return new LoadReport(out, total, millis);
    }

    /** One graph's line of a load report: its triples and entities by type. */
    static LoadReport.Graph graphReport(String iri, Model graph) {
        Map<String, Long> byType = new LinkedHashMap<>();
        try (var qe = QueryExecutionFactory.create(Sparql.text("count-types"), graph)) {
            qe.execSelect().forEachRemaining(row ->
                    byType.put(row.getResource("type").getLocalName(), row.getLiteral("n").getLong()));
        }
        return new LoadReport.Graph(iri, graph.size(), byType);
    }

    /** An in-memory dataset of the prepared graphs, with their union as the default graph. */
    public static Dataset inMemory(Prepared prepared) {
        Dataset ds = DatasetFactory.create();
        prepared.graphs().forEach(ds::addNamedModel);
        return ds;
    }
}
