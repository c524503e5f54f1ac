package org.normgraph.suggest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who speaks in a text, from its title lines and what the graph gives. The voice ("we", 我们, and the
 * speaker of sentences that name no actor): an actor named in the title; else the actor that adopted
 * an instrument named there ({@code adoptedBy}); else the one actor group whose name contains that
 * instrument's name. A text whose title lines name no actor and no instrument (a declaration that starts
 * with its first paragraph) is given its file name as a title: {@code paris_call_2018_en.txt} names the
 * Paris Call, whose adopter the graph knows. The author: a person named in the title lines. Either is
 * null when not unambiguous; {@code normgraph suggest --voice ID} says it instead.
 *
 * <pre>{@code Voice.guess(gazetteer, "russia.txt", text, mentions).voice()  // "russia" for Russia's Basic Principles}</pre>
 */
public record Voice(String voice, String author) {
    /** The title lines end before the first line wider than this (display columns), or at {@link #TITLE_CHARS}. */
    static final int TITLE_WIDTH = 80, TITLE_CHARS = 300;

    /** Who speaks where the sentence names nobody: the voice, else the author. */
    public String speaker() { return voice != null ? voice : author; }

    public static Voice guess(Gazetteer g, String fileName, String text, List<Mention> mentions) {
        int end = titleEnd(text);
        List<String> title = mentions.stream().filter(m -> m.end() <= end).map(Mention::id).toList();
        Set<String> persons = title.stream().filter(id -> g.kind(id) == Gazetteer.Kind.PERSON).collect(Collectors.toSet());
        boolean untitled = title.stream().noneMatch(id -> g.kind(id) == Gazetteer.Kind.ACTOR || g.kind(id) == Gazetteer.Kind.ABOUT);
        List<String> named = untitled ? new MentionFinder(g).find(asTitle(fileName)).stream().map(Mention::id).toList() : title;
        return new Voice(voice(g, named), persons.size() == 1 ? persons.iterator().next() : null);
    }

    /** A file name read as a title: {@code 002_paris_call_2018_en.txt} as "002 paris call 2018 en". */
    static String asTitle(String fileName) {
        String base = fileName.replaceFirst("(\\.claims)?(\\.draft)?\\.[A-Za-z0-9]+$", "");
        return base.replaceAll("[_.\\-]+", " ").strip();
    }

    private static String voice(Gazetteer g, List<String> title) {
        Set<String> actors = title.stream().filter(id -> g.kind(id) == Gazetteer.Kind.ACTOR).collect(Collectors.toCollection(LinkedHashSet::new));
        if (actors.size() == 1) return actors.iterator().next();
        if (actors.size() > 1) return null;
        Set<String> instruments = title.stream().filter(id -> g.kind(id) == Gazetteer.Kind.ABOUT).collect(Collectors.toSet());
        Set<String> adopters = instruments.stream().map(g.adoptedBy()::get).filter(a -> a != null).collect(Collectors.toSet());
        if (adopters.size() == 1) return adopters.iterator().next();
        Set<String> keys = g.names().stream().filter(n -> instruments.contains(n.id())).map(n -> Folded.key(n.label()))
                .filter(k -> k.length() >= 4).collect(Collectors.toSet());
        Set<String> groups = g.names().stream()
                .filter(n -> g.kind(n.id()) == Gazetteer.Kind.ACTOR && keys.stream().anyMatch(k -> Folded.key(n.label()).contains(k)))
                .map(Gazetteer.Name::id).collect(Collectors.toSet());
        return groups.size() == 1 ? groups.iterator().next() : null;
    }

    static int titleEnd(String text) {
        int at = 0;
        for (String line : text.split("\n", -1)) {
            int w = 0;
            for (char c : line.strip().toCharArray()) w += c >= 0x2E80 ? 2 : 1;
            if (w > TITLE_WIDTH || at + line.length() > TITLE_CHARS) break;
            at += line.length() + 1;
        }
        return Math.min(at, text.length());
    }
}
