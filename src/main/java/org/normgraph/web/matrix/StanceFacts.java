package org.normgraph.web.matrix;

import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.normgraph.ontology.NG;
import org.normgraph.store.PredicateScan;
import org.normgraph.web.GraphQueries;

/**
 * Where a {@link StanceTable} reads its facts: the (subject, object) pairs of each kind of key
 * ({@link #KINDS}), as opaque ids, and the text (IRI or lexical form) of an id. On a TDB2 store they
 * come from its quad index ({@link PredicateScan}) and only the ids asked for are decoded; on any
 * other dataset from {@code stance-keys.rq}, where the ids are the texts themselves.
 *
 * <pre>{@code StanceFacts facts = StanceFacts.of(queries);
 * facts.forEach("actor", (position, actor) -> ...);  facts.text(actor)  // "https://normgraph.org/id/china"}</pre>
 */
interface StanceFacts {
    /** The kinds in the order a reader asks for them. */
    java.util.List<String> KINDS = java.util.List.of("actor", "about", "stance", "hedged", "event", "speaker", "date", "evidence", "source",
            "sourceKind", "primary", "docDate", "super", "type");

    void forEach(String kind, BiConsumer<Object, Object> each);

    String text(Object id);

    /** The Chinese and English names (rdfs:label) of the given ids, keyed by their text. */
    StanceTable.Labels labels(java.util.Collection<Object> ids);

    static StanceFacts of(GraphQueries q) {
        PredicateScan scan = PredicateScan.of(q.dataset());
        return scan == null ? sparql(q) : index(q, scan);
    }

    private static StanceFacts index(GraphQueries q, PredicateScan scan) {
        String oa = "http://www.w3.org/ns/oa#";
        Map<String, Node> predicates = Map.ofEntries(Map.entry("actor", ng("actor")), Map.entry("about", ng("about")),
                Map.entry("stance", ng("stance")), Map.entry("hedged", ng("hedged")), Map.entry("event", ng("statedAt")), Map.entry("speaker", ng("statedBy")),
                Map.entry("date", ng("date")), Map.entry("evidence", ng("evidence")), Map.entry("source", NodeFactory.createURI(oa + "hasSource")),
                Map.entry("sourceKind", ng("sourceKind")), Map.entry("primary", ng("primarySource")),
                Map.entry("docDate", NodeFactory.createURI("http://purl.org/dc/terms/date")), Map.entry("super", RDFS.subClassOf.asNode()), Map.entry("type", RDF.type.asNode()));
        return new StanceFacts() {
            @Override
            public void forEach(String kind, BiConsumer<Object, Object> each) {
                Txn.executeRead(q.dataset(), () -> scan.forEach(predicates.get(kind), each));
            }

            @Override
            public String text(Object id) {
                return text(Txn.calculateRead(q.dataset(), () -> scan.node(id)));
            }

            private static String text(Node n) {
                return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
            }

            @Override
            public StanceTable.Labels labels(java.util.Collection<Object> ids) {
                java.util.Set<Object> wanted = new java.util.HashSet<>(ids);
                Map<String, String> zh = new java.util.HashMap<>(), en = new java.util.HashMap<>();
                Txn.executeRead(q.dataset(), () -> scan.forEach(RDFS.label.asNode(), (s, o) -> {
                    if (!wanted.contains(s)) return;
                    Node label = scan.node(o);
                    if (!label.isLiteral()) return;
                    String lang = label.getLiteralLanguage();
                    if (lang.equals("zh")) zh.putIfAbsent(text(scan.node(s)), label.getLiteralLexicalForm());
                    else if (lang.equals("en")) en.putIfAbsent(text(scan.node(s)), label.getLiteralLexicalForm());
                }));
                return new StanceTable.Labels(zh, en);
            }
        };
    }

    private static StanceFacts sparql(GraphQueries q) {
        return new StanceFacts() {
            @Override
            public void forEach(String kind, BiConsumer<Object, Object> each) {
                q.forEach("stance-keys", Map.of("kind", NodeFactory.createLiteralString(kind)), r -> {
                    if (r.str("s") != null && r.str("o") != null) each.accept(r.str("s"), r.str("o"));
                });
            }

            @Override
            public String text(Object id) { return (String) id; }

            @Override
            public StanceTable.Labels labels(java.util.Collection<Object> ids) {
                Map<String, String> zh = new java.util.HashMap<>(), en = new java.util.HashMap<>();
                java.util.List<java.util.List<Node>> values = ids.stream().map(i -> java.util.List.of(NodeFactory.createURI((String) i))).toList();
                for (int i = 0; i < values.size(); i += 2000) {
                    for (var r : q.select("stance-labels", Map.of(), java.util.List.of("s"), values.subList(i, Math.min(values.size(), i + 2000)))) {
                        if (r.has("s_zh")) zh.putIfAbsent(r.str("s"), r.str("s_zh"));
                        if (r.has("s_en")) en.putIfAbsent(r.str("s"), r.str("s_en"));
                    }
                }
                return new StanceTable.Labels(zh, en);
            }
        };
    }

    private static Node ng(String local) { return NodeFactory.createURI(NG.NS + local); }
}
