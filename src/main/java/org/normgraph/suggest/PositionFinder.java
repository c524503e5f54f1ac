package org.normgraph.suggest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds candidate positions: in each sentence, a stance cue ({@link Cues}) with the actors named
 * before it (the nearest {@value #MAX_ACTORS}; not one marked as the addressee, 向联大提交; a person who
 * represents one actor stands for it), the actors a bracket after the cue lists as the members of the
 * group that does it (主张……的国家（包括中国、俄罗斯等）), or "we"/我们 for the text's voice, or — when no
 * actor comes before the cue — the last actor named in the {@value #CARRY} characters before the
 * sentence in its section (the subject carried over) and the voice or author ({@link Voice#speaker()});
 * and each norm, instrument or new-name candidate named in the sentence after the actor, else the
 * known norms the sentence and its section heading describe ({@link DescribedNorms}). The quote runs
 * from the actor's clause to the clause of what it is about. One candidate per actor, object and
 * sentence, the best scored. The confidence is a heuristic: a strong cue, an actor close to its cue,
 * a known, named object and a short quote score higher; a speaker the sentence does not name, or a
 * norm only described, lower.
 *
 * <pre>{@code List<Suggestion> s = new PositionFinder(gazetteer, voice).find(text, things, newIds);}</pre>
 */
public final class PositionFinder {
    private static final Pattern WE = Pattern.compile("\\b(?:[Ww]e|[Oo]ur)\\b|我们|我国");
    /** A bracket listing the members of the group that does what the clause says: 的国家（包括中国、俄罗斯等）, "States (including …)". */
    private static final Pattern MEMBERS = Pattern.compile("[（(]\\s*(?:包\\s*括|including\\b)[^）)]*[）)]");
    /** A bare modal: the duty of whoever the sentence is about, not a stance of the unnamed speaker. */
    private static final Pattern MODAL = Pattern.compile("(?i)shall|should|must|应当|必须|需要|有必要");
    /** A particle that makes the actor after it the addressee or the partner, not the subject: 向联大提交, 对中国指责. */
    private static final Pattern ADDRESSEE = Pattern.compile("[向对给]\\s*$");
    static final int MAX_ABOUT = 6, MAX_ACTORS = 3, CARRY = 400;

    /** An actor of a cue: named in the sentence, the voice ("we" or nobody named), carried from before, or listed after the cue as a member. */
    private record Who(Mention m, boolean voice, boolean carried, boolean member) {
        Who(Mention m, boolean voice, boolean carried) { this(m, voice, carried, false); }
    }

    private final Gazetteer gazetteer;
    private final Voice voice;
    private final DescribedNorms described;

    public PositionFinder(Gazetteer gazetteer, Voice voice) {
        this.gazetteer = gazetteer;
        this.voice = voice;
        this.described = new DescribedNorms(gazetteer);
    }

    /** {@code things}: the known mentions and the occurrences of new-name candidates, in text order. */
    public List<Suggestion> find(String text, List<Mention> things, List<String> newIds) {
        List<Suggestion> out = new ArrayList<>();
        EventHints hints = new EventHints(text, things, gazetteer);
        SectionHeadings headings = new SectionHeadings(text);
        for (Sentences.Span s : Sentences.of(text)) {
            List<Mention> in = things.stream().filter(m -> m.start() >= s.start() && m.end() <= s.end()).toList();
            Map<String, Suggestion> best = new LinkedHashMap<>();
            List<String> describedHere = null;
            for (Cues.Cue c : Cues.find(text, s.start(), s.end())) {
                if (in.stream().anyMatch(m -> m.overlaps(c.start(), c.end()) && !namesByStance(m, c))) continue;
                for (Who actor : actors(text, s, things, in, c, headings)) {
                    if (actor.m().name().isEmpty() && MODAL.matcher(c.words()).matches()) continue;
                    int from = actor.carried() ? s.start() : actor.member() ? c.end() : actor.m().end();
                    List<Mention> abouts = in.stream().filter(m -> m.start() >= from && isAbout(m, newIds)).limit(MAX_ABOUT).toList();
                    List<Suggestion> found = new ArrayList<>();
                    for (Mention a : abouts) {
                        found.add(suggestion(text, s, in, actor, c, a.id(), a.end(), false, newIds.contains(a.id()), hints.at(s.start())));
                    }
                    if (describedHere == null) describedHere = describedIn(text, s, in, headings);
                    for (String id : describedHere) {
                        found.add(suggestion(text, s, in, actor, c, id, s.end(), true, false, hints.at(s.start())));
                    }
                    for (Suggestion sg : found) best.merge(sg.actor() + " " + sg.about(), sg, (x, y) -> y.confidence() > x.confidence() ? y : x);
                }
            }
            out.addAll(best.values());
        }
        return out;
    }

    /** The known norms the sentence (with its section heading) describes and does not name. */
    private List<String> describedIn(String text, Sentences.Span s, List<Mention> in, SectionHeadings headings) {
        Set<String> named = new HashSet<>();
        in.forEach(m -> named.add(m.id()));
        return described.in(headings.heading(s.start()) + "\n" + text.substring(s.start(), s.end()), named);
    }

    /** The actors before the cue (nearest first), "we" as the voice, or the carried actor and the speaker when the sentence names none. */
    private List<Who> actors(String text, Sentences.Span s, List<Mention> things, List<Mention> in, Cues.Cue c, SectionHeadings headings) {
        List<Who> out = new ArrayList<>();
        for (Mention named : in.reversed()) {
            Mention m = standingFor(named);
            boolean seen = out.stream().anyMatch(o -> o.m().id().equals(m.id()));
            if (m.end() <= c.start() && isActor(m) && !seen && out.size() < MAX_ACTORS && !addressee(text, s, m)) out.add(new Who(m, false, false));
        }
        members(text, s, in, c).forEach(m -> out.add(new Who(m, false, false, true)));
        if (voice.voice() != null) {
            Matcher we = WE.matcher(text).region(s.start(), c.start());
            Mention pronoun = null;
            while (we.find()) pronoun = new Mention(voice.voice(), we.group(), we.start(), we.end());
            if (pronoun != null) out.addFirst(new Who(pronoun, true, false));
        }
        if (!out.isEmpty()) return out;
        int sectionStart = headings.at(s.start()) == null ? 0 : headings.at(s.start()).start();
        things.stream().filter(m -> m.end() <= s.start() && m.start() >= Math.max(sectionStart, s.start() - CARRY) && isActor(m))
                .reduce((a, b) -> b).ifPresent(m -> out.add(new Who(m, false, true)));
        if (voice.speaker() != null && out.stream().noneMatch(w -> w.m().id().equals(voice.speaker()))) {
            out.add(new Who(new Mention(voice.speaker(), "", s.start(), s.start() + 1), true, false));
        }
        return out;
    }

    /** Actors listed in a bracket beginning 包括/including after the cue, in the cue's clause: the members of the group that does it. */
    private List<Mention> members(String text, Sentences.Span s, List<Mention> in, Cues.Cue c) {
        Matcher b = MEMBERS.matcher(text).region(c.end(), s.end());
        if (!b.find() || s.clauseStart(b.start()) > c.start() && text.substring(c.end(), b.start()).matches("(?s).*[，,；;].*")) return List.of();
        int open = b.start(), close = b.end();
        return in.stream().filter(m -> m.start() > open && m.end() < close && isActor(m)).toList();
    }

    /** An actor group named by what it advocates (主张政府对互联网加以严格管理的国家): the cue inside its name still speaks for its members. */
    private boolean namesByStance(Mention m, Cues.Cue c) {
        return isActor(m) && m.start() <= c.start() && c.end() < m.end();
    }

    private static boolean addressee(String text, Sentences.Span s, Mention m) {
        return ADDRESSEE.matcher(text.substring(Math.max(s.start(), m.start() - 3), m.start())).find();
    }

    /** A person who represents one actor (奥巴马总统 for the United States) stands for that actor; any other mention for itself. */
    private Mention standingFor(Mention m) {
        String actor = gazetteer.kind(m.id()) == Gazetteer.Kind.PERSON ? gazetteer.represents().get(m.id()) : null;
        return actor == null ? m : new Mention(actor, m.name(), m.start(), m.end());
    }

    private boolean isActor(Mention m) {
        return gazetteer.kind(m.id()) == Gazetteer.Kind.ACTOR;
    }

    private boolean isAbout(Mention m, List<String> newIds) {
        return newIds.contains(m.id()) || gazetteer.kind(m.id()) == Gazetteer.Kind.ABOUT;
    }

    private Suggestion suggestion(String text, Sentences.Span s, List<Mention> in, Who who, Cues.Cue c, String about, int aboutEnd,
                                  boolean isDescribed, boolean isNew, String nearEvent) {
        Mention actor = who.m();
        int start = who.carried() ? s.start() : Math.min(s.clauseStart(actor.start()), s.clauseStart(c.start()));
        int end = s.clauseEnd(Math.max(Math.max(aboutEnd, c.end()), actor.end()) - 1);
        while (end > start + 1 && "，,、：:；; \n".indexOf(text.charAt(end - 1)) >= 0) end--;
        boolean unnamed = who.voice() && !actor.name().isEmpty() || who.carried();
        String event = in.stream().filter(m -> gazetteer.kind(m.id()) == Gazetteer.Kind.EVENT).map(Mention::id).findFirst().orElse(null);
        double score = 0.4 + (c.strong() ? 0.2 : 0) + (!who.carried() && Math.abs(c.start() - actor.end()) <= 40 ? 0.15 : 0)
                + (isNew || isDescribed ? 0 : 0.15) - (isDescribed ? 0.1 : 0)
                - (end - start > 250 ? 0.1 : 0) - (unnamed ? 0.15 : 0) - (actor.name().isEmpty() ? 0.25 : 0);
        score = Math.round(Math.max(0.05, Math.min(0.95, score)) * 100) / 100.0;
        return new Suggestion(actor.id(), who.voice(), who.carried(), c.stance(), c.words(), about, isNew, isDescribed, start, end, event,
                DateFinder.only(text, s.start(), s.end()), event != null ? null : nearEvent, score);
    }
}
