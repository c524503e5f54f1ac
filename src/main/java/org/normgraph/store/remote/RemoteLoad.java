package org.normgraph.store.remote;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateAdd;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.normgraph.query.Sparql;
import org.normgraph.store.Layout;
import org.normgraph.store.LoadReport;
import org.normgraph.store.Progress;
import org.normgraph.store.SearchIndexes;
import org.normgraph.store.StoreFolders;
import org.normgraph.store.StreamingLoad;

/**
 * A full load into an external store, all or nothing for its readers. Every check of a load runs
 * first, building the graphs into a scratch TDB2 store ({@link StreamingLoad}); then the load is
 * recorded in the store's versions graph, each graph is written under its new physical name (with
 * {@code INSERT DATA} in chunks; triples with blank nodes as one {@code INSERT} template, so that each stays one node) and
 * added to the load's union graph, and one update makes the load current. Only then are the previous
 * load's graphs dropped. A load that fails or is killed before the switch leaves the previous one
 * served; its graphs are dropped by the next load. Graphs not named by normgraph are never touched.
 *
 * <pre>{@code LoadReport r = new RemoteLoad(layout, System.err).into(RemoteDataset.connect(new RemoteStore(spec)));}</pre>
 */
public final class RemoteLoad {
    /** Triples per INSERT DATA request: Virtuoso 7.2 runs out of parser memory at about 5,000 ("SP030 ... memory exhausted"). */
    static final int CHUNK = 2_500;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd't'HHmmss'z'").withZone(ZoneOffset.UTC);

    private final Layout layout;
    private final PrintStream progress;

    public RemoteLoad(Layout layout, PrintStream progress) {
        this.layout = layout;
        this.progress = progress;
    }

