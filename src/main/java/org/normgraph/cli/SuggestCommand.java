package org.normgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.normgraph.claims.ClaimsReader;
import org.normgraph.problems.InputException;
import org.normgraph.store.Layout;
import org.normgraph.suggest.Draft;
import org.normgraph.suggest.DraftWriter;
import org.normgraph.suggest.Gazetteers;
import org.normgraph.suggest.Suggester;
import org.normgraph.suggest.TextInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code normgraph suggest TEXT}: a draft claims file for a new source, for a curator to review. */
@Command(name = "suggest", mixinStandardHelpOptions = true,
        description = {"Write a draft claims file for a source text: the source skeleton, every mention of a known entity, "
                + "names the graph does not know, and candidate positions (actor + stance cue + norm or instrument), each "
                + "`status: suggested` with a heuristic confidence. Names come from the store (--db), or from seeds/ if it is empty.",
                "The draft (NAME.claims.draft.yaml beside the text) is never loaded: review it, then rename it NAME.claims.yaml.",
                "Texts up to 4 MiB of UTF-8. Example: normgraph suggest seeds/004_new_source.txt"})
final class SuggestCommand implements Callable<Integer> {
    @Mixin DbOption db;

    @Parameters(paramLabel = "TEXT", description = "The source text (UTF-8).")
    Path text;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the draft (a name ending in .claims.draft.yaml).")
    Path out;

    @Option(names = "--force", description = "Overwrite an existing draft.")
    boolean force;

    @Option(names = "--voice", paramLabel = "ID", description = "The actor the text speaks for (\"we\"), e.g. paris-call-supporters.")
    String voice;

    @Override
    public Integer call() throws Exception {
        Path target = out != null ? out : TextInput.draftPath(text);
        if (!target.getFileName().toString().endsWith(ClaimsReader.DRAFT_SUFFIX)) {
            throw new InputException(target, 0, "a draft's name must end in " + ClaimsReader.DRAFT_SUFFIX
                    + " so that it is never taken for curated claims");
        }
        if (Files.exists(target) && !force) {
            throw new InputException(target, 0, "a draft is already there; review it, or give --force to overwrite it");
        }
        String content = TextInput.read(text);
        Gazetteers.Chosen g = Gazetteers.choose(db.db, Layout.fromEnvironment().seeds());
        Draft d = Suggester.suggest(text, content, g.gazetteer(), g.from(), voice);
        Files.writeString(target, DraftWriter.write(d));
        System.out.printf("wrote %s: %d mentions of %d known entities, %d new-name candidates, %d candidate positions "
                        + "(gazetteer: %s; voice: %s)%n", target, d.mentions().size(),
                d.mentions().stream().map(m -> m.id()).distinct().count(), d.candidates().size(), d.suggestions().size(),
                g.from(), d.voice().voice() == null ? "unknown, give --voice ID" : d.voice().voice());
        return 0;
    }
}
