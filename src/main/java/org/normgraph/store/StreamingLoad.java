package org.normgraph.store;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.normgraph.claims.Specs;
import org.normgraph.ontology.Iris;
import org.normgraph.search.SearchStore;
import org.normgraph.problems.Problems;

/**
 * A full load that never holds the corpus in memory: each source's graph is built, checked and
 * handed to TDB2's sequential bulk loader (one of {@code tdb2.tdbloader}'s engines, in this thread, so a failure such as a full disk
 * surfaces here) one source at a time, into a
 * new store beside the old one ({@code data/tdb.loading}); the SHACL shapes are then checked over
 * the triples that bear on them ({@link ShapesView}) or, when those are too many to keep in memory,
 * over the new store's union graph on disk (the new store's search index is built on a second thread meanwhile when the
 * shapes check fits in memory, else after it); the ontology and version
 * are written, and only then does the new store take the old one's place (and its search index the old index's). Bad input or a
 * failure at any step deletes the new store and its index: the old ones are untouched.
 *
 * <pre>{@code LoadReport r = new StreamingLoad(layout, System.err).into(Path.of("data/tdb"));}</pre>
 */
public final class StreamingLoad {
    private final Layout layout;
    private final PrintStream progress;
    private final long shapesViewLimit;

    public StreamingLoad(Layout layout, PrintStream progress) {
        this(layout, progress, ShapesView.defaultLimit());
    }

    /** A load that keeps at most {@code shapesViewLimit} triples in memory for the SHACL check. */
    StreamingLoad(Layout layout, PrintStream progress, long shapesViewLimit) {
        this.layout = layout;
        this.progress = progress;
        this.shapesViewLimit = shapesViewLimit;
    }

    /** Loads every input into a new store and puts it in place of the store in {@code db}. */
    public LoadReport into(Path db) {
        long t0 = System.nanoTime();
        Inputs in = Inputs.read(layout, progress);
        Path fresh = db.toAbsolutePath().normalize().resolveSibling(db.getFileName() + ".loading");
        StoreFolders.delete(fresh);
        List<LoadReport.Graph> report = new ArrayList<>();
        Path searchFolder = SearchIndexes.folderOf(db);
        java.util.concurrent.CompletableFuture<Path> search = null;
        try {
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(fresh));
            ShapesView view = new ShapesView(in.shapes(), shapesViewLimit);
            Map<String, Path> turtle = bulkLoad(in, dsg, report, view);
            in = in.built();
            DatasetVersion version = DatasetVersion.of(layout, java.time.Instant.now());
            // The index (which reads the ontology's names of classes) is built beside the shapes check when that check
            // runs in memory; a check over the store (a large corpus) reads the store's union graph, which must not hold
            // the ontology yet, and runs alone, the index after it, so that the two never share the heap.
            if (view.kept()) {
                addOntology(in, dsg);
                search = searchInBackground(dsg, searchFolder, version.version());
                checkShapes(in, dsg, view, turtle);
            } else {
                checkShapes(in, dsg, view, turtle);
                addOntology(in, dsg);
                search = java.util.concurrent.CompletableFuture.completedFuture(buildSearch(dsg, searchFolder, version.version()));
            }
            Model written = Txn.calculateWrite(dsg, () -> {
                dsg.addGraph(NodeFactory.createURI(DatasetVersion.META_GRAPH), version.toModel().getGraph());
                return Statistics.recount(dsg);
            });
            report.addFirst(Loader.graphReport(Iris.ONTOLOGY_GRAPH, in.ontology()));
            report.add(Loader.graphReport(DatasetVersion.META_GRAPH, written));
            progress.println("version " + version.version());
            Path index = finish(search);
            search = null;
            TDBInternal.expel(dsg, true);
            progress.println("putting the new store in place of " + db);
            StoreFolders.replace(db, fresh);
            SearchIndexes.publish(searchFolder, version.version(), index);
            progress.println("search index written to " + searchFolder);
        } catch (RuntimeException | Error e) {
            if (search != null) SearchStore.discard(search.handle((p, x) -> p).join());
            StoreFolders.deleteQuietly(fresh);
            throw e;
        }
        long total = report.stream().mapToLong(LoadReport.Graph::triples).sum();
        return new LoadReport(report, total, (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * Every check a load makes, over a scratch store that is deleted afterwards (memory stays bounded
     * as in a load): what {@code normgraph validate} runs. The report lists what a load would write,
     * the version but not the statistics a load adds to the meta graph.
     */
    public LoadReport check(Path scratch) {
        long t0 = System.nanoTime();
        List<LoadReport.Graph> report = new ArrayList<>();
        Model ontology;
        try {
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(scratch));
            ontology = loadAndCheck(dsg, report);
            TDBInternal.expel(dsg, true);
        } finally {
            StoreFolders.deleteQuietly(scratch);
        }
        report.addFirst(Loader.graphReport(Iris.ONTOLOGY_GRAPH, ontology));
        report.add(Loader.graphReport(DatasetVersion.META_GRAPH, DatasetVersion.of(layout, java.time.Instant.now()).toModel()));
        long total = report.stream().mapToLong(LoadReport.Graph::triples).sum();
        return new LoadReport(report, total, (System.nanoTime() - t0) / 1_000_000);
    }

    /** Reads the inputs, loads them and checks the shapes (without the index of ids, let go once the graphs are built); returns the ontology. */
    private Model loadAndCheck(DatasetGraph dsg, List<LoadReport.Graph> report) {
        Inputs in = Inputs.read(layout, progress);
        ShapesView view = new ShapesView(in.shapes(), shapesViewLimit);
        Map<String, Path> turtle = bulkLoad(in, dsg, report, view);
        in = in.built();
        checkShapes(in, dsg, view, turtle);
        return in.ontology();
    }

    private void checkShapes(Inputs in, DatasetGraph dsg, ShapesView view, Map<String, Path> turtle) {
        progress.println(view.kept() ? String.format("checking SHACL shapes (%,d of the triples bear on them)", view.graph().size())
                : "checking SHACL shapes over the store (the triples they read are too many to keep in memory)");
        Txn.executeRead(dsg, () -> Validation.check(in.shapes(), view.kept() ? view.graph() : dsg.getUnionGraph(), in::files,
                n -> inTurtle(dsg, turtle, n)));
    }

    /**
     * The search index of the new store, built on a second thread (reading the store as the SHACL
     * check and the statistics do) into a temporary folder that is published once the store is in place.
     */
    private static void addOntology(Inputs in, DatasetGraph dsg) {
        Txn.executeWrite(dsg, () -> {
            in.ontology().getNsPrefixMap().forEach(dsg.prefixes()::add);
            dsg.addGraph(NodeFactory.createURI(Iris.ONTOLOGY_GRAPH), in.ontology().getGraph());
        });
    }

    private java.util.concurrent.CompletableFuture<Path> searchInBackground(DatasetGraph dsg, Path folder, String version) {
        progress.println("building the search index (while the shapes are checked)");
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> buildSearch(dsg, folder, version),
                r -> Thread.ofPlatform().daemon().name("search-index").start(r));
    }

