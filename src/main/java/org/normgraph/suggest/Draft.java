package org.normgraph.suggest;

import java.util.List;
import java.util.Objects;

/**
 * Everything {@code normgraph suggest} found in one text: its skeleton, the mentions of known
 * entities, the known entities it only describes ({@link DescribedMentions}), the new-name candidates and the
 * candidate positions, with the voice ("we") it assumed
 * and where its gazetteer came from. Written out by {@link DraftWriter}.
 *
 * <pre>{@code Draft d = Suggester.suggest(path, text, gazetteer, "store"); d.suggestions().size()}</pre>
 */
public record Draft(String textName, String text, Skeleton skeleton, String gazetteerFrom, Voice voice,
                    List<Mention> mentions, List<Mention> described, List<Candidate> candidates, List<Suggestion> suggestions) {
    public Draft {
        Objects.requireNonNull(text, "text");
        mentions = List.copyOf(mentions);
        described = List.copyOf(described);
        candidates = List.copyOf(candidates);
        suggestions = List.copyOf(suggestions);
    }
}
