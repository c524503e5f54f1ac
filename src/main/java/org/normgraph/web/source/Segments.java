package org.normgraph.web.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeSet;
import org.normgraph.source.MarkdownHeadings;

/**
 * Splits a source text into {@link Segment}s at every boundary of its evidence spans, headings,
 * footnotes and footnote markers, so that overlapping spans become flat, non-overlapping
 * segments. All offsets are code point offsets into the stored text (as in {@code oa:start} and
 * {@code ng:start}); they are converted to string indices with {@link String#offsetByCodePoints}.
 *
 * <pre>{@code
 * Segments s = new Segments(text);
 * s.evidence("china-x", 120, 135, List.of(new Segment.Link("/id/china-x", "China supports …")));
 * s.section(0, 100, 400, "一、…", 1);
 * List<Segment> segments = s.build();
 * }</pre>
 */
final class Segments {
    private record Span(int start, int end, String anchor, List<Segment.Link> links) {
        int length() { return end - start; }
        boolean covers(int a, int b) { return start <= a && b <= end; }
    }
    private record Part(String kind, int start, int end, String anchor, int number, List<Segment.Work> works, boolean linked) {}

    private final String text;
    private final int length;
    private final List<Span> evidence = new ArrayList<>();
    private final List<Part> parts = new ArrayList<>();

    Segments(String text) {
        this.text = text;
        this.length = text.codePointCount(0, text.length());
    }

    void evidence(String slug, int start, int end, List<Segment.Link> links) {
        if (valid(start, end)) evidence.add(new Span(start, end, "ev-" + slug, List.copyOf(links)));
    }

    /**
     * A section; its heading is shown as a heading where the text at {@code start} is the heading, or
     * where a Markdown heading starts there (its keyword line and the name line under it).
     */
    void section(int n, int start, int end, String heading, int level) {
        if (!valid(start, end)) return;
        int hEnd = start;
        int from = text.offsetByCodePoints(0, start);
        if (heading != null && text.startsWith(heading, from)) hEnd = start + heading.codePointCount(0, heading.length());
        else if (from < text.length() && text.charAt(from) == '#') {
            int to = MarkdownHeadings.headingEnd(text, from);
            hEnd = start + text.codePointCount(from, to);
        }
        parts.add(new Part("heading", start, hEnd, "sec-" + n, n, List.of(), false));
    }

    void footnote(int n, int start, int end, List<Segment.Work> works) {
        if (valid(start, end)) parts.add(new Part("footnote", start, end, "fn-" + n, n, List.copyOf(works), false));
    }

    /** A footnote marker; {@code linked} when its footnote is in the text. */
    void marker(int n, int start, int end, boolean linked) {
        if (valid(start, end)) parts.add(new Part("marker", start, end, null, n, List.of(), linked));
    }

    List<Segment> build() {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        for (Span s : evidence) { cuts.add(s.start); cuts.add(s.end); }
        for (Part p : parts) { cuts.add(p.start); cuts.add(p.end); }
        List<Segment> out = new ArrayList<>();
        Integer prev = null;
        int prevIndex = 0;
        for (int cut : cuts) {
            int index = prev == null ? text.offsetByCodePoints(0, cut) : text.offsetByCodePoints(prevIndex, cut - prev);
            if (prev != null) out.add(segment(prev, cut, text.substring(prevIndex, index)));
            prev = cut;
            prevIndex = index;
        }
        return out;
    }

    private Segment segment(int a, int b, String piece) {
        List<Span> covering = evidence.stream().filter(s -> s.covers(a, b))
                .sorted(Comparator.comparingInt(Span::length).thenComparing(Span::anchor)).toList();
        LinkedHashSet<Segment.Link> links = new LinkedHashSet<>();
        covering.forEach(s -> links.addAll(s.links));
        List<String> anchors = new ArrayList<>();
        evidence.stream().filter(s -> s.start == a).forEach(s -> anchors.add(s.anchor));
        parts.stream().filter(p -> p.anchor != null && p.start == a).forEach(p -> anchors.add(p.anchor));
        List<String> targets = new ArrayList<>(covering.stream().map(Span::anchor).toList());
        Part marker = covering("marker", a, b), heading = covering("heading", a, b), note = covering("footnote", a, b);
        if (note != null) targets.add(note.anchor);
        String kind = marker != null ? "marker" : heading != null ? "heading" : note != null ? "footnote" : "text";
        List<Segment.Link> all = List.copyOf(links);
        boolean startsHere = covering.stream().anyMatch(s -> s.start == a);
        List<Segment.Link> also = new ArrayList<>();
        if (startsHere) {
            LinkedHashSet<String> hrefs = new LinkedHashSet<>();
            for (Segment.Link l : all) if (hrefs.add(l.href()) && hrefs.size() > 1) also.add(l);
        }
        List<Segment.Work> works = note != null && note.end == b ? note.works : List.of();
        String href = marker != null && marker.linked ? "#fn-" + marker.number : null;
        return new Segment(piece, kind, anchors, targets, all, also, href, marker == null ? 0 : marker.number, works);
    }

    private Part covering(String kind, int a, int b) {
        for (Part p : parts) if (p.kind.equals(kind) && p.start <= a && b <= p.end) return p;
        return null;
    }

    private boolean valid(int start, int end) { return start >= 0 && start <= end && end <= length; }
}
