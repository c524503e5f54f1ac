package org.normgraph.cli;

import java.nio.file.Path;
import java.util.List;
import org.normgraph.claims.Drafts;
import org.normgraph.problems.InputException;

/**
 * What validate and load say about drafts: a draft named on the command line is refused; drafts lying
 * in seeds/ are named as not loaded.
 *
 * <pre>{@code DraftNotes.refuseGiven(files); DraftNotes.noteIn(layout.seeds());}</pre>
 */
final class DraftNotes {
    private DraftNotes() {}

    /** A draft among the given files is refused (exit 1) with what to do with it. */
    static void refuseGiven(List<Path> files, String command) {
        if (files == null) return;
        for (Path f : files) Drafts.refuseDraftFile(f);
        if (!files.isEmpty()) {
            throw new InputException(files.getFirst(), 0, command + " takes no file: it reads every NAME.claims.yaml in seeds/"
                    + (command.equals("load") ? " (--source ID reloads one source)" : ""));
        }
    }

    static void noteIn(Path seeds) {
        for (Path d : Drafts.in(seeds)) {
            System.err.println("note: " + d + " is a draft from `normgraph suggest` and is not loaded; review it, then rename it "
                    + "NAME.claims.yaml");
        }
    }
}
