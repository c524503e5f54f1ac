package org.normgraph.web.matrix;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.normgraph.web.Paths;
import org.normgraph.web.Row;

/**
 * {@link StanceTable} entries as the rows the matrix's axes and the network read, with the same
 * variables the store's queries give them ({@code item}, {@code item_zh}, …; {@code actor},
 * {@code actorClass_en}, {@code stance}, …).
 *
 * <pre>{@code Row r = StanceRows.axis(ranked, table.labels(), paths);  r.label("item", "zh")}</pre>
 */
final class StanceRows {
    private StanceRows() {}

    static Row axis(StanceTable.Ranked r, StanceTable.Labels labels, Paths paths) {
        Map<String, RDFNode> m = new HashMap<>();
        named(m, "item", r.iri(), labels);
        named(m, "itemClass", r.actorClass(), labels);
        m.put("n", ResourceFactory.createTypedLiteral(r.positions()));
        return new Row(m, paths);
    }

    static Row position(StanceTable.Match match, StanceTable.Labels labels, Paths paths) {
        StanceTable.Position p = match.position();
        Map<String, RDFNode> m = new HashMap<>();
        named(m, "actor", p.actor(), labels);
        named(m, "actorClass", match.actorClass(), labels);
        named(m, "about", p.about(), labels);
        m.put("stance", labels.resource(p.stance()));
        if (p.hedged()) m.put("hedged", ResourceFactory.createTypedLiteral(true));
        return new Row(m, paths);
    }

    /** A position of the positions list: its IRI (looked up in the store), actor, norm or instrument with their names, and date. */
    static Row listed(StanceTable t, StanceTable.Position p, Paths paths) {
        Map<String, RDFNode> m = new HashMap<>();
        m.put("pos", ResourceFactory.createResource(t.iri(p)));
        named(m, "actor", p.actor(), t.labels());
        named(m, "about", p.about(), t.labels());
        if (p.date() != null) m.put("date", ResourceFactory.createPlainLiteral(p.date()));
        return new Row(m, paths);
    }

    private static void named(Map<String, RDFNode> m, String var, String iri, StanceTable.Labels labels) {
        if (iri == null) return;
        m.put(var, labels.resource(iri));
        for (String lang : new String[] {"zh", "en"}) {
            RDFNode label = labels.node(iri, lang);
            if (label != null) m.put(var + "_" + lang, label);
        }
    }

    /** The filter options by kind: rows of kind, value, its names and n (distinct positions), by English name (unnamed first) and IRI. */
    static Map<String, List<Row>> options(StanceTable t, Paths paths) {
        Map<String, Map<String, Set<Object>>> counts = new HashMap<>();
        for (StanceTable.Position p : t.positions()) {
            t.classesOf(p.actor()).forEach(c -> count(counts, "actorType", c, p));
            p.events().forEach(e -> count(counts, "event", e, p));
            count(counts, "about", p.about(), p);
            for (String d : p.docs()) {
                count(counts, "source", d, p);
                t.kindsOf(d).forEach(k -> count(counts, "sourceKind", k, p));
            }
        }
        Map<String, List<Row>> out = new HashMap<>();
        counts.forEach((kind, values) -> out.put(kind, values.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Set<Object>> e) -> t.labels().en().get(e.getKey()),
                        Comparator.nullsFirst(Comparator.<String>naturalOrder())).thenComparing(Map.Entry::getKey))
                .map(e -> {
                    Map<String, RDFNode> m = new HashMap<>();
                    m.put("kind", ResourceFactory.createStringLiteral(kind));
                    named(m, "value", e.getKey(), t.labels());
                    m.put("n", ResourceFactory.createTypedLiteral(e.getValue().size()));
                    return new Row(m, paths);
                }).toList()));
        return Map.copyOf(out);
    }

    private static void count(Map<String, Map<String, Set<Object>>> counts, String kind, String value, StanceTable.Position p) {
        counts.computeIfAbsent(kind, k -> new HashMap<>()).computeIfAbsent(value, k -> new java.util.HashSet<>()).add(p.key());
    }
}
