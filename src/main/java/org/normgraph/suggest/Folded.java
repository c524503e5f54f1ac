package org.normgraph.suggest;

import java.text.Normalizer;

/**
 * A text folded for matching names: full-width forms made half-width and accents dropped (NFKD), lower case, and every
 * space, line break and invisible private-use character dropped, so a name broken across a PDF line
 * ({@code 网络\n主权}, {@code Paris\nCall}) or written in full-width letters ({@code ＵＮ}) still
 * matches. Each folded character remembers the offset of the stored character it came from.
 *
 * <pre>{@code Folded f = Folded.of("网络\n主权"); f.text()  // "网络主权"; f.start(2) == 3}</pre>
 */
public final class Folded {
    private final String text;
    private final int[] origin;
    private final String folded;

    private Folded(String text, String folded, int[] origin) {
        this.text = text;
        this.folded = folded;
        this.origin = origin;
    }

    public static Folded of(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int[] map = new int[text.length() * 2 + 1];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ignorable(c)) continue;
            String f = fold(c);
            for (int k = 0; k < f.length(); k++) {
                if (sb.length() >= map.length) map = java.util.Arrays.copyOf(map, map.length * 2);
                map[sb.length()] = i;
                sb.append(f.charAt(k));
            }
        }
        return new Folded(text, sb.toString(), map);
    }

    /** The folded form of a name, as {@link #of} folds a text. */
    public static String key(String s) {
        return of(s).folded;
    }

    static boolean ignorable(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.PRIVATE_USE
                || c == '\u00AD';
    }

    private static String fold(char c) {
        if (c < 0x80) return String.valueOf(Character.toLowerCase(c));
        if (Character.isSurrogate(c)) return String.valueOf(c);
        String n = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD).toLowerCase(java.util.Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        for (char k : n.toCharArray()) if (!ignorable(k) && Character.getType(k) != Character.NON_SPACING_MARK) sb.append(k);
        return sb.toString();
    }

    /** The folded text. */
    public String text() { return folded; }

    /** The stored text. */
    public String original() { return text; }

    /** The stored offset where the folded character at {@code i} begins. */
    public int start(int i) { return origin[i]; }

    /** The stored offset just after the folded range ending (exclusive) at {@code end}. */
    public int end(int end) { return origin[end - 1] + 1; }
}
