package org.normgraph.claims;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The curated claims of one source as read from its claims file, before they become RDF. Each
 * value remembers the file and line it came from, so later checks can point at it.
 */
public final class Specs {
    private Specs() {}

    /** Where a claim was written. */
    public record Where(Path file, int line) {
        @Override public String toString() { return file + ":" + line; }
    }

    /** A text in Chinese and English; either may be null where optional. */
    public record LangText(String zh, String en) {
        public boolean complete() { return zh != null && en != null; }
    }

    /**
     * The words of the source that support a claim, optional context to pick one occurrence, the
     * curated translation into the other UI language (normgraph's, not the source's words) and,
     * for a quote shorter than a clause, the curator's reason why it is enough.
     */
    public record Quote(String exact, String prefix, String suffix, String translation, String shortReason, int line) {
        public Quote {
            Objects.requireNonNull(exact, "exact");
        }

        public Quote(String exact, String prefix, String suffix, int line) {
            this(exact, prefix, suffix, null, null, line);
        }
    }

    /**
     * A relation ({@code object} is an id) or attribute ({@code value}) of an entity, with evidence;
     * {@code valueAt} is where the value itself is written.
     */
    public record Fact(String property, String object, Object value, String qualifier, boolean hedged,
                       Quote quote, Where where, Where valueAt) {}

    /**
     * An entity; for a part of an instrument (type {@code Article}, {@code Chapter}, …) also the id of
     * its instrument or enclosing part ({@code partOf}) and its number as written ({@code number}).
     */
    public record Entity(String id, String type, LangText label, Map<String, List<String>> altLabels,
                         LangText comment, Quote quote, List<Fact> facts, Where where, String partOf, String number) {
        public Entity {
            facts = List.copyOf(facts);
        }

        public Entity(String id, String type, LangText label, Map<String, List<String>> altLabels,
                      LangText comment, Quote quote, List<Fact> facts, Where where) {
            this(id, type, label, altLabels, comment, quote, facts, where, null, null);
        }
    }

    /** A stance of an actor; {@code dateAt} is where its date is written. */
    public record Position(String id, String actor, String stance, String about, String statedAt,
                           String statedBy, String date, boolean hedged, LangText note, Quote quote, Where where,
                           Where dateAt) {}

    /** A work the source cites; {@code yearAt} is where its year is written. */
    public record Work(String id, Integer footnote, List<String> creators, String title, String venue,
                       String year, String url, LangText label, Quote quote, Where where, Where yearAt) {}

    /**
     * The source document: its id, title, creators, language and evidence, and what kind of document
     * it is ({@code kind}, {@code primary}), with its date, place, adopting body and origin where known;
     * {@code expressionOf} names the instrument it is one text (language version) of, and
     * {@code authentic} says it is that instrument's authentic original.
     */
    public record Source(String id, LangText title, List<String> creators, String language, Quote quote, Where where,
                         String kind, Boolean primary, String date, String place, String adoptedBy, String origin,
                         String expressionOf, boolean authentic) {
        public Source(String id, LangText title, List<String> creators, String language, Quote quote, Where where) {
            this(id, title, creators, language, quote, where, null, null, null, null, null, null, null, false);
        }
    }

    /**
     * A fact declared in another claims file, named by subject, property and object id or value
     * (the value as written there, e.g. "2018-11-12").
     */
    public record FactRef(String subject, String property, String object, String value, Where where) {
        public FactRef {
            Objects.requireNonNull(where, "where");
        }

        @Override public String toString() {
            return "{s: " + subject + ", p: " + property + (object != null ? ", o: " + object : ", value: " + value) + "}";
        }
    }

    /** A fact this source states about an entity declared in any claims file ({@code subject} is its id). */
    public record SubjectFact(String subject, Fact fact) {
        public SubjectFact {
            Objects.requireNonNull(fact, "fact");
        }
    }

    /**
     * More evidence from this source for a position ({@code position}, its id) or a fact
     * ({@code fact}) declared in another expression of the same instrument: exactly one of the two.
     */
    public record Evidence(String position, FactRef fact, Quote quote, Where where) {
        public Evidence {
            Objects.requireNonNull(where, "where");
        }

        /** What the evidence is for, as written: the position id or the fact. */
        public String target() { return position != null ? position : String.valueOf(fact); }
    }

    /**
     * Everything in one claims file, beside the text file it is about; {@code evidence} is more evidence
     * for what another expression of the same instrument declares (top-level {@code evidence:}),
     * {@code facts} the facts it states about entities declared elsewhere (top-level {@code facts:}).
     */
    public record File(Path path, Path textPath, Source source, List<Entity> entities, List<Position> positions,
                       List<Work> works, List<Evidence> evidence, List<SubjectFact> facts) {
        public File {
            entities = List.copyOf(entities);
            positions = List.copyOf(positions);
            works = List.copyOf(works);
            evidence = List.copyOf(evidence);
            facts = List.copyOf(facts);
        }

        public File(Path path, Path textPath, Source source, List<Entity> entities, List<Position> positions, List<Work> works) {
            this(path, textPath, source, entities, positions, works, List.of(), List.of());
        }
    }
}
