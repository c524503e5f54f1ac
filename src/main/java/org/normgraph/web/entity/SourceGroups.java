package org.normgraph.web.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.normgraph.web.Paging;
import org.normgraph.web.Row;

/**
 * One page of an entity's evidence by source: for each source document on the page (in the order
 * of the rows: primary sources first, then by date), its positions grouped by norm or instrument,
 * or its facts; and, where two sources speak on the same actor and the same norm or instrument,
 * their positions side by side with whether the stances agree ({@link #crossSource}).
 *
 * <pre>{@code SourceGroups g = SourceGroups.of(positionRows, List.of(), paging);
 * g.groups().getFirst().head().str("doc")   // the primary source, e.g. …/source/russia-2013-basic-principles
 * SourceGroups.crossSource(rows).getFirst().agree()   // true: both sources give Russia the same stance}</pre>
 */
public record SourceGroups(List<Group> groups, Paging paging) {

    /** What one source says: {@code head} is any of its rows (doc, doc_zh/en, docDate, primary, kind). */
    public record Group(Row head, Map<String, List<Row>> positions, List<Row> factsOut, List<Row> factsIn) {
        public boolean primary() { return head.isTrue("primary"); }
    }

    /** Two or more sources on one actor and one norm or instrument; {@code rows} in source order. */
    public record CrossSource(Row first, List<Row> rows, boolean agree) {
        public List<Row> bySource(String doc) { return rows.stream().filter(r -> doc.equals(r.str("doc"))).toList(); }

        public List<Row> sources() {
            Map<String, Row> out = new LinkedHashMap<>();
            for (Row r : rows) out.putIfAbsent(r.str("doc"), r);
            return List.copyOf(out.values());
        }

        String key() { return first.str("actor") + " " + first.str("about"); }
    }

    /** Primary first, then the older source, then by English title. */
    static final Comparator<Row> SOURCE_ORDER = Comparator.<Row, Boolean>comparing(r -> !r.isTrue("primary"))
            .thenComparing(r -> r.str("docDate"), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> Objects.toString(r.label("doc", "en"), ""));
    /** Within one source, by position and quote: the same order whatever order the store gives the rows in. */
    static final Comparator<Row> QUOTE_ORDER = SOURCE_ORDER.thenComparing(r -> Objects.toString(r.str("doc"), ""))
            .thenComparing(r -> Objects.toString(r.str("pos"), "")).thenComparing(r -> Objects.toString(r.str("ev"), ""));

    /**
     * The rows of one page by source, in the order the rows come: positions (rows with {@code ?pos})
     * grouped by norm or instrument, facts (rows with {@code ?dir}) outgoing and incoming.
     */
    public static SourceGroups of(List<Row> positionRows, List<Row> factRows, Paging paging) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (List<Row> rows : List.of(positionRows, factRows)) {
            for (Row r : rows) {
                Group g = groups.computeIfAbsent(r.str("doc"), k -> new Group(r, new LinkedHashMap<>(), new ArrayList<>(), new ArrayList<>()));
                if (rows == positionRows) g.positions().computeIfAbsent(r.str("about"), k -> new ArrayList<>()).add(r);
                else ("out".equals(r.str("dir")) ? g.factsOut() : g.factsIn()).add(r);
            }
        }
        return new SourceGroups(List.copyOf(groups.values()), paging);
    }

    /** Actor and norm pairs on which at least two different positions from different sources speak. */
    public static List<CrossSource> crossSource(List<Row> positionRows) {
        return crossSource(positionRows, false);
    }

    /**
     * Actor and norm pairs on which two sources speak; with {@code samePosition}, also one position
     * that both sources quote (two expressions of one text agree on it).
     */
    public static List<CrossSource> crossSource(List<Row> positionRows, boolean samePosition) {
        Map<String, List<Row>> byPair = new LinkedHashMap<>();
        for (Row r : positionRows) byPair.computeIfAbsent(r.str("actor") + " " + r.str("about"), k -> new ArrayList<>()).add(r);
        List<CrossSource> out = new ArrayList<>();
        for (List<Row> rows : byPair.values()) {
            Map<String, Set<String>> positionsBySource = new LinkedHashMap<>();
            for (Row r : rows) positionsBySource.computeIfAbsent(r.str("doc"), k -> new LinkedHashSet<>()).add(r.str("pos"));
            Set<String> positions = new LinkedHashSet<>();
            positionsBySource.values().forEach(positions::addAll);
            if (positionsBySource.size() < 2 || (positions.size() < 2 && !samePosition)) continue;
            List<Row> sorted = rows.stream().sorted(QUOTE_ORDER).toList();
            boolean agree = rows.stream().map(r -> r.str("stance")).distinct().count() == 1;
            out.add(new CrossSource(sorted.getFirst(), sorted, agree));
        }
        return List.copyOf(out);
    }
}
