package org.normgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.normgraph.store.Layout;
import org.normgraph.problems.InputException;
import org.normgraph.store.StreamingLoad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code normgraph validate}: every check the loader makes, writing nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Run all of the loader's checks on ontology/ and seeds/ and report what a load would write; "
                + "writes nothing (the corpus is loaded meanwhile into a scratch store in the temporary folder, then deleted). "
                + "With --store sparql:URL it also checks that the store answers and says which load it serves. Drafts (NAME.claims.draft.yaml) are not loaded: named on the command line they are refused.")
final class ValidateCommand implements Callable<Integer> {
    /** Where the checks load the corpus meanwhile (deleted after): the system's temporary folder. */
    private static Path scratch() {
        try {
            return Files.createTempDirectory("normgraph-validate-");
        } catch (java.io.IOException e) {
            throw new InputException(Path.of(System.getProperty("java.io.tmpdir")), 0, "cannot create a scratch folder: " + e.getMessage());
        }
    }

    @Parameters(arity = "0..*", paramLabel = "FILE", hidden = true, description = "Refused: a draft, or any file (validate reads seeds/).")
    List<Path> files;

    @picocli.CommandLine.Mixin StoreOption store;

    @Override
    public Integer call() {
        DraftNotes.refuseGiven(files, "validate");
        DraftNotes.noteIn(Layout.fromEnvironment().seeds());
        org.normgraph.store.StoreSpec spec = store.spec();
        org.apache.jena.sparql.core.DatasetGraph target = spec.isRemote() ? org.normgraph.store.remote.Stores.connect(spec) : null;
        Path scratch = scratch();
        try {
            new StreamingLoad(Layout.fromEnvironment(), System.err).check(scratch.resolve("tdb")).print(System.out);
        } finally {
            scratch.toFile().delete();
        }
        System.out.println("valid: nothing was written");
        if (target instanceof org.normgraph.store.remote.RemoteDataset remote) {
            org.normgraph.store.remote.GraphVersion v = remote.refresh();
            System.out.println("the store " + spec.describe() + (remote.hasVersion() ? " serves load " + v.id() : " holds no normgraph load yet")
                    + (remote.store().canWrite() ? "" : "; give --update-url to load into it"));
        }
        return 0;
    }
}
