package org.normgraph.suggest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The known norms and instruments a passage describes without naming them: each name (label or alias)
 * is cut into units — Chinese character pairs, English content words cut to their first
 * {@value #STEM} letters — weighted by how few entities' names share them, and a name is described when
 * the passage holds at least {@value #MIN_COVER} of its weight (and {@value #MIN_UNITS} of its units).
 * The best one ({@value #MAX}) is kept: a sentence
 * rarely describes two norms, and every extra guess costs the curator a review.
 *
 * <pre>{@code new DescribedNorms(g).in("…to establish as criminal offences … the access to … a computer system",
 *     Set.of())  // ["criminalise-illegal-access", …] when the heading says "Illegal access"}</pre>
 */
final class DescribedNorms {
    static final double MIN_COVER = 0.7;
    static final int MIN_UNITS = 3, MAX = 1, STEM = 6;
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "to", "and", "or", "in", "on", "for", "by", "with",
            "as", "its", "their", "be", "is", "are", "that", "this", "from", "at", "into", "all", "any", "other", "such",
            "should", "must", "not", "no", "it", "they", "which", "shall", "may", "also", "within", "between");

    private record Named(String id, Set<String> units) {}

    private final List<Named> names = new ArrayList<>();
    private final Map<String, Double> weight = new HashMap<>();
    private final double minCover;
    private final int max;

    DescribedNorms(Gazetteer g) {
        this(g, Set.of(Gazetteer.Kind.ABOUT), MIN_COVER, MAX);
    }

    /** Matches the names of entities of {@code kinds}, keeping up to {@code max} per passage that cover {@code minCover} of a name. */
    DescribedNorms(Gazetteer g, Set<Gazetteer.Kind> kinds, double minCover, int max) {
        this.minCover = minCover;
        this.max = max;
        Map<String, Set<String>> entitiesOf = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (Gazetteer.Name n : g.names()) {
            if (!kinds.contains(g.kind(n.id()))) continue;
            Set<String> u = units(n.label());
            if (u.size() < MIN_UNITS) continue;
            names.add(new Named(n.id(), u));
            ids.add(n.id());
            for (String unit : u) entitiesOf.computeIfAbsent(unit, k -> new HashSet<>()).add(n.id());
        }
        entitiesOf.forEach((unit, es) -> weight.put(unit, Math.log(1.0 + (double) ids.size() / es.size())));
    }

    /** The entities {@code passage} describes, best first, leaving out {@code named}. */
    List<String> in(String passage, Set<String> named) {
        Set<String> have = units(passage);
        Map<String, Double> best = new HashMap<>();
        for (Named n : names) {
            if (named.contains(n.id())) continue;
            double all = 0, got = 0;
            int hits = 0;
            for (String u : n.units()) {
                double w = weight.get(u);
                all += w;
                if (have.contains(u)) { got += w; hits++; }
            }
            if (hits >= MIN_UNITS && got / all >= minCover) best.merge(n.id(), got / all, Math::max);
        }
        return best.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(max)
                .map(Map.Entry::getKey).toList();
    }

    /** Chinese character pairs and stemmed English content words of {@code s}. */
    static Set<String> units(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        Set<String> out = new HashSet<>();
        StringBuilder word = new StringBuilder();
        char prev = 0;
        for (int i = 0; i <= t.length(); i++) {
            char c = i < t.length() ? t.charAt(i) : ' ';
            boolean space = Character.isWhitespace(c);
            boolean cjk = c >= 0x4E00 && c <= 0x9FFF;
            if (cjk && prev != 0) out.add("" + prev + c);
            if (!space) prev = cjk ? c : 0;
            if (!cjk && !space && Character.isLetterOrDigit(c)) { word.append(c); continue; }
            if (!word.isEmpty() && !STOP.contains(word.toString())) out.add(word.length() > STEM ? word.substring(0, STEM) : word.toString());
            word.setLength(0);
        }
        return out;
    }
}
