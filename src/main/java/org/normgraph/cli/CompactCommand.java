package org.normgraph.cli;

import java.util.concurrent.Callable;
import org.normgraph.store.Compaction;
import org.normgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code normgraph compact}: give back the disk space that earlier loads left behind. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Compact the store: copy what it holds into a new generation and delete the old one, giving back "
                + "the space that earlier (or interrupted) loads left behind. The data is the same after.",
                "`load` compacts by itself after every load; stop the server first, as for load."})
final class CompactCommand implements Callable<Integer> {
    @Mixin DbOption db;

    @Override
    public Integer call() {
        System.err.println("compacting " + db.db + " ...");
        Compaction c = Compaction.run(Store.openExisting(db.db));
        System.out.println(c);
        return 0;
    }
}
