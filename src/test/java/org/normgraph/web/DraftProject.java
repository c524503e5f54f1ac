package org.normgraph.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.normgraph.LoadedStore;
import org.normgraph.store.Layout;
import org.normgraph.suggest.Draft;
import org.normgraph.suggest.DraftWriter;
import org.normgraph.suggest.StoreGazetteer;
import org.normgraph.suggest.Suggester;

/**
 * A temporary project whose seeds/ hold a copy of a real seed text and the draft `normgraph suggest`
 * writes for it (names from the loaded store), so review tests never touch the repository's seeds/.
 *
 * <pre>{@code DraftProject p = DraftProject.of(tmp, "002_paris_call_2018_en", "paris-call-supporters");}</pre>
 */
record DraftProject(Layout layout, String name, String voice) {
    static DraftProject of(Path dir, String name, String voice) throws IOException {
        Files.createDirectories(dir.resolve("seeds"));
        Files.copy(Path.of("seeds", name + ".txt"), dir.resolve("seeds").resolve(name + ".txt"));
        DraftProject p = new DraftProject(Layout.of(dir), name, voice);
        p.writeDraft();
        return p;
    }

    Path text() { return layout.seeds().resolve(name + ".txt"); }

    Path draft() { return layout.seeds().resolve(name + ".claims.draft.yaml"); }

    /** (Re)writes the draft from the text, as `normgraph suggest --force --voice VOICE` does. */
    void writeDraft() throws IOException {
        Draft d = Suggester.suggest(text(), Files.readString(text()), StoreGazetteer.of(LoadedStore.get()), "store", voice);
        Files.writeString(draft(), DraftWriter.write(d));
    }
}
