package org.normgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.normgraph.store.Layout;
import org.normgraph.store.Loader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code normgraph validate}: every check the loader makes, writing nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Run all of the loader's checks on ontology/ and seeds/ and report what a load would write; "
                + "writes nothing. Drafts (NAME.claims.draft.yaml) are not loaded: named on the command line they are refused.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "FILE", hidden = true, description = "Refused: a draft, or any file (validate reads seeds/).")
    List<Path> files;

    @Override
    public Integer call() {
        DraftNotes.refuseGiven(files, "validate");
        DraftNotes.noteIn(Layout.fromEnvironment().seeds());
        long t0 = System.nanoTime();
        Loader.Prepared prepared = new Loader(Layout.fromEnvironment(), System.err).prepare();
        Loader.report(prepared, (System.nanoTime() - t0) / 1_000_000).print(System.out);
        System.out.println("valid: nothing was written");
        return 0;
    }
}