    public LoadReport into(RemoteDataset remote) {
        RemoteStore store = remote.store();
        if (!store.canWrite()) {
            throw new StoreUnavailableException("give --update-url: the store " + store.url() + " is written with SPARQL Update", null);
        }
        long t0 = System.nanoTime();
        Path scratch = RemoteFolders.scratch();
        try {
            LoadReport checked = new StreamingLoad(layout, progress).into(scratch.resolve("tdb"));
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(scratch.resolve("tdb")));
            try {
                GraphVersion previous = remote.refresh();
                removeUnfinished(store, previous);
                GraphVersion next = write(store, dsg);
                progress.println("switching " + store.url() + " to load " + next.id());
                store.update(withLoad(previous == RemoteDataset.NONE ? "remote/first-load" : "remote/switch", next));
                if (!remote.refresh().id().equals(next.id())) {
                    throw new StoreUnavailableException("the store " + store.url() + " did not take the switch to load " + next.id()
                            + "; the previous load is still served", null);
                }
                if (previous != RemoteDataset.NONE) drop(store, previous);
            } finally {
                TDBInternal.expel(dsg, true);
            }
            keepSearchIndex(scratch.resolve("tdb"), RemoteFolders.searchFolder(store.spec()));
            return new LoadReport(checked.graphs(), checked.totalTriples(), (System.nanoTime() - t0) / 1_000_000);
        } finally {
            StoreFolders.deleteQuietly(scratch);
        }
    }

    private GraphVersion write(RemoteStore store, DatasetGraph dsg) {
        List<String> graphs = Txn.calculateRead(dsg, () -> {
            List<String> out = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(n -> out.add(n.getURI()));
            return out.stream().sorted().toList();
        });
        GraphVersion next = new GraphVersion(loadId(dsg), graphs);
        UpdateRequest begin = UpdateFactory.create(Sparql.update("remote/begin-load"));
        store.update(substitute(begin, Map.of("load", uri(next.loadIri()), "id", NodeFactory.createLiteralString(next.id()),
                "at", NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime))));
        Map<String, String> prefixes = Txn.calculateRead(dsg, () -> new java.util.TreeMap<>(dsg.prefixes().getMapping()));
        prefixes.forEach((prefix, ns) -> store.update(substitute(UpdateFactory.create(Sparql.update("remote/add-prefix")), Map.of(
                "load", uri(next.loadIri()), "prefix", NodeFactory.createLiteralString(prefix),
                "namespace", NodeFactory.createLiteralDT(ns, XSDDatatype.XSDanyURI)))));
        Progress bar = new Progress(progress, "writing graphs to " + store.url(), graphs.size());
        for (String g : graphs) {
            store.update(substitute(UpdateFactory.create(Sparql.update("remote/add-part")), Map.of("load", uri(next.loadIri()), "graph", uri(g))));
            Node physical = uri(next.physical(g));
            Txn.executeRead(dsg, () -> send(store, physical, dsg.getGraph(uri(g)).find()));
            UpdateRequest add = new UpdateRequest();
            add.add(new UpdateAdd(Target.create(physical), Target.create(uri(next.union()))));
            store.update(add);
            bar.step(g.substring(g.lastIndexOf('/') + 1));
        }
        bar.done();
        return next;
    }

    /** Sends a graph's triples: those without blank nodes in chunks, those with blank nodes in one request. */
    private static void send(RemoteStore store, Node graph, Iterator<Triple> triples) {
        List<Triple> chunk = new ArrayList<>(CHUNK), blank = new ArrayList<>();
        while (triples.hasNext()) {
            Triple t = triples.next();
            if (t.getSubject().isBlank() || t.getObject().isBlank()) {
                blank.add(t);
                continue;
            }
            chunk.add(t);
            if (chunk.size() == CHUNK) {
                insert(store, graph, chunk);
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) insert(store, graph, chunk);
        if (!blank.isEmpty()) insertTemplate(store, graph, blank);
    }

    /** Triples with blank nodes, as the template of one {@code INSERT {..} WHERE {}}: stores refuse blank nodes in INSERT DATA, and one template keeps each a single node. */
    private static void insertTemplate(RemoteStore store, Node graph, List<Triple> triples) {
        UpdateModify insert = new UpdateModify();
        triples.forEach(t -> insert.getInsertAcc().addQuad(Quad.create(graph, t)));
        insert.setHasInsertClause(true);
        insert.setElement(new ElementGroup());
        store.update(new UpdateRequest(insert));
    }

    private static void insert(RemoteStore store, Node graph, List<Triple> triples) {
        QuadDataAcc data = new QuadDataAcc();
        triples.forEach(t -> data.addQuad(Quad.create(graph, t)));
        store.update(new UpdateRequest(new UpdateDataInsert(data)));
    }

    /** Drops the graphs of loads recorded but never made current (a load that failed or was killed), and their records. */
    private void removeUnfinished(RemoteStore store, GraphVersion current) {
        for (GraphVersion v : RemoteVersions.all(store)) {
            if (v.id().equals(current.id())) continue;
            progress.println("removing the graphs of an unfinished load (" + v.id() + ")");
            drop(store, v);
        }
    }

    private static void drop(RemoteStore store, GraphVersion v) {
        UpdateRequest drop = new UpdateRequest();
        v.logical().forEach(g -> drop.add(new UpdateDrop(v.physical(g), true)));
        drop.add(new UpdateDrop(v.union(), true));
        store.update(drop);
        store.update(withLoad("remote/forget-load", v));
    }

    private static UpdateRequest withLoad(String name, GraphVersion v) {
        return substitute(UpdateFactory.create(Sparql.update(name)), Map.of("load", uri(v.loadIri())));
    }

    private static UpdateRequest substitute(UpdateRequest request, Map<String, Node> values) {
        Map<org.apache.jena.sparql.core.Var, Node> m = new LinkedHashMap<>();
        values.forEach((k, v) -> m.put(org.apache.jena.sparql.core.Var.alloc(k), v));
        return org.apache.jena.sparql.syntax.syntaxtransform.UpdateTransformOps.transform(request, m);
    }

    /** The version of the scratch store's data and the time now: unique for each load, even of the same inputs. */
    private static String loadId(DatasetGraph dsg) {
        String version = Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.create().query(Sparql.text("web/version"))
                    .dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true).build()) {
                var rs = qe.execSelect();
                return rs.hasNext() ? rs.next().getLiteral("version").getLexicalForm() : "unversioned";
            }
        });
        return version.toLowerCase(java.util.Locale.ROOT) + "-" + STAMP.format(Instant.now());
    }

    private static Node uri(String iri) { return NodeFactory.createURI(iri); }

    private static void keepSearchIndex(Path scratchDb, Path folder) {
        Path built = SearchIndexes.folderOf(scratchDb);
        if (!Files.isDirectory(built)) return;
        try {
            Files.createDirectories(folder.getParent());
            Path fresh = folder.resolveSibling(folder.getFileName() + ".loading");
            StoreFolders.delete(fresh);
            Files.move(built, fresh);
            StoreFolders.replace(folder, fresh);
        } catch (IOException | RuntimeException e) {
            // the index is only a cache: serve builds it again
        }
    }
}
