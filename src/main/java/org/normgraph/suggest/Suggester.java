package org.normgraph.suggest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The curation assistant: from a new text and what the graph knows, the draft a curator reviews —
 * mentions of known entities, new-name candidates and candidate positions. It reads and suggests;
 * it never writes to the store.
 *
 * <pre>{@code Draft d = Suggester.suggest(Path.of("seeds/x.txt"), text, ClaimsGazetteer.of(files), "seeds", null);}</pre>
 */
public final class Suggester {
    private Suggester() {}

    /** {@code voice}: the actor "we" stands for, or null to guess it ({@link Voice}). */
    public static Draft suggest(Path file, String text, Gazetteer g, String gazetteerFrom, String voice) {
        List<Mention> mentions = new MentionFinder(g).find(text);
        List<Candidate> candidates = NewNames.find(text, mentions);
        Voice guessed = Voice.guess(g, file.getFileName().toString(), text, mentions);
        Voice we = voice != null ? new Voice(voice, guessed.author()) : guessed;
        List<Mention> things = withCandidates(text, mentions, candidates);
        List<String> newIds = candidates.stream().map(Candidate::id).toList();
        List<Suggestion> suggestions = new PositionFinder(g, we).find(text, things, newIds);
        return new Draft(file.getFileName().toString(), text, Skeleton.of(file, text), gazetteerFrom, we, mentions,
                DescribedMentions.find(text, mentions, g), candidates, suggestions);
    }

    /** The known mentions and every occurrence of each candidate name that no known mention covers. */
    private static List<Mention> withCandidates(String text, List<Mention> mentions, List<Candidate> candidates) {
        Gazetteer.Builder b = new Gazetteer.Builder();
        for (Candidate c : candidates) b.type(c.id(), "Instrument").name(c.id(), c.name());
        List<Mention> all = new ArrayList<>(mentions);
        for (Mention m : new MentionFinder(b.build()).find(text)) {
            if (mentions.stream().noneMatch(k -> k.overlaps(m.start(), m.end()))) all.add(m);
        }
        all.sort(Comparator.comparingInt(Mention::start));
        return all;
    }
}
