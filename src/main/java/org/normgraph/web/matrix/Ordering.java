package org.normgraph.web.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntBiFunction;

/**
 * Seriation for the matrix: orders items so that neighbours have similar profiles. Starts from
 * the item with the most entries and repeatedly appends the most similar remaining item
 * (similarity = entries that agree minus entries that disagree; ties keep the original order).
 *
 * <pre>{@code List<String> order = Ordering.cluster(actors, topics, (a, t) -> stance(a, t));}</pre>
 */
final class Ordering {
    private Ordering() {}

    /** {@code value(item, feature)}: 0 for no entry, +1 for, -1 against, 2 mixed. */
    static List<String> cluster(List<String> items, List<String> features, ToIntBiFunction<String, String> value) {
        List<String> left = new ArrayList<>(items), out = new ArrayList<>();
        if (left.isEmpty()) return out;
        String current = left.getFirst();
        for (String i : left) if (filled(i, features, value) > filled(current, features, value)) current = i;
        while (true) {
            out.add(current);
            left.remove(current);
            if (left.isEmpty()) return out;
            String best = left.getFirst();
            int bestScore = Integer.MIN_VALUE;
            for (String c : left) {
                int s = similarity(current, c, features, value);
                if (s > bestScore) { best = c; bestScore = s; }
            }
            current = best;
        }
    }

    private static int filled(String item, List<String> features, ToIntBiFunction<String, String> value) {
        int n = 0;
        for (String f : features) if (value.applyAsInt(item, f) != 0) n++;
        return n;
    }

    private static int similarity(String a, String b, List<String> features, ToIntBiFunction<String, String> value) {
        int s = 0;
        for (String f : features) {
            int x = value.applyAsInt(a, f), y = value.applyAsInt(b, f);
            if (x == 0 || y == 0) continue;
            s += x == y ? 1 : -1;
        }
        return s;
    }
}
