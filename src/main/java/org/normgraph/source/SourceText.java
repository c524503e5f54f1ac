package org.normgraph.source;

import java.util.List;
import java.util.Objects;

/**
 * A source text as stored, with the structure recognised in it. All offsets are char offsets
 * into {@link #text()}, half-open [start, end).
 *
 * <pre>{@code SourceText src = SourceParser.parse(Files.readString(path));}</pre>
 */
public record SourceText(String text, String title, String author, List<Section> sections,
                         List<Paragraph> paragraphs, List<Footnote> footnotes, List<Marker> markers) {
    public SourceText {
        Objects.requireNonNull(text, "text");
        sections = List.copyOf(sections);
        paragraphs = List.copyOf(paragraphs);
        footnotes = List.copyOf(footnotes);
        markers = List.copyOf(markers);
    }

    /** A heading such as 一、… (level 1) or （一）… (level 2), and the span it governs. */
    public record Section(int index, int level, String heading, int start, int end) {}

    /** A paragraph of body text; {@code section} is the index of its section, or -1 before the first. */
    public record Paragraph(int index, int section, int start, int end, String text) {}

    /** A footnote text found at a page end. */
    public record Footnote(int number, int start, int end, String text) {}

    /** A footnote marker in the body; {@code paragraph} is the index of the paragraph holding it. */
    public record Marker(int index, String text, int number, int start, int end, int paragraph) {}

    public Footnote footnote(int number) {
        return footnotes.stream().filter(f -> f.number() == number).findFirst().orElse(null);
    }

    /** The paragraph containing a char offset, or null. */
    public Paragraph paragraphAt(int offset) {
        for (Paragraph p : paragraphs) if (offset >= p.start() && offset < p.end()) return p;
        return null;
    }
}
