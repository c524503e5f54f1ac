package org.normgraph.source;

/**
 * The reading form of a stretch of PDF-extracted text: line breaks and spaces next to Chinese
 * characters or full-width punctuation are dropped (the extraction breaks lines mid-sentence and
 * spaces digits from Chinese, "2011 年"), garbled footnote markers become the circled numbers they
 * stand for ("瑏瑢" → "⑫"), stray private-use glyphs are dropped, other runs of whitespace become one
 * space, and Markdown heading marks at a line's start ("### Article  32") are dropped. For display
 * only; evidence offsets always refer to the text as stored.
 *
 * <pre>{@code DisplayText.of("于 2011 年\n11 月召开")   // "于2011年11月召开"}</pre>
 */
public final class DisplayText {
    private DisplayText() {}

    public static String of(String stored) {
        if (stored == null) return null;
        stored = markers(stored).replaceAll("(?m)^[ \\t]*#+[ \\t]*", "");
        StringBuilder out = new StringBuilder(stored.length());
        int i = 0, n = stored.length();
        while (i < n) {
            int cp = stored.codePointAt(i);
            if (cp >= 0xE000 && cp <= 0xF8FF) {   // private-use glyphs of the extraction render as boxes
                i += Character.charCount(cp);
                continue;
            }
            if (!Character.isWhitespace(cp) && cp != 0x3000) {
                out.appendCodePoint(cp);
                i += Character.charCount(cp);
                continue;
            }
            int j = i;
            while (j < n && (Character.isWhitespace(stored.codePointAt(j)) || stored.codePointAt(j) == 0x3000)) {
                j += Character.charCount(stored.codePointAt(j));
            }
            int before = out.isEmpty() ? -1 : out.codePointBefore(out.length());
            int after = j < n ? stored.codePointAt(j) : -1;
            if (before != -1 && after != -1 && !isWide(before) && !isWide(after)) out.append(' ');
            i = j;
        }
        return out.toString();
    }

    /** Garbled footnote markers ("瑏瑢", with the private-use glyph before it) read as the circled number they stand for ("⑫"). */
    static String markers(String s) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (FootnoteMarkers.Found f : FootnoteMarkers.find(s)) {
            if (f.end() - f.start() < 2) continue;
            out.append(s, from, f.start()).append(circled(f.number()));
            from = f.end();
        }
        return from == 0 ? s : out.append(s.substring(from)).toString();
    }

    private static String circled(int n) {
        if (n >= 1 && n <= 20) return String.valueOf((char) (0x2460 + n - 1));
        if (n >= 21 && n <= 35) return String.valueOf((char) (0x3251 + n - 21));
        return "[" + n + "]";
    }

    /** Chinese, Japanese and Korean characters and full-width punctuation, which need no spaces between them. */
    static boolean isWide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) return true;
        return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x2018 && cp <= 0x201F)
                || (cp >= 0x2460 && cp <= 0x24FF) || (cp >= 0xE000 && cp <= 0xF8FF) || cp == 0x2014 || cp == 0x2026;
    }
}
