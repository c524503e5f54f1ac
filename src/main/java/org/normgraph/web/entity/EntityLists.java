package org.normgraph.web.entity;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.normgraph.web.GraphQueries;
import org.normgraph.web.Paging;
import org.normgraph.web.Row;
import org.normgraph.web.matrix.StanceTable;

/**
 * The long lists of an entity page, each a page at a time with its own parameters (default size,
 * largest size): the quotes that name the entity ({@code epage}, {@code esize}: 20, 200), its
 * positions by source ({@code page}, {@code size}: 100, 500), where sources meet on one actor and
 * norm ({@code xpage}, {@code xsize}: 10 pairs, 100), its facts by source ({@code fpage},
 * {@code fsize}: 100, 500) and, on an actor's page, who shares or opposes its stances, by norm or
 * instrument ({@code apage}, {@code asize}: 20 norms, 100). Each page is counted by one query and
 * read by another with OFFSET and LIMIT (the positions, from the stance table in memory:
 * {@link EntityPositions}), so that its work follows the entity's own data and the page's size; a
 * page or size out of range is a 400 naming the allowed range.
 *
 * <pre>{@code EntityLists l = EntityLists.load(ctx, queries, view);   // /id/russia?size=10&page=2
 * l.positions().paging().nextUrl()   // "/id/russia?size=10&page=3"}</pre>
 */
