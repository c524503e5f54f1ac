package org.normgraph.web.curate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.normgraph.source.QuoteLocator;

/**
 * Cuts a source text into pieces for the review page: plain text, and the stretches each
 * suggestion's quote covers (found as the loader finds it: whitespace-insensitive, with its
 * prefix), so overlapping suggestions share the pieces they overlap. A piece where an item's quote
 * starts carries the item's anchor. Items whose quote is not found are listed apart.
 *
 * <pre>{@code Highlights h = Highlights.of(text, items); h.pieces(); h.unfound();}</pre>
 */
public record Highlights(List<Piece> pieces, List<String> unfound) {
    /** Some text, the ids of the items covering it (empty: plain text), and the ids whose quote starts here. */
    public record Piece(String text, List<String> items, List<String> starts, boolean accepted) {
        public boolean marked() { return !items.isEmpty(); }

        public String itemList() { return String.join(" ", items); }
    }

    public static Highlights of(String text, List<DraftItem> items) {
        QuoteLocator loc = new QuoteLocator(text);
        Map<DraftItem, QuoteLocator.Span> spans = new LinkedHashMap<>();
        List<String> unfound = new ArrayList<>();
        for (DraftItem i : items) {
            List<QuoteLocator.Span> found = i.quote() == null ? List.of() : loc.find(i.quote(), i.prefix(), null);
            if (found.isEmpty()) unfound.add(i.id());
            else spans.put(i, found.getFirst());
        }
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        spans.values().forEach(s -> { cuts.add(s.start()); cuts.add(s.end()); });
        List<Piece> pieces = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            int a = from, b = to;
            List<String> covering = new ArrayList<>();
            List<String> starts = new ArrayList<>();
            boolean accepted = false;
            for (var e : spans.entrySet()) {
                if (e.getValue().start() <= a && e.getValue().end() >= b) {
                    covering.add(e.getKey().id());
                    accepted |= e.getKey().accepted();
                }
                if (e.getValue().start() == a) starts.add(e.getKey().id());
            }
            pieces.add(new Piece(text.substring(a, b), covering, starts, accepted));
            from = to;
        }
        return new Highlights(pieces, unfound);
    }
}
