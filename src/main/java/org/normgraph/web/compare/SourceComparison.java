package org.normgraph.web.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.normgraph.report.ConsistencyReport;
import org.normgraph.report.Finding;
import org.normgraph.web.Row;
import org.normgraph.web.entity.SourceGroups;

/**
 * Two sources side by side: the actors, norms, instruments and events both speak about and those
 * only one does (by group), where they meet on one actor and one norm (agreeing or differing), and
 * the consistency report's findings between the two.
 *
 * <pre>{@code SourceComparison c = SourceComparison.of(a, b, entitiesA, entitiesB, positions, report);
 * c.shared().get("actors")   // rows for the actors both sources speak about}</pre>
 */
public record SourceComparison(Row a, Row b, Map<String, List<Row>> shared, Map<String, List<Row>> onlyA,
                               Map<String, List<Row>> onlyB, List<SourceGroups.CrossSource> meet, List<Finding> conflicts) {
    public static final List<String> GROUPS = List.of("actors", "norms", "instruments", "events");

    public static SourceComparison of(Row a, Row b, List<Row> entitiesA, List<Row> entitiesB, List<Row> positions,
                                      ConsistencyReport report) {
        Set<String> inA = entitiesA.stream().map(r -> r.str("e")).collect(Collectors.toSet());
        Set<String> inB = entitiesB.stream().map(r -> r.str("e")).collect(Collectors.toSet());
        Map<String, List<Row>> shared = groups(), onlyA = groups(), onlyB = groups();
        for (Row r : entitiesA) (inB.contains(r.str("e")) ? shared : onlyA).get(r.str("group")).add(r);
        for (Row r : entitiesB) if (!inA.contains(r.str("e"))) onlyB.get(r.str("group")).add(r);
        Set<String> docs = Set.of(a.str("s"), b.str("s"));
        List<Finding> conflicts = report.findings().stream()
                .filter(f -> docs.equals(Set.of(f.a().origin().iri(), f.b().origin().iri()))).toList();
        return new SourceComparison(a, b, shared, onlyA, onlyB, SourceGroups.crossSource(positions, true), conflicts);
    }

    private static Map<String, List<Row>> groups() {
        Map<String, List<Row>> m = new LinkedHashMap<>();
        GROUPS.forEach(g -> m.put(g, new ArrayList<>()));
        return m;
    }

    public long agreeing() { return meet.stream().filter(SourceGroups.CrossSource::agree).count(); }

    public long differing() { return meet.size() - agreeing(); }
}
