package org.normgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.normgraph.problems.InputException;
import org.normgraph.store.LoadReport;
import org.normgraph.store.Layout;
import org.normgraph.store.Loader;
import org.normgraph.store.SearchIndexes;
import org.normgraph.store.SourceReload;
import org.normgraph.store.Store;
import org.normgraph.store.StreamingLoad;
import org.normgraph.store.StoreSpec;
import org.normgraph.store.remote.RemoteLoad;
import org.normgraph.store.remote.Stores;
import org.apache.jena.tdb2.sys.TDBInternal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code normgraph load}: check everything, then replace the store's graphs in one transaction. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Read the ontology and every source in seeds/, check it (quotes, ids, SHACL) and write "
                + "one named graph per source plus one for the ontology, source by source into a new store that replaces the old one only when all is well.",
                "With --store sparql:URL --update-url URL the graphs are written to an external store under a new version, which replaces the served one in one update.",
                "On bad input nothing is written and every problem is listed with its file and line."})
final class LoadCommand implements Callable<Integer> {
    @Mixin StoreOption store;

    @Option(names = "--source", paramLabel = "ID",
            description = "Reload only this source (its id, e.g. paris-call-2018) into a store that holds a full load: "
                    + "every check still runs; its graph, the ontology and the version are replaced, other graphs must "
                    + "be as the seeds give them (else nothing is written), and authenticated edits are kept.")
    String source;

    @Parameters(arity = "0..*", paramLabel = "FILE", hidden = true, description = "Refused: a draft, or any file (load reads seeds/).")
    List<Path> files;

    @Override
    public Integer call() {
        DraftNotes.refuseGiven(files, "load");
        Layout layout = Layout.fromEnvironment();
        DraftNotes.noteIn(layout.seeds());
        long t0 = System.nanoTime();
        StoreSpec spec = store.spec();
        if (spec.isRemote()) {
            if (source != null) throw new InputException("--source reloads one source of a tdb2: store; an external store takes whole loads");
            LoadReport report = new RemoteLoad(layout, System.err).into(Stores.connect(spec));
            report.print(System.out);
            System.out.println("store: " + spec.describe());
            return 0;
        }
        Path db = spec.dir();
        if (source != null) {
            Loader.Prepared prepared = new Loader(layout, System.err).prepare();   // check first: never touch a store for bad input
            DatasetGraph dsg = Store.openExisting(db);
            new SourceReload(System.err).write(dsg, prepared, source);
            Loader.report(prepared, (System.nanoTime() - t0) / 1_000_000).print(System.out);
            buildSearch(dsg, db);
            System.out.println("reloaded source " + source + " in store: " + db.toAbsolutePath());
            return 0;
        }
        createParent(db);
        if (Files.isDirectory(db)) TDBInternal.expel(Store.open(db), true);   // refuses a store in use or a folder of other things, before any work
        LoadReport report = new StreamingLoad(layout, System.err).into(db);
        report.print(System.out);
        System.out.println("store: " + db.toAbsolutePath());
        return 0;
    }

    /** The search index of the new version, written beside the store so that `serve` opens it instead of building it. */
    private static void buildSearch(DatasetGraph dsg, Path db) {
        long t = System.nanoTime();
        Path folder = SearchIndexes.folderOf(db);
        SearchIndexes.buildAfterLoad(dsg, folder);
        System.err.printf("search index written to %s (%.1f s)%n", folder, (System.nanoTime() - t) / 1e9);
    }

    private static void createParent(Path dir) {
        try {
            if (dir.toAbsolutePath().getParent() != null) Files.createDirectories(dir.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new InputException(dir, 0, "cannot create the store folder: " + e.getMessage());
        }
    }
}
