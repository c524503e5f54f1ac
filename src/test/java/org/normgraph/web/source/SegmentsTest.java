package org.normgraph.web.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Splitting a text into segments at every span boundary, with code point offsets. */
class SegmentsTest {
    private static final Segment.Link A = new Segment.Link("/id/a", "A"), B = new Segment.Link("/id/b", "B");

    private static String joined(List<Segment> segments) {
        return segments.stream().map(Segment::text).collect(Collectors.joining());
    }

    @Test
    void overlapping_spans_become_flat_segments_that_rejoin_to_the_text() {
        Segments s = new Segments("0123456789");
        s.evidence("a", 2, 6, List.of(A));
        s.evidence("b", 4, 8, List.of(B));
        List<Segment> out = s.build();
        assertThat(out).extracting(Segment::text).containsExactly("01", "23", "45", "67", "89");
        assertThat(joined(out)).isEqualTo("0123456789");
        assertThat(out.get(1).anchors()).containsExactly("ev-a");
        assertThat(out.get(1).links()).containsExactly(A);
        assertThat(out.get(2).anchors()).containsExactly("ev-b");
        assertThat(out.get(2).targets()).containsExactlyInAnyOrder("ev-a", "ev-b");
        assertThat(out.get(2).links()).containsExactlyInAnyOrder(A, B);
        assertThat(out.get(2).also()).hasSize(1);
        assertThat(out.get(3).links()).containsExactly(B);
        assertThat(out.get(3).also()).isEmpty();
        assertThat(out.get(0).marked()).isFalse();
    }

    @Test
    void the_most_specific_span_gives_the_main_link() {
        Segments s = new Segments("abcdefgh");
        s.evidence("wide", 0, 8, List.of(A));
        s.evidence("narrow", 2, 4, List.of(B));
        Segment inner = s.build().get(1);
        assertThat(inner.text()).isEqualTo("cd");
        assertThat(inner.primary()).isEqualTo(B);
        assertThat(inner.also()).containsExactly(A);
        assertThat(inner.title()).isEqualTo("B | A");
    }

    @Test
    void offsets_count_code_points_not_utf16_units() {
        String text = "😀😀ab𝄞cd";
        Segments s = new Segments(text);
        s.evidence("x", 2, 4, List.of(A));
        s.evidence("y", 4, 6, List.of(B));
        List<Segment> out = s.build();
        assertThat(out).extracting(Segment::text).containsExactly("😀😀", "ab", "𝄞c", "d");
        assertThat(joined(out)).isEqualTo(text);
    }

    @Test
    void headings_footnotes_and_markers_get_their_kinds_anchors_and_links() {
        String text = "一、标题\n正文①。\n脚注文字";
        Segments s = new Segments(text);
        s.section(0, 0, 9, "一、标题", 1);
        s.marker(1, 7, 8, true);
        s.marker(2, 8, 9, false);
        Segment.Work w = new Segment.Work("/id/w", "Work", null, null, null, 1);
        s.footnote(1, 10, 14, List.of(w));
        List<Segment> out = s.build();
        assertThat(joined(out)).isEqualTo(text);
        assertThat(out.getFirst()).extracting(Segment::text, Segment::kind).containsExactly("一、标题", "heading");
        assertThat(out.getFirst().anchors()).containsExactly("sec-0");
        Segment marker = out.stream().filter(x -> x.text().equals("①")).findFirst().orElseThrow();
        assertThat(marker.kind()).isEqualTo("marker");
        assertThat(marker.href()).isEqualTo("#fn-1");
        Segment unlinked = out.stream().filter(x -> x.text().equals("。")).findFirst().orElseThrow();
        assertThat(unlinked.kind()).isEqualTo("marker");
        assertThat(unlinked.href()).isNull();
        Segment note = out.getLast();
        assertThat(note).extracting(Segment::text, Segment::kind).containsExactly("脚注文字", "footnote");
        assertThat(note.anchors()).containsExactly("fn-1");
        assertThat(note.works()).containsExactly(w);
    }

    @Test
    void a_heading_that_is_not_at_its_offset_keeps_only_its_anchor_and_bad_spans_are_ignored() {
        Segments s = new Segments("abc def");
        s.section(3, 4, 7, "xyz", 1);
        s.evidence("outside", 5, 99, List.of(A));
        s.evidence("backwards", 5, 2, List.of(A));
        List<Segment> out = s.build();
        assertThat(out).extracting(Segment::text).containsExactly("abc ", "def");
        assertThat(out.get(1).kind()).isEqualTo("text");
        assertThat(out.get(1).anchors()).containsExactly("sec-3");
        assertThat(out).noneMatch(Segment::marked);
    }
}
