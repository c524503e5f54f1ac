package org.normgraph.suggest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.normgraph.claims.Specs;
import org.normgraph.source.QuoteLocator;
import org.normgraph.source.Utf8Files;

/**
 * How good the suggestions are, measured on the curated sources: for each source, the draft made
 * with the full gazetteer and with the gazetteer of the other sources only (leave one source out) is
 * compared with the curated claims; a third run gives the full gazetteer and the voice ("we") a
 * curator would give with {@code --voice}. A curated position is found when a candidate has its actor and a
 * quote overlapping its quote; mention recall and precision compare the entities found with those the
 * claims file declares or refers to (instrument parts left out: they are structure, not names).
 *
 * <pre>{@code List<Quality.Row> rows = Quality.measure(files);}</pre>
 */
public final class Quality {
    /** One source under one gazetteer: counts from which the rates follow. */
    public record Row(String source, String mode, int positions, int found, int candidates,
                      int gold, int mentioned, int correct) {
        public double positionRecall() { return positions == 0 ? Double.NaN : (double) found / positions; }
        public double candidatesPerPosition() { return positions == 0 ? Double.NaN : (double) candidates / positions; }
        public double mentionRecall() { return gold == 0 ? Double.NaN : (double) correct / gold; }
        public double mentionPrecision() { return mentioned == 0 ? Double.NaN : (double) correct / mentioned; }

        Row plus(Row o) {
            return new Row("all", mode, positions + o.positions, found + o.found, candidates + o.candidates,
                    gold + o.gold, mentioned + o.mentioned, correct + o.correct);
        }
    }

    public static final String FULL = "full", VOICE = "full+voice", LOO = "leave-one-out";
    private static final Set<String> PART_TYPES = Set.of("Preamble", "Chapter", "InstrumentSection", "InstrumentTitle",
            "Article", "Principle", "InstrumentPart");

    private Quality() {}

    /** Rows per source and mode, then the totals of each mode (source "all"). */
    public static List<Row> measure(List<Specs.File> files) {
        List<Row> rows = new ArrayList<>();
        for (String mode : List.of(FULL, VOICE, LOO)) {
            Row total = new Row("all", mode, 0, 0, 0, 0, 0, 0);
            for (Specs.File f : files) {
                Gazetteer g = !mode.equals(LOO) ? ClaimsGazetteer.of(files)
                        : ClaimsGazetteer.of(files, o -> !o.source().id().equals(f.source().id()));
                Row r = row(f, mode, g, files);
                rows.add(r);
                total = total.plus(r);
            }
            rows.add(total);
        }
        return rows;
    }

    static Row row(Specs.File f, String mode, Gazetteer g, List<Specs.File> files) {
        String text = Utf8Files.read(f.textPath());
        Draft d = Suggester.suggest(f.textPath(), text, g, mode, mode.equals(VOICE) ? givenVoice(f) : null);
        QuoteLocator loc = new QuoteLocator(text);
        int found = 0;
        for (Specs.Position p : f.positions()) {
            List<QuoteLocator.Span> spans = loc.find(p.quote().exact(), p.quote().prefix(), p.quote().suffix());
            boolean hit = d.suggestions().stream().anyMatch(s -> s.actor().equals(p.actor())
                    && spans.stream().anyMatch(sp -> s.overlaps(sp.start(), sp.end())));
            if (hit) found++;
        }
        Set<String> gold = gold(f, files);
        Set<String> mentioned = new HashSet<>();
        d.mentions().forEach(m -> mentioned.add(m.id()));
        d.described().forEach(m -> mentioned.add(m.id()));
        Set<String> correct = new HashSet<>(mentioned);
        correct.retainAll(gold);
        return new Row(f.source().id(), mode, f.positions().size(), found, d.suggestions().size(), gold.size(), mentioned.size(), correct.size());
    }

    /**
     * The voice a curator gives with {@code --voice} for mode {@value #VOICE}: the actor of most of the
     * source's curated positions (one id per source, typed once; nothing else of the curation is used).
     */
    static String givenVoice(Specs.File f) {
        java.util.Map<String, Long> n = new java.util.TreeMap<>();
        f.positions().forEach(p -> n.merge(p.actor(), 1L, Long::sum));
        return n.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).orElse(null);
    }

    /** The entities a claims file declares or refers to, instrument parts left out. */
    static Set<String> gold(Specs.File f, List<Specs.File> files) {
        Set<String> parts = new HashSet<>();
        for (Specs.File o : files) o.entities().stream().filter(e -> PART_TYPES.contains(e.type())).forEach(e -> parts.add(e.id()));
        Set<String> ids = new HashSet<>();
        for (Specs.Entity e : f.entities()) {
            ids.add(e.id());
            e.facts().stream().filter(x -> x.object() != null).forEach(x -> ids.add(x.object()));
        }
        for (Specs.Position p : f.positions()) {
            ids.add(p.actor());
            ids.add(p.about());
            if (p.statedAt() != null) ids.add(p.statedAt());
            if (p.statedBy() != null) ids.add(p.statedBy());
        }
        for (Specs.SubjectFact sf : f.facts()) {
            ids.add(sf.subject());
            if (sf.fact().object() != null) ids.add(sf.fact().object());
        }
        Set<String> works = new HashSet<>();
        f.works().forEach(w -> works.add(w.id()));
        ids.removeAll(parts);
        ids.removeAll(works);
        ids.remove(f.source().id());
        return ids;
    }
}
