package org.normgraph.source;

import java.util.ArrayList;
import java.util.List;

/**
 * The structure of a text with Markdown headings (the treaty text): its title (the first heading
 * line, also a section of level 0 that spans the whole text), its headings as sections (CHAPTER level 1, SECTION 2, TITLE 3, Article 4, each joined to
 * the name line under it: "Article 32 – Trans-border access …") and every other non-blank line as a
 * paragraph. A section ends where the next heading of the same or a higher level begins. Offsets
 * are into the text as stored; the text itself is never changed.
 *
 * <pre>{@code SourceText src = MarkdownStructure.parse(text);  // SourceParser.parse calls it for such texts}</pre>
 */
final class MarkdownStructure {
    private MarkdownStructure() {}

    static SourceText parse(String text) {
        Lines lines = Lines.of(text);
        List<SourceText.Section> open = new ArrayList<>();
        List<int[]> paragraphs = new ArrayList<>();
        String title = "";
        boolean first = true;
        for (int i = 0; i < lines.size(); i++) {
            Lines.Line line = lines.get(i);
            if (line.blank()) continue;
            String t = line.trimmed();
            int start = line.start() + (line.text().length() - line.text().stripLeading().length());
            if (first) {
                first = false;
                if (MarkdownHeadings.isHeading(t)) {
                    title = MarkdownHeadings.name(t);
                    open.add(new SourceText.Section(open.size(), 0, title, start, -1));
                    continue;
                }
            }
            if (MarkdownHeadings.isHeading(t)) {
                String name = MarkdownHeadings.name(t);
                int level = MarkdownHeadings.level(name);
                if (level == 0) continue;   // a name line: already part of the heading above it
                int end = MarkdownHeadings.headingEnd(text, start);
                String under = MarkdownHeadings.name(text.substring(line.end(), end));
                open.add(new SourceText.Section(open.size(), level, under.isEmpty() ? name : name + " – " + under, start, -1));
            } else {
                paragraphs.add(new int[] {start, line.start() + line.text().stripTrailing().length(), open.size() - 1});
            }
        }
        List<SourceText.Section> sections = new ArrayList<>();
        for (SourceText.Section s : open) {
            int end = text.stripTrailing().length();
            for (SourceText.Section later : open) {
                if (later.index() > s.index() && later.level() <= s.level()) { end = later.start(); break; }
            }
            sections.add(new SourceText.Section(s.index(), s.level(), s.heading(), s.start(), end));
        }
        List<SourceText.Paragraph> ps = new ArrayList<>();
        for (int[] p : paragraphs) ps.add(new SourceText.Paragraph(ps.size(), p[2], p[0], p[1], text.substring(p[0], p[1])));
        return new SourceText(text, title, "", sections, ps, List.of(), List.of());
    }
}
