package org.normgraph.cli;

import java.util.concurrent.Callable;
import org.normgraph.store.Layout;
import org.normgraph.store.Loader;
import picocli.CommandLine.Command;

/** {@code normgraph validate}: every check the loader makes, writing nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Run all of the loader's checks on ontology/ and seeds/ and report what a load would write; "
                + "writes nothing.")
final class ValidateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        Loader.Prepared prepared = new Loader(Layout.fromEnvironment(), System.err).prepare();
        Loader.report(prepared, (System.nanoTime() - t0) / 1_000_000).print(System.out);
        System.out.println("valid: nothing was written");
        return 0;
    }
}
