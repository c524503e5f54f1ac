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
import org.normgraph.store.SourceReload;
import org.normgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code normgraph load}: check everything, then replace the store's graphs in one transaction. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Read the ontology and every source in seeds/, check it (quotes, ids, SHACL) and write "
                + "one named graph per source plus one for the ontology, in a single transaction.",
                "On bad input nothing is written and every problem is listed with its file and line."})
final class LoadCommand implements Callable<Integer> {
    @Mixin DbOption db;

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
        Loader loader = new Loader(layout, System.err);
        long t0 = System.nanoTime();
        Loader.Prepared prepared = loader.prepare();   // check first: never create a store for bad input
        createParent(db.db);
        if (source != null) {
            DatasetGraph dsg = Store.openExisting(db.db);
            new SourceReload(System.err).write(dsg, prepared, source);
            Loader.report(prepared, (System.nanoTime() - t0) / 1_000_000).print(System.out);
            System.out.println("reloaded source " + source + " in store: " + db.db.toAbsolutePath());
            return 0;
        }
        DatasetGraph dsg = Store.open(db.db);
        LoadReport report = loader.write(dsg, prepared, t0);
        report.print(System.out);
        System.out.println("store: " + db.db.toAbsolutePath());
        return 0;
    }

    private static void createParent(Path dir) {
        try {
            if (dir.toAbsolutePath().getParent() != null) Files.createDirectories(dir.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new InputException(dir, 0, "cannot create the store folder: " + e.getMessage());
        }
    }
}