    private Path buildSearch(DatasetGraph dsg, Path folder, String version) {
        long t0 = System.nanoTime();
        Path p = SearchIndexes.prepare(dsg, folder, version);
        progress.printf("search index built (%.1f s)%n", (System.nanoTime() - t0) / 1e9);
        return p;
    }

    private static Path finish(java.util.concurrent.CompletableFuture<Path> search) {
        try {
            return search.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /** Builds and streams every source's graph, then the Turtle seeds; throws with every problem found, having loaded nothing usable. */
    private Map<String, Path> bulkLoad(Inputs in, DatasetGraph dsg, List<LoadReport.Graph> report, ShapesView view) {
        Problems problems = new Problems();
        DataLoader loader = LoaderFactory.sequentialLoader(dsg, (format, args) -> { });
        loader.startBulk();
        try {
            StreamRDF stream = loader.stream();
            stream.start();
            Progress bar = new Progress(progress, "building and loading graphs", in.claimFiles().size());
            try (SourceBuilds builds = new SourceBuilds(in)) {
                for (SourceBuilds.Built b : builds) {
                    b.problems().all().forEach(problems::add);
                    b.problems().warnings().forEach(problems::warn);
                    if (b.model() != null && problems.isEmpty()) send(stream, b.graph(), b.model(), report, view);
                    bar.step(b.file().source().id());
                }
            }
            bar.done();
            Map<String, Path> turtle = Inputs.turtleSeeds(layout, in.taken(), problems);
            for (Map.Entry<String, Path> t : turtle.entrySet()) {
                progress.println("reading " + t.getValue());
                Model model = RdfFiles.read(t.getValue());
                if (problems.isEmpty()) send(stream, t.getKey(), model, report, view);
            }
            stream.finish();
            problems.throwIfAny();
            problems.warnings().forEach(w -> progress.println("warning: " + w));
            loader.finishBulk();
            return turtle;
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
    }

    private static void send(StreamRDF stream, String graph, Model model, List<LoadReport.Graph> report, ShapesView view) {
        Node g = NodeFactory.createURI(graph);
        model.getNsPrefixMap().forEach(stream::prefix);
        model.getGraph().find().forEachRemaining(t -> {
            stream.quad(new org.apache.jena.sparql.core.Quad(g, t));
            view.offer(t);
        });
        report.add(Loader.graphReport(graph, model));
    }

    private static Specs.Where inTurtle(DatasetGraph dsg, Map<String, Path> turtle, Node n) {
        for (Map.Entry<String, Path> t : turtle.entrySet()) {
            if (dsg.getGraph(NodeFactory.createURI(t.getKey())).contains(n, Node.ANY, Node.ANY)) return new Specs.Where(t.getValue(), 0);
        }
        return null;
    }
}
