package org.normgraph.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Marks where a text contains what was searched for: the user's words (case-insensitive, so
 * "sovereign" marks the start of "sovereignty") and the query's analysed terms (Chinese words).
 * The parts are plain text for the template to escape, each marked or not.
 *
 * <pre>{@code Highlight.parts("Cyber sovereignty", List.of("sovereign"))  // [Cyber ][sovereign*][ty]}</pre>
 */
public final class Highlight {
    /** A piece of the text; {@code hit} if it is what was searched for. */
    public record Part(String text, boolean hit) {}

    private Highlight() {}

    public static List<Part> parts(String text, List<String> needles) {
        if (text == null) return List.of();
        List<String> words = needles.stream().filter(n -> n != null && n.codePointCount(0, n.length()) >= 2)
                .map(n -> n.toLowerCase(Locale.ROOT)).distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        String lower = text.toLowerCase(Locale.ROOT);
        List<Part> out = new ArrayList<>();
        int plainFrom = 0, i = 0;
        while (i < text.length()) {
            String found = null;
            for (String w : words) if (lower.startsWith(w, i)) { found = w; break; }
            if (found == null || lower.length() != text.length()) { i++; continue; }
            if (i > plainFrom) out.add(new Part(text.substring(plainFrom, i), false));
            out.add(new Part(text.substring(i, i + found.length()), true));
            i += found.length();
            plainFrom = i;
        }
        if (plainFrom < text.length()) out.add(new Part(text.substring(plainFrom), false));
        return out;
    }
}
