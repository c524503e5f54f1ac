package org.normgraph.suggest;

/**
 * A name the graph does not know yet: how it was found ({@code title} for 《》 and quoted titles,
 * {@code name} for capitalised multi-word names, {@code symbol} for document symbols such as A/66/359,
 * {@code term} for recurring terms), its draft id, how often the text uses it and where it first does.
 *
 * <pre>{@code new Candidate("new-1", "symbol", "A/66/359", 2, 1200, 1208)}</pre>
 */
public record Candidate(String id, String kind, String name, int count, int start, int end) {
    public Candidate {
        if (count < 1) throw new IllegalArgumentException("count must be at least 1");
    }

    public boolean overlaps(int s, int e) { return start < e && s < end; }
}
