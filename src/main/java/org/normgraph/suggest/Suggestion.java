package org.normgraph.suggest;

/**
 * A candidate position: an actor, the stance its cue suggests, what it is about (a known norm or
 * instrument, or a new-entity candidate's draft id), the quote span [start, end) of the clause that
 * joins them, and what the text gives besides (an event in the sentence, the one date in it, the
 * nearest event before it). {@code confidence} is a heuristic score in [0, 1] for ordering review,
 * not a probability. {@code voice}: the actor is the text's voice ("we", or nobody named); {@code carried}: the
 * actor is the last one named before the sentence; {@code described}: the sentence describes the norm
 * without naming it.
 *
 * <pre>{@code s.actor()  // "china"; s.cue()  // "提出"; s.about()  // "cyber-sovereignty"}</pre>
 */
public record Suggestion(String actor, boolean voice, boolean carried, String stance, String cue, String about, boolean aboutIsNew,
                         boolean described, int start, int end, String statedAt, String date, String nearEvent, double confidence) {
    public Suggestion {
        if (start < 0 || end <= start) throw new IllegalArgumentException("bad quote span");
        if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("confidence must be in [0, 1]");
    }

    public boolean overlaps(int s, int e) { return start < e && s < end; }
}
