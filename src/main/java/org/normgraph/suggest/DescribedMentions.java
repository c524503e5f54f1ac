package org.normgraph.suggest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The known norms, instruments, actors and events a text describes in other words than any of their
 * names: each sentence, with its section heading, is matched as {@link DescribedNorms} matches a cue
 * sentence (at least {@value DescribedNorms#MIN_COVER} of the weight of one name's units), keeping the
 * best {@value #PER_SENTENCE} per sentence and the first sentence per entity. Entities the text names
 * anywhere are left out. Each is a mention spanning its sentence, for the curator to confirm.
 *
 * <pre>{@code DescribedMentions.find(text, mentions, g)  // [Mention(criminalise-illegal-access, "", 5210, 5480), …]}</pre>
 */
final class DescribedMentions {
    static final int PER_SENTENCE = 2;
    private static final Set<Gazetteer.Kind> KINDS = Set.of(Gazetteer.Kind.ABOUT, Gazetteer.Kind.ACTOR, Gazetteer.Kind.EVENT);

    private DescribedMentions() {}

    static List<Mention> find(String text, List<Mention> named, Gazetteer g) {
        DescribedNorms described = new DescribedNorms(g, KINDS, DescribedNorms.MIN_COVER, PER_SENTENCE);
        SectionHeadings headings = new SectionHeadings(text);
        Set<String> seen = new HashSet<>();
        named.forEach(m -> seen.add(m.id()));
        List<Mention> out = new ArrayList<>();
        for (Sentences.Span s : Sentences.of(text)) {
            for (String id : described.in(headings.heading(s.start()) + "\n" + text.substring(s.start(), s.end()), seen)) {
                out.add(new Mention(id, "", s.start(), s.end()));
            }
            out.forEach(m -> seen.add(m.id()));
        }
        return out;
    }
}
