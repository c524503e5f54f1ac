package org.normgraph.web.curate;

import java.util.Locale;
import java.util.Objects;

/**
 * One line of a draft's {@code draft:} section as the review page shows it: a new-name candidate
 * ({@code candidates}), a known entity the text names ({@code mentions}) or one it only describes
 * ({@code described}), with its first quote and the line of the text it is on, and the draft file's
 * line that holds it (0-based), so a change touches only that line.
 *
 * <pre>{@code new DraftName(DraftName.Group.CANDIDATES, "new-1", "Budapest Convention on Cybercrime", "name", 1,
 *     "Budapest Convention on Cybercrime", 15, null, 27)}</pre>
 */
public record DraftName(Group group, String id, String name, String kind, int count, String quote, int textLine,
                        String status, int fileLine) {
    /** The lists of the {@code draft:} section the review page offers, by their key. */
    public enum Group {
        CANDIDATES, MENTIONS, DESCRIBED;

        public String key() { return name().toLowerCase(Locale.ROOT); }

        static Group of(String key) {
            for (Group l : values()) if (l.key().equals(key)) return l;
            return null;
        }
    }

    public DraftName {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(id, "id");
        if (fileLine < 0) throw new IllegalArgumentException("bad line for " + id);
    }

    /** Reviewed and kept ({@code status: accepted} on its line); a candidate is never kept, it is declared or removed. */
    public boolean kept() { return "accepted".equals(status); }

    /** The id of its highlight in the text, unique on the page: {@code n-mentions-un-charter-5}. */
    public String anchor() { return "n-" + group.key() + "-" + id + "-" + textLine; }

    /** An entity id made of the name (lower-case ASCII letters and digits joined by hyphens), or "" when none is left (a Chinese name). */
    public String defaultId() {
        String s = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.length() > 200 ? s.substring(0, 200).replaceAll("-+$", "") : s;
    }
}
