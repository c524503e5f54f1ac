package org.normgraph.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.system.Txn;
import org.normgraph.query.Sparql;

/**
 * The consistency report for curators: facts that two sources state differently (dates; hosts,
 * places and chairs of one event), one actor's opposite stances on one norm in overlapping periods,
 * and one entity given unrelated classes in two graphs; each side with its source and quote. The
 * checks are the queries in {@code /sparql/report/}.
 *
 * <pre>{@code ConsistencyReport r = ConsistencyReport.of(dataset);
 * r.count("stance")   // opposite stances found}</pre>
 */
public record ConsistencyReport(List<Finding> findings) {
    private static final String NG = "https://normgraph.org/ns#";

    public static ConsistencyReport of(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> new Reader(dsg).read());
    }

    public long count(String kind) { return findings.stream().filter(f -> f.kind().equals(kind)).count(); }

    public List<Finding> ofKind(String kind) { return findings.stream().filter(f -> f.kind().equals(kind)).toList(); }

    public List<String> kinds() { return Finding.KINDS; }

    /** Runs the checks inside one read transaction, naming each resource once. */
    private static final class Reader {
        private final DatasetGraph dsg;
        private final Map<String, Term> terms = new HashMap<>();

        Reader(DatasetGraph dsg) { this.dsg = dsg; }

        ConsistencyReport read() {
            List<Finding> out = new ArrayList<>();
            for (Map<String, RDFNode> r : select("conflicting-dates", Map.of())) {
                out.add(new Finding("date", term(r.get("s")), term(r.get("p")),
                        claimSide(literal(r.get("a")), r.get("evA")), claimSide(literal(r.get("b")), r.get("evB"))));
            }
            for (Map<String, RDFNode> r : select("conflicting-places", Map.of())) {
                out.add(new Finding("place", term(r.get("s")), term(r.get("p")),
                        claimSide(term(r.get("a")), r.get("evA")), claimSide(term(r.get("b")), r.get("evB"))));
            }
            for (Map<String, RDFNode> r : select("opposite-stances", Map.of())) {
                out.add(new Finding("stance", term(r.get("s")), term(r.get("about")),
                        stanceSide(r, "A"), stanceSide(r, "B")));
            }
            for (Map<String, RDFNode> r : select("conflicting-types", Map.of())) {
                Term type = new Term(NG + "type", "类型", "type");
                out.add(new Finding("type", term(r.get("s")), type,
                        new Finding.Side(term(r.get("a")), null, graph(r.get("gA")), quote(r.get("evA"))),
                        new Finding.Side(term(r.get("b")), null, graph(r.get("gB")), quote(r.get("evB")))));
            }
            Map<String, Finding> once = new java.util.LinkedHashMap<>();   // one finding per pair of values, not per pair of quotes
            for (Finding f : out) once.putIfAbsent(f.id(), f);
            return new ConsistencyReport(List.copyOf(once.values()));
        }

        private Finding.Side claimSide(Term value, RDFNode ev) {
            return new Finding.Side(value, null, origin(ev), quote(ev));
        }

        private Finding.Side stanceSide(Map<String, RDFNode> r, String side) {
            RDFNode ev = r.get("ev" + side), when = r.get("when" + side);
            return new Finding.Side(term(r.get("stance" + side)), when == null ? null : when.asLiteral().getLexicalForm(), origin(ev), quote(ev));
        }

        /** The source document of a piece of evidence (also when it has no quote selector). */
        private Term origin(RDFNode ev) {
            Quote q = quote(ev);
            if (q != null) return q.source();
            List<Map<String, RDFNode>> rows = select("evidence-source", Map.of("ev", ev.asNode()));
            return rows.isEmpty() ? new Term(ev.isURIResource() ? ev.asResource().getURI() : "urn:normgraph:unknown-source", null, null)
                    : term(rows.getFirst().get("doc"));
        }

        private Quote quote(RDFNode ev) {
            if (ev == null) return null;
            List<Map<String, RDFNode>> rows = select("evidence", Map.of("ev", ev.asNode()));
            if (rows.isEmpty()) return null;
            Map<String, RDFNode> r = rows.getFirst();
            RDFNode tr = r.get("translation");
            if (r.get("doc") == null || !r.get("doc").isURIResource() || r.get("exact") == null) return null;
            return new Quote(ev.asResource().getURI(), term(r.get("doc")), r.get("primary") != null && r.get("primary").asLiteral().getBoolean(),
                    text(r.get("docDate")), text(r.get("exact")), text(r.get("prefix")), text(r.get("suffix")),
                    r.get("start") == null ? -1 : r.get("start").asLiteral().getLong(), text(tr),
                    tr == null ? null : tr.asLiteral().getLanguage());
        }

        /** A graph, named by the source document it holds, or by its own last segment. */
        private Term graph(RDFNode g) {
            String iri = g.asResource().getURI();
            String name = iri.substring(iri.lastIndexOf('/') + 1);
            Term doc = term(NodeFactory.createURI("https://normgraph.org/id/source/" + name));
            return doc.zh() != null || doc.en() != null ? doc : new Term(iri, null, null);
        }

        private Term term(RDFNode n) { return n.isLiteral() ? literal(n) : term(n.asNode()); }

        private Term term(Node n) {
            if (!n.isURI()) return new Term("_:" + n.toString(), null, null);
            return terms.computeIfAbsent(n.getURI(), iri -> {
                List<Map<String, RDFNode>> rows = select("term", Map.of("s", n));
                Map<String, RDFNode> r = rows.isEmpty() ? Map.of() : rows.getFirst();
                return new Term(iri, text(r.get("zh")), text(r.get("en")));
            });
        }

        private static Term literal(RDFNode n) {
            String s = n.asLiteral().getLexicalForm();
            return new Term(s, s, s);
        }

        private static String text(RDFNode n) { return n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString(); }

        private List<Map<String, RDFNode>> select(String name, Map<String, Node> params) {
            var b = BindingFactory.builder();
            params.forEach((k, v) -> b.add(Var.alloc(k), v));
            List<Map<String, RDFNode>> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.create().query(Sparql.text("report/" + name))
                    .dataset(DatasetFactory.wrap(dsg)).substitution(b.build()).build()) {
                var rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Map<String, RDFNode> m = new HashMap<>();
                    rs.getResultVars().forEach(v -> { if (s.get(v) != null) m.put(v, s.get(v)); });
                    rows.add(m);
                }
            }
            return rows;
        }
    }
}
