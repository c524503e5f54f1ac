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
 * An entity page's evidence by source: for each source document that says something about the
 * entity (primary sources first, then by date), its positions grouped by norm or instrument and
 * its facts; and, where two sources speak on the same actor and the same norm or instrument, their
 * positions side by side with whether the stances agree.
 *
 * <pre>{@code SourceGroups g = SourceGroups.of(view);
 * g.groups().getFirst().head().str("doc")   // the primary source, e.g. …/source/russia-2013-basic-principles
 * g.crossSource().getFirst().agree()        // true: both sources give Russia the same stance}</pre>
 */
public record SourceGroups(List<Group> groups, List<CrossSource> crossSource, Paging paging) {

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
    }

    /** Primary first, then the older source, then by English title. */
    static final Comparator<Row> SOURCE_ORDER = Comparator.<Row, Boolean>comparing(r -> !r.isTrue("primary"))
            .thenComparing(r -> r.str("docDate"), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> Objects.toString(r.label("doc", "en"), ""));

    /** Every position and fact of the entity. */
    public static SourceGroups of(EntityView view) {
        return of(view, null);
    }

    /**
     * The entity's positions of one page ({@code paging} over the quotes in source order: primary
     * sources first, then by norm or instrument; null for all) and all its facts, by source.
     */
    public static SourceGroups of(EntityView view, Paging paging) {
        List<Row> positionRows = new ArrayList<>();
        view.positions().values().forEach(positionRows::addAll);
        Map<String, Row> heads = new LinkedHashMap<>();
        for (List<Row> rows : List.of(positionRows, view.factsOut(), view.factsIn())) {
            for (Row r : rows) heads.putIfAbsent(r.str("doc"), r);
        }
        List<Row> ordered = new ArrayList<>();
        List<Row> sortedHeads = heads.values().stream().sorted(SOURCE_ORDER).toList();
        for (Row head : sortedHeads) {
            for (Row r : positionRows) if (head.str("doc").equals(r.str("doc"))) ordered.add(r);
        }
        List<Row> shown = paging == null ? ordered : paging.slice(ordered);
        List<Group> groups = new ArrayList<>();
        for (Row head : sortedHeads) {
            String doc = head.str("doc");
            Map<String, List<Row>> positions = new LinkedHashMap<>();
            for (Row r : shown) {
                if (doc.equals(r.str("doc"))) positions.computeIfAbsent(r.str("about"), k -> new ArrayList<>()).add(r);
            }
            groups.add(new Group(head, positions, ofDoc(view.factsOut(), doc), ofDoc(view.factsIn(), doc)));
        }
        return new SourceGroups(List.copyOf(groups), crossSource(positionRows), paging);
    }

    /** How many quotes of positions the entity has in all. */
    public static int positionCount(EntityView view) {
        return view.positions().values().stream().mapToInt(List::size).sum();
    }

    private static List<Row> ofDoc(List<Row> rows, String doc) {
        return rows.stream().filter(r -> doc.equals(r.str("doc"))).toList();
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
            List<Row> sorted = rows.stream().sorted(SOURCE_ORDER).toList();
            boolean agree = rows.stream().map(r -> r.str("stance")).distinct().count() == 1;
            out.add(new CrossSource(sorted.getFirst(), sorted, agree));
        }
        return List.copyOf(out);
    }
}
