package org.normgraph.web.curate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.normgraph.source.QuoteLocator;

/**
 * Cuts a source text into pieces for the review page: plain text, the stretches each suggested
 * position's quote covers (found as the loader finds it: whitespace-insensitive, with its prefix) and
 * the first quotes of the {@code draft:} section's names (the occurrence on the text line the draft
 * gives), so overlapping marks share the pieces they overlap. A piece where a quote starts carries its
 * anchor. Positions whose quote is not found are listed apart; names not found get no anchor.
 *
 * <pre>{@code Highlights h = Highlights.of(text, items, names); h.pieces(); h.unfound(); h.located(name.anchor());}</pre>
 */
public record Highlights(List<Piece> pieces, List<String> unfound, Set<String> anchors) {
    /**
     * Some text; the ids of the positions covering it (empty: none) and of those whose quote starts here;
     * the anchors of the names covering it and starting here, and how it is marked: "new" where a new
     * name covers it, else "known" where a named entity does, else "described".
     */
    public record Piece(String text, List<String> items, List<String> starts, boolean accepted,
                        List<String> names, List<String> nameStarts, String nameKind) {
        public boolean marked() { return !items.isEmpty(); }

        public boolean named() { return !names.isEmpty(); }

        public String itemList() { return String.join(" ", items); }
    }

    /** Whether the name with this anchor is highlighted (its quote found in the text). */
    public boolean located(String anchor) { return anchors.contains(anchor); }

    public static Highlights of(String text, List<DraftItem> items) { return of(text, items, List.of()); }

    public static Highlights of(String text, List<DraftItem> items, List<DraftName> names) {
        QuoteLocator loc = new QuoteLocator(text);
        Map<DraftItem, QuoteLocator.Span> spans = new LinkedHashMap<>();
        List<String> unfound = new ArrayList<>();
        for (DraftItem i : items) {
            List<QuoteLocator.Span> found = i.quote() == null ? List.of() : loc.find(i.quote(), i.prefix(), null);
            if (found.isEmpty()) unfound.add(i.id());
            else spans.put(i, found.getFirst());
        }
        List<Integer> lineStarts = lineStarts(text);
        Map<DraftName, QuoteLocator.Span> nameSpans = new LinkedHashMap<>();
        for (DraftName n : names) {
            int from = n.textLine() >= 1 && n.textLine() <= lineStarts.size() ? lineStarts.get(n.textLine() - 1) : 0;
            QuoteLocator.Span s = firstFrom(loc, n.quote(), from);
            if (s != null) nameSpans.put(n, s);
        }
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        spans.values().forEach(s -> { cuts.add(s.start()); cuts.add(s.end()); });
        nameSpans.values().forEach(s -> { cuts.add(s.start()); cuts.add(s.end()); });
        List<Piece> pieces = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            int a = from, b = to;
            List<String> covering = new ArrayList<>(), starts = new ArrayList<>(), named = new ArrayList<>(), nameStarts = new ArrayList<>();
            boolean accepted = false;
            DraftName.Group strongest = null;
            for (var e : spans.entrySet()) {
                if (e.getValue().start() <= a && e.getValue().end() >= b) {
                    covering.add(e.getKey().id());
                    accepted |= e.getKey().accepted();
                }
                if (e.getValue().start() == a) starts.add(e.getKey().id());
            }
            for (var e : nameSpans.entrySet()) {
                if (e.getValue().start() <= a && e.getValue().end() >= b) {
                    named.add(e.getKey().anchor());
                    if (strongest == null || e.getKey().group().ordinal() < strongest.ordinal()) strongest = e.getKey().group();
                }
                if (e.getValue().start() == a) nameStarts.add(e.getKey().anchor());
            }
            pieces.add(new Piece(text.substring(a, b), covering, starts, accepted, named, nameStarts, kind(strongest)));
            from = to;
        }
        Set<String> anchors = new java.util.HashSet<>();
        nameSpans.keySet().forEach(n -> anchors.add(n.anchor()));
        return new Highlights(pieces, unfound, anchors);
    }

    private static String kind(DraftName.Group g) {
        return g == null ? "" : switch (g) {
            case CANDIDATES -> "new";
            case MENTIONS -> "known";
            case DESCRIBED -> "described";
        };
    }

    /** Where a name's quote first occurs on or after this 1-based text line (else anywhere), or null. */
    static QuoteLocator.Span first(QuoteLocator loc, String quote, int textLine) {
        List<Integer> starts = lineStarts(loc.text());
        return firstFrom(loc, quote, textLine >= 1 && textLine <= starts.size() ? starts.get(textLine - 1) : 0);
    }

    private static QuoteLocator.Span firstFrom(QuoteLocator loc, String quote, int from) {
        if (quote == null || quote.isBlank()) return null;
        List<QuoteLocator.Span> found = loc.find(quote, null, null);
        return found.stream().filter(s -> s.start() >= from).findFirst().orElse(found.isEmpty() ? null : found.getFirst());
    }

    private static List<Integer> lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts.add(i + 1);
        return starts;
    }
}
