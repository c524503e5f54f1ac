package org.normgraph.suggest;

/**
 * A known entity named in the text: its id, the name that matched and the stored span [start, end).
 *
 * <pre>{@code new Mention("china", "中国", 120, 122)}</pre>
 */
public record Mention(String id, String name, int start, int end) {
    public Mention {
        if (start < 0 || end <= start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }

    public boolean overlaps(int s, int e) { return start < e && s < end; }
}
