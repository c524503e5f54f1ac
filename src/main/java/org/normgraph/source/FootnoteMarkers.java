package org.normgraph.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds footnote markers in PDF-extracted text: circled digits (① … ⑳, ㉑ … ㉟) and the garbled
 * two-character forms some extractions produce for numbers from 10 upwards ({@code 瑏瑠} = 10,
 * {@code 瑏瑡} = 11 … {@code 瑐瑠} = 20, {@code 瑐瑣} = 23): a tens character from U+744F (1) and a
 * units character from U+7460 (0) to U+7469 (9), often preceded by a private-use character, which
 * is then taken as part of the marker.
 *
 * <pre>{@code FootnoteMarkers.find("适用于网络空间”。瑏瑠")  // [Found[瑏瑠, 10, 9, 11]]}</pre>
 */
public final class FootnoteMarkers {
    private FootnoteMarkers() {}

    /** A marker as it appears, its footnote number and its [start, end) char offsets. */
    public record Found(String text, int number, int start, int end) {}

    public static List<Found> find(String s) {
        List<Found> out = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int circled = circled(c);
            if (circled > 0) {
                out.add(new Found(String.valueOf(c), circled, i, i + 1));
            } else if (i + 1 < s.length() && tens(c) > 0 && units(s.charAt(i + 1)) >= 0) {
                int start = (i > 0 && isPrivateUse(s.charAt(i - 1))) ? i - 1 : i;
                out.add(new Found(s.substring(start, i + 2), tens(c) * 10 + units(s.charAt(i + 1)), start, i + 2));
                i++;
            }
        }
        return out;
    }

    /** True if the string holds nothing but markers and whitespace (and at least one marker). */
    public static boolean onlyMarkers(String s) {
        List<Found> found = find(s);
        if (found.isEmpty()) return false;
        int covered = found.stream().mapToInt(f -> f.end() - f.start()).sum();
        return covered == s.strip().length();
    }

    static boolean isPrivateUse(char c) {
        return Character.getType(c) == Character.PRIVATE_USE;
    }

    static int circled(char c) {
        if (c >= '\u2460' && c <= '\u2473') return c - '\u2460' + 1;   // ① … ⑳
        if (c >= '\u3251' && c <= '\u325F') return c - '\u3251' + 21;  // ㉑ … ㉟
        return 0;
    }

    static int tens(char c) {
        return (c >= '\u744F' && c <= '\u7451') ? c - '\u744E' : 0;    // 瑏 = 1, 瑐 = 2, 瑑 = 3
    }

    static int units(char c) {
        return (c >= '\u7460' && c <= '\u7469') ? c - '\u7460' : -1;   // 瑠 = 0 … 瑩 = 9
    }
}
