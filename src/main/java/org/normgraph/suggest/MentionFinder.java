package org.normgraph.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every mention of a known entity in a text by its labels and aliases in their usual
 * forms ({@link NameForms}), on the {@link Folded}
 * text (case, full/half width, spaces and line breaks do not matter). Where names overlap the longest
 * wins ({@code 网络主权} over {@code 主权}). Latin names match only as whole words; a short all-capital
 * name ({@code UN}, {@code US}) matches only in capitals, and one-character names are not used.
 *
 * <pre>{@code List<Mention> ms = new MentionFinder(gazetteer).find(text);}</pre>
 */
public final class MentionFinder {
    private final Map<String, List<Gazetteer.Name>> byKey = new HashMap<>();

    public MentionFinder(Gazetteer g) {
        for (Gazetteer.Name n : g.names()) {
            for (String form : NameForms.of(n.label())) {
                String key = Folded.key(form);
                if (key.codePointCount(0, key.length()) < 2) continue;
                List<Gazetteer.Name> at = byKey.computeIfAbsent(key, k -> new ArrayList<>());
                if (form.equals(n.label()) || at.stream().noneMatch(o -> o.id().equals(n.id()))) at.add(new Gazetteer.Name(n.id(), form));
            }
        }
    }

    public List<Mention> find(String text) {
        return find(Folded.of(text));
    }

    public List<Mention> find(Folded f) {
        String t = f.text();
        List<Mention> all = new ArrayList<>();
        for (Map.Entry<String, List<Gazetteer.Name>> e : byKey.entrySet()) {
            String key = e.getKey();
            for (int at = t.indexOf(key); at >= 0; at = t.indexOf(key, at + 1)) {
                int start = f.start(at), end = f.end(at + key.length());
                for (Gazetteer.Name n : e.getValue()) {
                    if (accept(f.original(), start, end, n.label())) { all.add(new Mention(n.id(), n.label(), start, end)); break; }
                }
            }
        }
        return longestFirst(all);
    }

    /** Whole words for Latin names; capitals for short acronyms. */
    static boolean accept(String text, int start, int end, String label) {
        if (isWordChar(label.charAt(0)) && start > 0 && isWordChar(text.charAt(start - 1))) return false;
        if (isWordChar(label.charAt(label.length() - 1)) && end < text.length() && isWordChar(text.charAt(end))) return false;
        if (label.length() <= 4 && label.chars().allMatch(Character::isUpperCase)) {
            return java.text.Normalizer.normalize(text.substring(start, end), java.text.Normalizer.Form.NFKC).replaceAll("\\s", "").equals(label);
        }
        return true;
    }

    private static boolean isWordChar(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }

    /** Keeps the longest of overlapping mentions, then the earliest. */
    private static List<Mention> longestFirst(List<Mention> all) {
        all.sort(Comparator.comparingInt((Mention m) -> -(m.end() - m.start())).thenComparingInt(Mention::start));
        List<Mention> kept = new ArrayList<>();
        for (Mention m : all) {
            if (kept.stream().noneMatch(k -> k.overlaps(m.start(), m.end()))) kept.add(m);
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        return kept;
    }
}
