package org.normgraph.suggest;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into sentences and each sentence into clauses, as stored spans. A sentence ends at
 * 。！？；, at a full stop, question mark or semicolon followed by a space, at a blank line (not between two Chinese characters: PDF extractions put those inside sentences) and before
 * a line that starts a list item or a heading ({@code -}, {@code *}, {@code #}, {@code 1.}); a clause
 * ends at a comma or colon. A PDF line break inside a sentence does not end it.
 *
 * <pre>{@code for (Sentences.Span s : Sentences.of(text)) { ... s.clauses() ... }}</pre>
 */
public final class Sentences {
    /** A sentence [start, end) with the stored offsets where its clauses begin (the first is {@code start}). */
    public record Span(int start, int end, List<Integer> clauseStarts) {
        public Span {
            clauseStarts = List.copyOf(clauseStarts);
        }

        /** The start of the clause holding {@code offset}. */
        public int clauseStart(int offset) {
            int s = start;
            for (int c : clauseStarts) if (c <= offset) s = c;
            return s;
        }

        /** The end of the clause holding {@code offset} (exclusive, before its comma). */
        public int clauseEnd(int offset) {
            for (int c : clauseStarts) if (c > offset) return c;
            return end;
        }
    }

    private Sentences() {}

    public static List<Span> of(String text) {
        List<Span> out = new ArrayList<>();
        List<Integer> clauses = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean last = i == text.length();
            char c = last ? '\n' : text.charAt(i);
            if (start < 0) {
                if (!last && !Character.isWhitespace(c)) { start = i; clauses.clear(); clauses.add(i); }
                continue;
            }
            if (last || endsSentence(text, i) || c == '\n' && breaksBlock(text, i)) {
                int end = last || c == '\n' ? i : i + 1;
                while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
                if (end > start) out.add(new Span(start, end, clauses));
                start = -1;
            } else if ("，,：:、".indexOf(c) >= 0 && (c != ',' && c != ':' || i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1)))) {
                clauses.add(nextNonSpace(text, i + 1));
            }
        }
        return out;
    }

    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if ("。！？；".indexOf(c) >= 0) return true;
        if (".?!;".indexOf(c) < 0) return false;
        if (i + 1 >= text.length()) return true;
        char n = text.charAt(i + 1);
        if (!Character.isWhitespace(n)) return false;
        return c != '.' || !abbreviation(text, i);
    }

    /** "No. 185", "Art. 3", "e.g. …": a full stop after a short word that is not the end of a sentence. */
    private static boolean abbreviation(String text, int dot) {
        int b = dot;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) b--;
        String w = text.substring(b, dot);
        return w.equals("No") || w.equals("Art") || w.equals("e.g") || w.equals("i.e") || w.length() == 1 && Character.isUpperCase(w.charAt(0));
    }

    /** A blank line, or a next line that opens a list item or heading, ends the block. */
    private static boolean breaksBlock(String text, int nl) {
        int j = nl + 1;
        while (j < text.length() && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) j++;
        if (j >= text.length()) return true;
        if (text.charAt(j) == '\n') return !cjkOnBothSides(text, nl);
        char c = text.charAt(j);
        if (c == '-' || c == '*' || c == '#' || c == '•' || c == '>') return true;
        int k = j;
        while (k < text.length() && Character.isDigit(text.charAt(k))) k++;
        return k > j && k < text.length() && (text.charAt(k) == '.' || text.charAt(k) == ')');
    }

    /** A PDF extraction breaks Chinese sentences with blank lines too: only CJK on both sides keeps the sentence. */
    private static boolean cjkOnBothSides(String text, int nl) {
        int b = nl - 1, a = nl + 1;
        while (b >= 0 && Character.isWhitespace(text.charAt(b))) b--;
        while (a < text.length() && Character.isWhitespace(text.charAt(a))) a++;
        return b >= 0 && a < text.length() && text.charAt(b) >= 0x2E80 && text.charAt(a) >= 0x2E80;
    }

    private static int nextNonSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }
}
