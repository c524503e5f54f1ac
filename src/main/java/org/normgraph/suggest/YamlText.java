package org.normgraph.suggest;

/**
 * Small helpers for writing YAML by hand (so the draft keeps a fixed order and its comments): double-quoted
 * scalars with escapes, and a text's stored words in reading form (PDF line breaks dropped between
 * Chinese characters, else read as one space), which the loader still finds, as it ignores whitespace.
 *
 * <pre>{@code YamlText.quoted("say \"hi\"")  // "\"say \\\"hi\\\"\""}</pre>
 */
public final class YamlText {
    private YamlText() {}

    public static String quoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7F) sb.append(String.format("\\x%02x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }

    /** Stored words with line breaks and runs of spaces read as the text means them. */
    public static String reading(String stored) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < stored.length()) {
            char c = stored.charAt(i);
            if (!Character.isWhitespace(c)) { sb.append(c); i++; continue; }
            int j = i;
            while (j < stored.length() && Character.isWhitespace(stored.charAt(j))) j++;
            char before = sb.isEmpty() ? ' ' : sb.charAt(sb.length() - 1);
            char after = j < stored.length() ? stored.charAt(j) : ' ';
            boolean cjk = before >= 0x2E80 || after >= 0x2E80;
            if (!cjk && !sb.isEmpty() && j < stored.length()) sb.append(' ');
            i = j;
        }
        return sb.toString();
    }

    /** The 1-based line of a stored offset. */
    public static int line(String text, int offset) {
        int n = 1;
        for (int i = 0; i < offset && i < text.length(); i++) if (text.charAt(i) == '\n') n++;
        return n;
    }
}
