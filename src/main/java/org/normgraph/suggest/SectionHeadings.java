package org.normgraph.suggest;

import java.util.List;
import org.normgraph.source.SourceParser;
import org.normgraph.source.SourceText;

/**
 * The section headings of a text ({@link SourceParser}): the innermost section holding an offset, whose
 * heading gives a sentence its context (the event of （二）布达佩斯网络空间会议, the subject of "Article 2 – Illegal access").
 *
 * <pre>{@code new SectionHeadings(text).heading(offset)  // "（二）布达佩斯网络空间会议"}</pre>
 */
final class SectionHeadings {
    private final List<SourceText.Section> sections;

    SectionHeadings(String text) {
        this.sections = SourceParser.parse(text).sections();
    }

    /** The innermost section holding {@code offset}, or null. */
    SourceText.Section at(int offset) {
        SourceText.Section inner = null;
        for (SourceText.Section s : sections) {
            if (s.start() <= offset && offset < s.end() && (inner == null || s.level() >= inner.level())) inner = s;
        }
        return inner;
    }

    /** The heading of the innermost section holding {@code offset}, or "". */
    String heading(int offset) {
        SourceText.Section s = at(offset);
        return s == null ? "" : s.heading();
    }
}
