package org.normgraph.web.matrix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.normgraph.ontology.NG;
import org.normgraph.web.GraphQueries;

/**
 * The keys of every position — actor and its classes, norm or instrument, stance, hedged, events,
 * sources and their kinds — read once per dataset version ({@code stance-keys.rq}: one scan per
 * predicate, joined here) with the names of everything they point at ({@code stance-labels.rq}).
 * The matrix's rankings and the network are counted from it, so neither re-reads the positions
 * of the whole corpus on a request; only a matrix page's cells are looked up in the store.
 *
 * <pre>{@code StanceTable t = StanceTable.of(queries);
 * t.matching(filters)   // the positions the filters select, each with the class it is shown as}</pre>
 */
public final class StanceTable {
    /**
     * One position's keys (IRIs; events may be several; {@code docs} the source of each of its quotes;
     * {@code evidence} the key of each of those quotes, as {@code key} identifies the position;
     * {@code date} the earliest ng:date's lexical form or null; {@code key} identifies it in the
     * store, {@link #iri} gives its IRI). A position without a stance or a quote counts among the
     * filter options but is not shown.
     */
    public record Position(Object key, String actor, String about, String stance, boolean hedged, String date, List<String> events,
                           List<String> speakers, List<String> docs, List<Object> evidence) {
        /** The order of positions within a cell of the matrix: undated first, then by date (ISO text), then as the store lists them. */
        static final java.util.Comparator<Position> ORDER = java.util.Comparator.comparing(Position::date,
                java.util.Comparator.nullsFirst(java.util.Comparator.<String>naturalOrder()));
    }

    /** A position the filters select, with the actor class it is counted under (the first matching one by IRI). */
    public record Match(Position position, String actorClass) {}

    private final List<Position> positions;
    private final Map<String, List<String>> classes;
    private final Map<String, Set<String>> supers;
    private final Map<String, Set<String>> kinds;
    private final Labels labels;
    private final java.util.function.Function<Object, String> iris;
    private final Sources sources;
    private volatile Map<String, List<Position>> involving;

    /** Which sources are primary and the date each states for itself (dcterms:date), by IRI. */
    public record Sources(Set<String> primary, Map<String, String> dates) {}

    StanceTable(List<Position> positions, Map<String, List<String>> classes, Map<String, Set<String>> supers,
                Map<String, Set<String>> kinds, Labels labels, java.util.function.Function<Object, String> iris, Sources sources) {
        this.positions = List.copyOf(positions);
        this.classes = classes;
        this.supers = supers;
        this.kinds = kinds;
        this.labels = labels;
        this.iris = iris;
        this.sources = sources;
    }

    public Sources sources() { return sources; }

    /** The positions an entity takes part in, as actor, norm or instrument, event or speaker (each once). */
    public List<Position> involving(String iri) {
        if (involving == null) {
            Map<String, List<Position>> m = new HashMap<>();
            for (Position p : positions) {
                Set<String> who = new java.util.LinkedHashSet<>();
                who.add(p.actor());
                who.add(p.about());
                who.addAll(p.events());
                who.addAll(p.speakers());
                for (String w : who) m.computeIfAbsent(w, k -> new ArrayList<>()).add(p);
            }
            involving = m;
        }
        return involving.getOrDefault(iri, List.of());
    }

    /** The text of any key this table holds (a position's or a quote's IRI), looked up in the store. */
    public String text(Object key) { return iris.apply(key); }

    /** A page of {@link #listed} positions as rows (pos, actor, about, their names, date). */
    public List<org.normgraph.web.Row> rows(List<Position> page, org.normgraph.web.Paths paths) {
        return page.stream().map(p -> StanceRows.listed(this, p, paths)).toList();
    }

    /** Whether the position's actor or norm or instrument is named with the text (lower case) in either language. */
    public boolean names(Position p, String needle) {
        return needle.isEmpty() || (name(p.actor()) + " " + name(p.about())).toLowerCase(java.util.Locale.ROOT).contains(needle);
    }

    private String name(String iri) {
        String en = labels.en().get(iri), zh = labels.zh().get(iri);
        String slug = iri.substring(iri.lastIndexOf('/') + 1);
        return (en != null ? en : zh != null ? zh : slug) + " " + (zh != null ? zh : en != null ? en : slug);
    }

    /** The IRI of a position of this table (looked up in the store). */
    public String iri(Position p) { return iris.apply(p.key()); }

    /** The table of the current dataset version (computed on the first call after a load or update). */
    public static StanceTable of(GraphQueries q) {
        return q.perVersion("stance-table", StanceTableReader::read);
    }

    public Labels labels() { return labels; }

    List<Position> positions() { return positions; }

    /** The actor's normgraph classes other than ng:Actor, by IRI. */
    List<String> classesOf(String actor) { return classes.getOrDefault(actor, List.of()); }

    Set<String> kindsOf(String doc) { return kinds.getOrDefault(doc, Set.of()); }

