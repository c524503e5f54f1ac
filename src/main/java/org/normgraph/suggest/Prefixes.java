package org.normgraph.suggest;

import java.util.List;
import org.normgraph.source.QuoteLocator;

/**
 * Picks the shortest prefix (the words just before a quote) that makes a quote occurring more than
 * once in the text point at one place, as the loader needs.
 *
 * <pre>{@code Prefixes.pick(locator, "网络主权", 1200)  // null when the quote is unique}</pre>
 */
public final class Prefixes {
    private static final int[] LENGTHS = {8, 16, 32, 64, 128};

    private Prefixes() {}

    public static String pick(QuoteLocator loc, String quote, int start) {
        if (loc.find(quote, null, null).size() <= 1) return null;
        for (int n : LENGTHS) {
            String prefix = YamlText.reading(loc.before(new QuoteLocator.Span(start, start), n)).strip();
            if (prefix.isEmpty()) return null;
            List<QuoteLocator.Span> found = loc.find(quote, prefix, null);
            if (found.size() == 1) return prefix;
        }
        return null;
    }
}
