package org.normgraph.suggest;

import java.util.List;
import org.normgraph.source.SourceText;

/**
 * The event a sentence is probably about, as a hint for the curator (never written as a claim): the
 * event named in the heading of the innermost section holding it (（二）布达佩斯网络空间会议), else the
 * last event named in the {@value #NEAR} characters before it.
 *
 * <pre>{@code new EventHints(text, mentions, gazetteer).at(offset)  // "budapest-conference"}</pre>
 */
final class EventHints {
    static final int NEAR = 800;

    private final SectionHeadings sections;
    private final List<Mention> events;

    EventHints(String text, List<Mention> mentions, Gazetteer g) {
        this.sections = new SectionHeadings(text);
        this.events = mentions.stream().filter(m -> g.kind(m.id()) == Gazetteer.Kind.EVENT).toList();
    }

    String at(int offset) {
        SourceText.Section inner = sections.at(offset);
        if (inner != null) {
            int headingEnd = inner.start() + inner.heading().length();
            for (Mention m : events) if (m.start() >= inner.start() && m.end() <= headingEnd) return m.id();
        }
        String id = null;
        for (Mention m : events) if (m.end() <= offset && offset - m.end() <= NEAR) id = m.id();
        return id;
    }
}
