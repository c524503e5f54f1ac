package org.normgraph.suggest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the {@code draft:} section of a draft: how it was made (text, gazetteer, voice), the
 * skeleton (sections, paragraph and footnote counts, numbered parts), the mentions of known entities
 * (count and first quote) and the new-name candidates. The claims reader refuses a file that still has
 * this section.
 *
 * <pre>{@code DraftSkeleton.write(yaml, draft);}</pre>
 */
final class DraftSkeleton {
    private DraftSkeleton() {}

    static void write(StringBuilder y, Draft d) {
        Skeleton k = d.skeleton();
        y.append("draft:   # for the review only: delete this section before renaming the file\n")
         .append("  status: suggested\n")
         .append("  text: ").append(YamlText.quoted(d.textName())).append('\n')
         .append("  gazetteer: ").append(d.gazetteerFrom()).append('\n')
         .append("  voice: ").append(d.voice().voice() == null ? "null   # unknown: give --voice ID for \"we\"" : d.voice().voice()).append('\n')
         .append("  paragraphs: ").append(k.paragraphs()).append('\n')
         .append("  footnotes: ").append(k.footnotes()).append('\n');
        y.append("  sections:").append(k.sections().isEmpty() ? " []\n" : "\n");
        for (String s : k.sections()) y.append("    - ").append(YamlText.quoted(s)).append('\n');
        y.append("  parts:").append(k.parts().isEmpty() ? " []\n" : "   # numbered articles, paragraphs, principles\n");
        for (Skeleton.Part p : k.parts()) {
            y.append("    - {number: \"").append(p.number()).append("\", line: ").append(p.line())
             .append(", words: ").append(YamlText.quoted(p.heading())).append("}\n");
        }
        mentions(y, d);
        y.append("  described:").append(d.described().isEmpty() ? " []\n" : "   # known entities the text describes without naming them (a sentence covers most of a name's words): check\n");
        for (Mention m : d.described()) {
            y.append("    - {id: ").append(m.id()).append(", quote: ").append(YamlText.quoted(YamlText.reading(d.text().substring(m.start(), m.end()))))
             .append(", line: ").append(YamlText.line(d.text(), m.start())).append("}\n");
        }
        y.append("  candidates:").append(d.candidates().isEmpty() ? " []\n" : "   # names the graph does not know: declare the ones you keep\n");
        for (Candidate c : d.candidates()) {
            y.append("    - {id: ").append(c.id()).append(", kind: ").append(c.kind()).append(", name: ").append(YamlText.quoted(c.name()))
             .append(", count: ").append(c.count()).append(", quote: ").append(YamlText.quoted(YamlText.reading(d.text().substring(c.start(), c.end()))))
             .append(", line: ").append(YamlText.line(d.text(), c.start())).append("}\n");
        }
        y.append('\n');
    }

    private static void mentions(StringBuilder y, Draft d) {
        Map<String, List<Mention>> byId = new LinkedHashMap<>();
        for (Mention m : d.mentions()) byId.computeIfAbsent(m.id(), x -> new java.util.ArrayList<>()).add(m);
        y.append("  mentions:").append(byId.isEmpty() ? " []\n" : "   # known entities named in the text, first mention first\n");
        for (Map.Entry<String, List<Mention>> e : byId.entrySet()) {
            Mention first = e.getValue().getFirst();
            y.append("    - {id: ").append(e.getKey()).append(", count: ").append(e.getValue().size())
             .append(", quote: ").append(YamlText.quoted(YamlText.reading(d.text().substring(first.start(), first.end()))))
             .append(", line: ").append(YamlText.line(d.text(), first.start())).append("}\n");
        }
    }
}
