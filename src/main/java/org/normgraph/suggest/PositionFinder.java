package org.normgraph.suggest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds candidate positions: in each sentence, a stance cue ({@link Cues}) with the actors named
 * before it (the nearest {@value #MAX_ACTORS}), or "we"/我们 for the text's voice, or — when no
 * actor comes before the cue — the voice or author ({@link Voice#speaker()}); and each norm, instrument
 * or new-name candidate in the sentence after the actor. The quote runs from the actor's clause to the
 * clause of what it is about. One candidate per actor, object and sentence, the best scored. The
 * confidence is a heuristic: a strong cue, an actor close to its cue, a known object and a short
 * quote score higher; a speaker the sentence does not name scores lower.
 *
 * <pre>{@code List<Suggestion> s = new PositionFinder(gazetteer, voice).find(text, things, newIds);}</pre>
 */
public final class PositionFinder {
    private static final Pattern WE = Pattern.compile("\\b(?:[Ww]e|[Oo]ur)\\b|我们|我国");
    static final int MAX_ABOUT = 6, MAX_ACTORS = 3;

    private final Gazetteer gazetteer;
    private final Voice voice;

    public PositionFinder(Gazetteer gazetteer, Voice voice) {
        this.gazetteer = gazetteer;
        this.voice = voice;
    }

    /** {@code things}: the known mentions and the occurrences of new-name candidates, in text order. */
    public List<Suggestion> find(String text, List<Mention> things, List<String> newIds) {
        List<Suggestion> out = new ArrayList<>();
        EventHints hints = new EventHints(text, things, gazetteer);
        for (Sentences.Span s : Sentences.of(text)) {
            List<Mention> in = things.stream().filter(m -> m.start() >= s.start() && m.end() <= s.end()).toList();
            Map<String, Suggestion> best = new LinkedHashMap<>();
            for (Cues.Cue c : Cues.find(text, s.start(), s.end())) {
                if (in.stream().anyMatch(m -> m.overlaps(c.start(), c.end()))) continue;
                for (Mention actor : actors(text, s, in, c)) {
                    List<Mention> abouts = in.stream().filter(m -> m.start() >= actor.end() && isAbout(m, newIds)).limit(MAX_ABOUT).toList();
                    for (Mention a : abouts) {
                        Suggestion sg = suggestion(text, s, in, actor, c, a, newIds.contains(a.id()), hints.at(s.start()));
                        best.merge(sg.actor() + " " + sg.about(), sg, (x, y) -> y.confidence() > x.confidence() ? y : x);
                    }
                }
            }
            out.addAll(best.values());
        }
        return out;
    }

    /** The actors before the cue (nearest first), "we" as the voice, or the speaker when the sentence names none. */
    private List<Mention> actors(String text, Sentences.Span s, List<Mention> in, Cues.Cue c) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : in.reversed()) {
            boolean seen = out.stream().anyMatch(o -> o.id().equals(m.id()));
            if (m.end() <= c.start() && gazetteer.kind(m.id()) == Gazetteer.Kind.ACTOR && !seen && out.size() < MAX_ACTORS) out.add(m);
        }
        if (voice.voice() != null) {
            Matcher we = WE.matcher(text).region(s.start(), c.start());
            Mention pronoun = null;
            while (we.find()) pronoun = new Mention(voice.voice(), we.group(), we.start(), we.end());
            if (pronoun != null) out.addFirst(pronoun);
        }
        if (out.isEmpty() && voice.speaker() != null) out.add(new Mention(voice.speaker(), "", s.start(), s.start() + 1));
        return out;
    }

    private boolean isAbout(Mention m, List<String> newIds) {
        return newIds.contains(m.id()) || gazetteer.kind(m.id()) == Gazetteer.Kind.ABOUT;
    }

    private Suggestion suggestion(String text, Sentences.Span s, List<Mention> in, Mention actor, Cues.Cue c, Mention about,
                                  boolean isNew, String nearEvent) {
        int start = s.clauseStart(actor.start());
        int end = s.clauseEnd(Math.max(about.end(), c.end()) - 1);
        while (end > start + 1 && "，,、：:；; \n".indexOf(text.charAt(end - 1)) >= 0) end--;
        boolean unnamed = actor.name().isEmpty() || WE.matcher(actor.name()).matches();
        String event = in.stream().filter(m -> gazetteer.kind(m.id()) == Gazetteer.Kind.EVENT).map(Mention::id).findFirst().orElse(null);
        double score = 0.4 + (c.strong() ? 0.2 : 0) + (Math.abs(c.start() - actor.end()) <= 40 ? 0.15 : 0) + (isNew ? 0 : 0.15)
                - (end - start > 250 ? 0.1 : 0) - (unnamed ? 0.15 : 0) - (actor.name().isEmpty() ? 0.1 : 0);
        score = Math.round(Math.max(0.05, Math.min(0.95, score)) * 100) / 100.0;
        return new Suggestion(actor.id(), unnamed, c.stance(), c.words(), about.id(), isNew, start, end, event,
                DateFinder.only(text, s.start(), s.end()), event != null ? null : nearEvent, score);
    }
}