public record EntityLists(Section<Row> evidence, SourceGroups positions, Section<SourceGroups.CrossSource> crossSource,
                          SourceGroups facts, Section<Alignment> alignment) {
    static final KeyedPage POSITIONS = new KeyedPage("entity/positions-keys", "entity/positions-detail", List.of("pos", "ev"));
    static final KeyedPage FACTS = new KeyedPage("entity/facts-keys", "entity-facts", List.of("c", "ev"));

    /** One page of a list and its paging. */
    public record Section<T>(List<T> items, Paging paging) {
        public Section { items = List.copyOf(items); }
    }

    /** Who shares ({@code shares}) and who opposes ({@code opposes}) the actor's stance on one norm or instrument. */
    public record Alignment(Row about, List<Row> shares, List<Row> opposes) {}

    public static EntityLists load(Context ctx, GraphQueries q, EntityView view) {
        Map<String, Node> s = Map.of("s", NodeFactory.createURI(view.iri()));
        Paging ep = Paging.of(ctx, q.count("entity/evidence-count", s), "epage", "esize", 20, 200);
        Section<Row> evidence = new Section<>(ep.total() == 0 ? List.of() : q.page("entity-evidence", s, ep.offset(), ep.size()), ep);
        SourceGroups positions;
        if (view.hasType("Position")) {
            Paging pp = Paging.of(ctx, q.count("entity/positions-count", s));
            positions = SourceGroups.of(POSITIONS.rows(q, s, pp), List.of(), pp);
        } else {
            EntityPositions involved = EntityPositions.of(q, view.iri());
            Paging pp = Paging.of(ctx, involved.total());
            positions = SourceGroups.of(involved.rows(q, s, pp), List.of(), pp);
        }
        Paging fp = Paging.of(ctx, q.count("entity/facts-count", s), "fpage", "fsize", 100, 500);
        SourceGroups facts = SourceGroups.of(List.of(), FACTS.rows(q, s, fp), fp);
        return new EntityLists(evidence, positions, crossSource(ctx, q, s, view), facts, alignment(ctx, q, s, view));
    }

    /**
     * The pairs of one page of "where sources meet": an actor and a norm or instrument on which more
     * than one position from more than one source involve the entity, by the norm's and the actor's
     * English names (from the stance table; on a position's own page, cross-source-pairs.rq).
     */
    private static Section<SourceGroups.CrossSource> crossSource(Context ctx, GraphQueries q, Map<String, Node> s, EntityView view) {
        List<List<Node>> all = view.hasType("Position") ? null : pairs(StanceTable.of(q), view.iri());
        Paging xp = Paging.of(ctx, all != null ? all.size() : q.count("entity/cross-source-count", s), "xpage", "xsize", 10, 100);
        if (xp.total() == 0) return new Section<>(List.of(), xp);
        List<List<Node>> pairs = new ArrayList<>();
        if (all != null) pairs.addAll(xp.slice(all));
        else for (Row r : q.page("entity/cross-source-pairs", s, xp.offset(), xp.size())) {
            pairs.add(List.of(r.values().get("actor").asNode(), r.values().get("about").asNode()));
        }
        List<String> order = pairs.stream().map(p -> p.get(0).getURI() + " " + p.get(1).getURI()).toList();
        List<SourceGroups.CrossSource> shown = SourceGroups.crossSource(q.select("entity/cross-source-rows", s, List.of("actor", "about"), pairs))
                .stream().sorted(Comparator.comparingInt(c -> order.indexOf(c.key()))).toList();
        return new Section<>(shown, xp);
    }

    /** Every (actor, about) pair where sources meet among the positions involving the entity, in the page's order. */
    static List<List<Node>> pairs(StanceTable t, String iri) {
        Map<List<String>, java.util.Set<Object>> positions = new LinkedHashMap<>();
        Map<List<String>, java.util.Set<String>> docs = new LinkedHashMap<>();
        for (StanceTable.Position p : t.involving(iri)) {
            if (p.docs().isEmpty()) continue;
            List<String> key = List.of(p.actor(), p.about());
            positions.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(p.key());
            docs.computeIfAbsent(key, k -> new java.util.HashSet<>()).addAll(p.docs());
        }
        Comparator<String> nullsFirst = Comparator.nullsFirst(Comparator.naturalOrder());
        return positions.keySet().stream().filter(k -> positions.get(k).size() > 1 && docs.get(k).size() > 1)
                .sorted(Comparator.comparing((List<String> k) -> t.labels().en().get(k.get(1)), nullsFirst)
                        .thenComparing(k -> t.labels().en().get(k.get(0)), nullsFirst)
                        .thenComparing(k -> k.get(1)).thenComparing(k -> k.get(0)))
                .map(k -> List.<Node>of(NodeFactory.createURI(k.get(0)), NodeFactory.createURI(k.get(1)))).toList();
    }

    /**
     * On an actor's page, one page of the norms and instruments it speaks on (by English name), each
     * with who shares and who opposes its stance (by relation, then name), counted from the stance
     * table in memory: the work follows the actor's norms, not the corpus.
     */
    private static Section<Alignment> alignment(Context ctx, GraphQueries q, Map<String, Node> s, EntityView view) {
        StanceTable t = view.isActor() ? StanceTable.of(q) : null;
        List<String> abouts = t == null ? List.of() : t.involving(view.iri()).stream()
                .filter(p -> p.actor().equals(view.iri())).map(StanceTable.Position::about).distinct()
                .sorted(Comparator.comparing((String a) -> t.labels().en().get(a), Comparator.nullsFirst(Comparator.<String>naturalOrder()))
                        .thenComparing(Comparator.naturalOrder())).toList();
        Paging ap = Paging.of(ctx, abouts.size(), "apage", "asize", 20, 100);
        if (ap.total() == 0) return new Section<>(List.of(), ap);
        List<Alignment> out = new ArrayList<>();
        for (String about : ap.slice(abouts)) out.add(alignment(t, view.iri(), about, q.paths()));
        return new Section<>(out, ap);
    }

    /** Who shares and who opposes the actor's stance on one norm or instrument (an actor whose stances differ on it is on both sides). */
    private static Alignment alignment(StanceTable t, String actor, String about, org.normgraph.web.Paths paths) {
        List<StanceTable.Position> on = t.involving(about).stream().filter(p -> p.about().equals(about) && p.stance() != null).toList();
        java.util.Set<Boolean> mine = new java.util.HashSet<>();
        on.stream().filter(p -> p.actor().equals(actor)).forEach(p -> mine.add(pro(p)));
        java.util.Set<String> shares = new java.util.TreeSet<>(), opposes = new java.util.TreeSet<>();
        for (StanceTable.Position p : on) {
            if (p.actor().equals(actor)) continue;
            for (boolean m : mine) (m == pro(p) ? shares : opposes).add(p.actor());
        }
        Comparator<Row> byName = Comparator.comparing((Row r) -> t.labels().en().get(r.str("other")), Comparator.nullsFirst(Comparator.<String>naturalOrder()))
                .thenComparing(r -> r.str("other"));
        return new Alignment(row(t, paths, about, "about", null),
                shares.stream().map(o -> row(t, paths, about, "other", o)).sorted(byName).toList(),
                opposes.stream().map(o -> row(t, paths, about, "other", o)).sorted(byName).toList());
    }

    private static boolean pro(StanceTable.Position p) {
        return p.stance().endsWith("#Supports") || p.stance().endsWith("#Proposes");
    }

    /** A row with ?about (and ?other, when given) and their names, as the templates read them. */
    private static Row row(StanceTable t, org.normgraph.web.Paths paths, String about, String var, String other) {
        Map<String, org.apache.jena.rdf.model.RDFNode> m = new java.util.HashMap<>();
        for (String[] v : new String[][] {{"about", about}, {"other", other}}) {
            if (v[1] == null) continue;
            m.put(v[0], t.labels().resource(v[1]));
            for (String lang : List.of("zh", "en")) {
                var label = t.labels().node(v[1], lang);
                if (label != null) m.put(v[0] + "_" + lang, label);
            }
        }
        return new Row(m, paths);
    }

    /** Each actor that shares or opposes one of the actor's stances on this page, once (those who oppose first), for "compare with". */
    public List<Row> comparables() {
        Map<String, Row> out = new LinkedHashMap<>();
        for (Alignment a : alignment.items()) for (Row r : a.opposes()) out.putIfAbsent(r.str("other"), r);
        for (Alignment a : alignment.items()) for (Row r : a.shares()) out.putIfAbsent(r.str("other"), r);
        return List.copyOf(out.values());
    }
}
