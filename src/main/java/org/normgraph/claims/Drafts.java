package org.normgraph.claims;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.normgraph.problems.InputException;

/**
 * Keeps drafts out of the graph. A draft ({@code NAME.claims.draft.yaml}, written by
 * {@code normgraph suggest}) is refused as a whole; in a claims file, a {@code draft:} section or an
 * item still marked {@code status: suggested} is an error at its line. {@code status: accepted} (or no
 * status) loads; {@code cue} and {@code confidence}, left from the draft, are ignored.
 *
 * <pre>{@code Drafts.refuseDraftFile(Path.of("seeds/x.claims.draft.yaml"))  // InputException}</pre>
 */
public final class Drafts {
    static final String REVIEW = "review it, remove every `status: suggested` (or set `status: accepted`) and the `draft:` section, "
            + "rename it NAME" + ClaimsReader.SUFFIX + ", then run `normgraph validate`";

    private Drafts() {}

    public static boolean isDraft(Path file) {
        return file.getFileName() != null && file.getFileName().toString().endsWith(ClaimsReader.DRAFT_SUFFIX);
    }

    public static void refuseDraftFile(Path file) {
        if (isDraft(file)) {
            throw new InputException(file, 0, "is a draft of suggestions written by `normgraph suggest`; nothing in it is loaded: " + REVIEW);
        }
    }

    /** The drafts lying in a seeds folder, which validate and load leave out (and say so). */
    public static List<Path> in(Path seeds) {
        if (!Files.isDirectory(seeds)) return List.of();
        try (Stream<Path> s = Files.list(seeds)) {
            return s.filter(Drafts::isDraft).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Checks a {@code draft:} section and an item's {@code status}. */
    static void check(YNode top, List<YNode> items) {
        YNode d = top.get("draft");
        if (d != null) d.problem("this is a draft from `normgraph suggest` (it has a 'draft' section) and is not loaded: " + REVIEW);
        for (YNode n : items) {
            if (!n.isMap() || n.get("status") == null) continue;
            String status = n.string("status", false);
            if (status == null || status.equals("accepted")) continue;
            if (status.equals("suggested")) {
                n.get("status").problem("[" + n.string("id", false) + "] is a suggestion (status: suggested) and is not loaded: "
                        + "review it, then remove 'status' or set 'status: accepted'");
            } else {
                n.get("status").problem("'status' must be 'suggested' or 'accepted'");
            }
        }
    }
}
