package org.normgraph.store;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.RDF;
import org.normgraph.ontology.Iris;
import org.normgraph.query.Sparql;

/**
 * The dataset's VoID statistics, counted when the data is written (a load, {@code load --source},
 * an authenticated update) rather than on every request: triples, distinct properties, subjects
 * and objects, entities and classes of the union, the size of each named graph and how many
 * resources carry each class, stated on {@code id:dataset} in the meta graph. The statistics count
 * themselves: the meta graph's size and the union's include the triples that state them.
 *
 * <pre>{@code Txn.executeWrite(dsg, () -> Statistics.recount(dsg));
 * // <https://normgraph.org/id/dataset> void:triples 7391 ; void:subset [ sd:name <…/graph/meta> ; void:triples 60 ] ;
 * //     void:classPartition [ void:class ng:State ; void:entities 41 ] …}</pre>
 */
public final class Statistics {
    public static final String VOID = "http://rdfs.org/ns/void#";
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final Node META = NodeFactory.createURI(Iris.META_GRAPH);
    private static final Node DATASET = NodeFactory.createURI(DatasetVersion.DATASET);
    private static final List<String> OWN = List.of("triples", "properties", "distinctSubjects", "distinctObjects",
            "entities", "classes", "subset", "classPartition");
    private static final int ROUNDS = 20;

    private Statistics() {}

    /** The sizes of a dataset: the union's, each graph's, and each class's number of resources. */
    record Counts(Map<String, Long> totals, Map<Node, Long> graphs, Map<Node, Long> classes) {}

    /**
     * Replaces the statistics in the meta graph with a fresh count; to be called inside the write
     * transaction that changed the data, so readers never see data and counts disagree. Returns a
     * copy of the meta graph as written.
     */
    public static Model recount(DatasetGraph dsg) {
        remove(dsg);
        Counts base = count(dsg);
        Model stats = settle(dsg, base);
        stats.getGraph().find().forEachRemaining(t -> dsg.add(META, t.getSubject(), t.getPredicate(), t.getObject()));
        return ModelFactory.createDefaultModel().add(ModelFactory.createModelForGraph(dsg.getGraph(META)));
    }

    /** Counts a store that holds data but no statistics (written before they were kept); true if it did. */
    public static boolean ensure(DatasetGraph dsg) {
        Node triples = NodeFactory.createURI(VOID + "triples");
        boolean missing = org.apache.jena.system.Txn.calculateRead(dsg, () ->
                dsg.contains(META, DATASET, Node.ANY, Node.ANY) && !dsg.contains(META, DATASET, triples, Node.ANY));
        if (missing) org.apache.jena.system.Txn.executeWrite(dsg, () -> recount(dsg));
        return missing;
    }