    private volatile Map<String, List<org.normgraph.web.Row>> options;
    private volatile List<Position> listed;

    /**
     * Every shown position of any actor, in the order of the positions list: by the actor's English
     * name, the norm's or instrument's, the date (undated first), then as the store lists them.
     */
    public List<Position> listed() {
        if (listed == null) {
            java.util.Comparator<String> byName = java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder());
            MatrixFilters every = new MatrixFilters(MatrixFilters.ALL, null, null, null, null, null, Map.of());
            listed = matching(every).stream().map(Match::position)
                    .sorted(java.util.Comparator.comparing((Position p) -> labels.en().get(p.actor()), byName)
                            .thenComparing(p -> labels.en().get(p.about()), byName).thenComparing(Position.ORDER)).toList();
        }
        return listed;
    }

    /** The filter values on offer by kind (actorType, event, about, source, sourceKind), each with its number of positions, by English name. */
    public Map<String, List<org.normgraph.web.Row>> options(org.normgraph.web.Paths paths) {
        if (options == null) options = StanceRows.options(this, paths);
        return options;
    }

    public int size() { return positions.size(); }

    /** The positions the filters select, undated first, then by date and IRI. */
    public List<Match> matching(MatrixFilters f) {
        String type = NG.NS + (f.actorType() == null || MatrixFilters.ALL.equals(f.actorType()) ? "Actor" : f.actorType());
        String stance = f.stance() == null ? null : NG.NS + f.stance();
        List<Match> out = new ArrayList<>();
        for (Position p : positions) {
            if (p.stance() == null || p.docs().isEmpty()) continue;
            if (stance != null && !stance.equals(p.stance())) continue;
            if (f.about() != null && !f.about().equals(local(p.about()))) continue;
            if (f.event() != null && p.events().stream().noneMatch(e -> f.event().equals(local(e)))) continue;
            if ((f.source() != null || f.sourceKind() != null) && p.docs().stream().noneMatch(d -> fromSource(d, f))) continue;
            String shown = actorClass(p.actor(), type, f.actorType() == null);
            if (shown != null) out.add(new Match(p, shown));
        }
        return out;
    }

    private boolean fromSource(String doc, MatrixFilters f) {
        return (f.source() == null || f.source().equals(local(doc)))
                && (f.sourceKind() == null || kinds.getOrDefault(doc, Set.of()).stream().anyMatch(k -> f.sourceKind().equals(local(k))));
    }

    /** The first class of the actor (by IRI) that is a normgraph class other than ng:Actor under {@code type}, else null. */
    private String actorClass(String actor, String type, boolean defaults) {
        for (String c : classes.getOrDefault(actor, List.of())) {
            if (!supers.getOrDefault(c, Set.of(c)).contains(type)) continue;
            if (defaults && !MatrixFilters.DEFAULT_TYPES.contains(local(c))) continue;
            return c;
        }
        return null;
    }

    /** One axis of the matrix: every actor ({@code "actor"}) or norm and instrument ({@code "about"}) the matches have, most positions first, ties by IRI. */
    public static List<Ranked> rank(List<Match> matches, String axis) {
        Map<String, Set<Object>> positions = new HashMap<>();
        Map<String, String> classOf = new HashMap<>();
        for (Match m : matches) {
            String item = axis.equals("about") ? m.position().about() : m.position().actor();
            positions.computeIfAbsent(item, k -> new HashSet<>()).add(m.position().key());
            classOf.merge(item, m.actorClass(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        return positions.entrySet().stream().map(e -> new Ranked(e.getKey(), classOf.get(e.getKey()), e.getValue().size()))
                .sorted(java.util.Comparator.comparingInt(Ranked::positions).reversed().thenComparing(Ranked::iri)).toList();
    }

    /** An item of an axis, the class its actor is shown as, and its number of positions. */
    public record Ranked(String iri, String actorClass, int positions) {}

    static String local(String iri) {
        return iri == null ? null : iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    /** The names of the table's actors, norms, instruments, stances and classes, in Chinese and English (null where there is none). */
    public record Labels(Map<String, String> zh, Map<String, String> en, Map<String, org.apache.jena.rdf.model.RDFNode> nodes) {
        public Labels(Map<String, String> zh, Map<String, String> en) {
            this(Map.copyOf(zh), Map.copyOf(en), new java.util.concurrent.ConcurrentHashMap<>());
        }

        /** The name as a literal in that language, or null (made once per name). */
        public org.apache.jena.rdf.model.RDFNode node(String iri, String lang) {
            String s = (lang.equals("zh") ? zh : en).get(iri);
            return s == null ? null : nodes.computeIfAbsent(lang + " " + iri, k -> org.apache.jena.rdf.model.ResourceFactory.createLangLiteral(s, lang));
        }

        /** The IRI as a resource (made once per IRI). */
        public org.apache.jena.rdf.model.RDFNode resource(String iri) {
            return nodes.computeIfAbsent(iri, org.apache.jena.rdf.model.ResourceFactory::createResource);
        }
    }
}
