package org.normgraph.web.curate;

import java.util.Objects;

/**
 * One candidate position of a draft as the review page shows it: its id, fields and status, and
 * where its lines are in the draft file ({@code [firstLine, endLine)}, 0-based, the blank lines after
 * it included), so that an edit touches only those lines.
 *
 * <pre>{@code new DraftItem("china-proposes-x", "china", "Proposes", "x", "提出……", null, "suggested", 0.9, 40, 50)}</pre>
 */
public record DraftItem(String id, String actor, String stance, String about, String quote, String prefix,
                        String status, double confidence, int firstLine, int endLine) {
    public DraftItem {
        Objects.requireNonNull(id, "id");
        if (firstLine < 0 || endLine <= firstLine) throw new IllegalArgumentException("bad lines for " + id);
    }

    /** Still to review: {@code status: suggested}. No status, or {@code accepted}, loads. */
    public boolean suggested() { return "suggested".equals(status); }

    public boolean accepted() { return !suggested(); }
}