    private static void remove(DatasetGraph dsg) {
        Graph meta = dsg.getGraph(META);
        Set<Node> parts = new HashSet<>();
        List<Triple> old = new java.util.ArrayList<>();
        for (String p : OWN) {
            meta.find(DATASET, NodeFactory.createURI(VOID + p), Node.ANY).forEachRemaining(t -> {
                old.add(t);
                if (t.getObject().isBlank()) parts.add(t.getObject());
            });
        }
        for (Node part : parts) meta.find(part, Node.ANY, Node.ANY).forEachRemaining(old::add);
        old.forEach(t -> dsg.delete(META, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /** The counts of the data: from a TDB2 store's indexes in bounded memory ({@link IndexCounts}), else by SPARQL. */
    private static Counts count(DatasetGraph dsg) {
        Map<Node, Long> graphs = new LinkedHashMap<>();
        select(dsg, "stats/graphs", s -> graphs.put(s.get("g").asNode(), s.getLiteral("triples").getLong()));
        IndexCounts indexes = IndexCounts.of(dsg);
        if (indexes != null) return new Counts(indexes.totals(Iris.ID), graphs, indexes.entitiesByClass());
        Map<String, Long> totals = new LinkedHashMap<>();
        select(dsg, "stats/totals", s -> s.varNames().forEachRemaining(v -> totals.put(v, s.getLiteral(v).getLong())));
        Map<Node, Long> classes = new LinkedHashMap<>();
        select(dsg, "stats/classes", s -> classes.put(s.get("class").asNode(), s.getLiteral("entities").getLong()));
        return new Counts(totals, graphs, classes);
    }

    private static void select(DatasetGraph dsg, String name, java.util.function.Consumer<QuerySolution> each) {
        var binding = BindingFactory.binding(Var.alloc("uriSpace"), NodeFactory.createLiteralString(Iris.ID));
        try (QueryExecution qe = QueryExecution.create().query(Sparql.text(name)).dataset(DatasetFactory.wrap(dsg))
                .set(TDB2.symUnionDefaultGraph, true).substitution(binding).build()) {
            qe.execSelect().forEachRemaining(each);
        }
    }

    /**
     * The statistics of the data together with the triples that state them: the counts of the data
     * alone, plus whatever those triples add (new subjects, objects, ...), until the numbers stated
     * are the numbers of the result (a number may coincide with a literal already in the data).
     */
    private static Model settle(DatasetGraph dsg, Counts base) {
        Graph union = dsg.getUnionGraph();
        Graph meta = dsg.getGraph(META);
        Counts stated = base;
        for (int i = 0; i < ROUNDS; i++) {
            Model m = model(stated);
            Counts next = add(base, m.getGraph(), union, meta);
            if (next.equals(stated)) return m;
            stated = next;
        }
        throw new IllegalStateException("the statistics did not settle after " + ROUNDS + " rounds");
    }

    private static Counts add(Counts base, Graph stats, Graph union, Graph meta) {
        Map<String, Long> totals = new LinkedHashMap<>(base.totals());
        Map<Node, Long> graphs = new LinkedHashMap<>(base.graphs());
        Set<Node> subjects = new HashSet<>(), properties = new HashSet<>(), objects = new HashSet<>(), classes = new HashSet<>();
        long triples = 0, inMeta = 0;
        for (Triple t : stats.find().toList()) {
            if (!union.contains(t)) triples++;
            if (!meta.contains(t)) inMeta++;
            if (!union.contains(t.getSubject(), Node.ANY, Node.ANY)) subjects.add(t.getSubject());
            if (!union.contains(Node.ANY, t.getPredicate(), Node.ANY)) properties.add(t.getPredicate());
            if (!union.contains(Node.ANY, Node.ANY, t.getObject())) objects.add(t.getObject());
            if (t.getPredicate().equals(RDF.type.asNode()) && !union.contains(Node.ANY, RDF.type.asNode(), t.getObject())) classes.add(t.getObject());
        }
        long entities = subjects.stream().filter(s -> s.isURI() && s.getURI().startsWith(Iris.ID)).count();
        totals.merge("triples", triples, Long::sum);
        totals.merge("properties", (long) properties.size(), Long::sum);
        totals.merge("subjects", (long) subjects.size(), Long::sum);
        totals.merge("objects", (long) objects.size(), Long::sum);
        totals.merge("entities", entities, Long::sum);
        totals.merge("classes", (long) classes.size(), Long::sum);
        graphs.merge(META, inMeta, Long::sum);
        return new Counts(totals, graphs, base.classes());
    }

    /** The triples stating the counts, on {@code id:dataset}, with a blank node per graph and per class. */
    private static Model model(Counts c) {
        Model m = ModelFactory.createDefaultModel();
        Resource ds = m.createResource(DatasetVersion.DATASET);
        Map<String, String> names = Map.of("triples", "triples", "properties", "properties", "subjects", "distinctSubjects",
                "objects", "distinctObjects", "entities", "entities", "classes", "classes");
        c.totals().forEach((k, n) -> ds.addLiteral(p(m, names.get(k)), number(m, n)));
        c.graphs().forEach((g, n) -> ds.addProperty(p(m, "subset"), m.createResource()
                .addProperty(m.createProperty(SD, "name"), m.wrapAsResource(g)).addLiteral(p(m, "triples"), number(m, n))));
        c.classes().forEach((k, n) -> ds.addProperty(p(m, "classPartition"), m.createResource()
                .addProperty(p(m, "class"), m.wrapAsResource(k)).addLiteral(p(m, "entities"), number(m, n))));
        return m;
    }

    private static Property p(Model m, String local) { return m.createProperty(VOID, local); }

    private static org.apache.jena.rdf.model.Literal number(Model m, long n) {
        return m.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
