package org.normgraph.web.curate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.UnaryOperator;
import org.normgraph.claims.ClaimsReader;
import org.normgraph.claims.Drafts;
import org.normgraph.web.HttpProblem;

/**
 * The drafts in the seeds folder that the review pages may read and rewrite: only files listed
 * there (named {@code NAME.claims.draft.yaml}, with {@code NAME.txt} beside them, both really inside
 * the folder), so no request can reach another path. A change is read, applied and written under one
 * lock, through a temporary file renamed over the draft, so a reader never sees half a file.
 *
 * <pre>{@code
 * DraftFolder drafts = new DraftFolder(Path.of("seeds"));
 * drafts.change(drafts.find("004_new"), null, lines -> DraftEdits.accept(lines, item));
 * }</pre>
 */
public final class DraftFolder {
    private final Path seeds;
    private final Object lock = new Object();

    public DraftFolder(Path seeds) {
        this.seeds = seeds;
    }

    public List<DraftFile> list() {
        return Drafts.in(seeds).stream().map(this::file).filter(f -> inside(f.draft()) && inside(f.text())).toList();
    }

    /** The draft of this name, or a 404. */
    public DraftFile find(String name) {
        return list().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new HttpProblem(404, "error.curate.unknownDraft", name));
    }

    public List<String> lines(DraftFile f) {
        try {
            return Files.readAllLines(f.draft(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String text(DraftFile f) {
        try {
            return Files.readString(f.text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A short fingerprint of a draft's lines, sent with each form so a change to a draft edited since is refused. */
    public static String revision(List<String> lines) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Rewrites the draft with {@code edit} applied to its current lines; a 409 if {@code revision} (when
     * given) is not the draft's revision any more.
     */
    public void change(DraftFile f, String revision, UnaryOperator<List<String>> edit) {
        synchronized (lock) {
            List<String> before = lines(f);
            if (revision != null && !revision.equals(revision(before))) throw new HttpProblem(409, "error.curate.changed", f.name());
            List<String> after = edit.apply(before);
            Path tmp = null;
            try {
                tmp = Files.createTempFile(f.draft().getParent(), ".curate-", ".tmp");
                Files.writeString(tmp, String.join("\n", after) + "\n", StandardCharsets.UTF_8);
                Files.move(tmp, f.draft(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                if (tmp != null) deleteQuietly(tmp);
            }
        }
    }

    private DraftFile file(Path draft) {
        String fileName = draft.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - ClaimsReader.DRAFT_SUFFIX.length());
        return new DraftFile(name, draft, draft.resolveSibling(name + ".txt"));
    }

    private boolean inside(Path p) {
        try {
            return Files.isRegularFile(p) && p.toRealPath().startsWith(seeds.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // already renamed over the draft, or gone
        }
    }
}
