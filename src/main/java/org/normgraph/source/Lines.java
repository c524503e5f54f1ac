package org.normgraph.source;

import java.util.ArrayList;
import java.util.List;

/** A text cut into lines that remember their offsets; the line break is not part of a line. */
record Lines(List<Line> all) {

    record Line(int number, int start, int end, String text) {
        String trimmed() { return text.strip(); }
        boolean blank() { return text.isBlank(); }

        /** Display width: CJK and full-width characters count 2, others 1. */
        int width() {
            int w = 0;
            for (char c : trimmed().toCharArray()) w += (c >= '\u2E80' && c != '\uFEFF') ? 2 : 1;
            return w;
        }

        char last() {
            String t = trimmed();
            return t.isEmpty() ? 0 : t.charAt(t.length() - 1);
        }
    }

    static Lines of(String text) {
        List<Line> out = new ArrayList<>();
        int start = 0, n = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            out.add(new Line(n++, start, end, text.substring(start, end)));
            if (nl < 0) break;
            start = nl + 1;
        }
        return new Lines(out);
    }

    Line get(int i) { return all.get(i); }
    int size() { return all.size(); }
}
