package org.normgraph.source;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotes in a source text, ignoring whitespace and invisible private-use characters on both
 * sides, so a quote copied across a PDF line break still matches. Prefix and suffix (also
 * whitespace-insensitive) pick one occurrence when a quote occurs more than once. Accents may be
 * written precomposed or as combining marks (Unicode NFC or NFD): a quote not found as written is
 * looked for in the other canonically equivalent form, so {@code é} finds {@code e} + U+0301.
 *
 * <pre>{@code
 * QuoteLocator loc = new QuoteLocator(text);
 * List<Span> spans = loc.find("网络主权", "遵守“", "”、“国际合");
 * }</pre>
 */
public final class QuoteLocator {
    /** A [start, end) char span of the source text. */
    public record Span(int start, int end) {}

    private final String text;
    private final String squeezed;
    private final int[] origin;   // squeezed index -> text index

    public QuoteLocator(String text) {
        this.text = text;
        StringBuilder sb = new StringBuilder(text.length());
        int[] map = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ignorable(c)) continue;
            map[sb.length()] = i;
            sb.append(c);
        }
        this.squeezed = sb.toString();
        this.origin = map;
    }

    public String text() { return text; }

    public static String squeeze(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) if (!ignorable(c)) sb.append(c);
        return sb.toString();
    }

    private static boolean ignorable(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.PRIVATE_USE;
    }

    /** Every span where the quote occurs with the given prefix before and suffix after (either may be null). */
    public List<Span> find(String quote, String prefix, String suffix) {
        List<Span> out = findAsWritten(quote, prefix, suffix);
        for (Normalizer.Form form : new Normalizer.Form[] {Normalizer.Form.NFD, Normalizer.Form.NFC}) {
            if (!out.isEmpty()) break;
            out = findAsWritten(normal(quote, form), normal(prefix, form), normal(suffix, form));
        }
        return out;
    }

    private static String normal(String s, Normalizer.Form form) { return s == null ? null : Normalizer.normalize(s, form); }

    private List<Span> findAsWritten(String quote, String prefix, String suffix) {
        String q = squeeze(quote), pre = prefix == null ? "" : squeeze(prefix), suf = suffix == null ? "" : squeeze(suffix);
        List<Span> out = new ArrayList<>();
        if (q.isEmpty()) return out;
        for (int at = squeezed.indexOf(q); at >= 0; at = squeezed.indexOf(q, at + 1)) {
            if (!pre.isEmpty() && !squeezed.startsWith(pre, at - pre.length())) continue;
            if (!suf.isEmpty() && !squeezed.startsWith(suf, at + q.length())) continue;
            out.add(new Span(origin[at], origin[at + q.length() - 1] + 1));
        }
        return out;
    }

    /** Up to {@code n} characters of the stored text before a span, for a TextQuoteSelector. */
    public String before(Span s, int n) { return text.substring(Math.max(0, s.start() - n), s.start()); }

    public String after(Span s, int n) { return text.substring(s.end(), Math.min(text.length(), s.end() + n)); }

    public String exact(Span s) { return text.substring(s.start(), s.end()); }
}
