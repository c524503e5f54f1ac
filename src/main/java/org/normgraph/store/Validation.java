package org.normgraph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.normgraph.claims.Specs;
import org.normgraph.ontology.Iris;
import org.normgraph.problems.Problem;
import org.normgraph.problems.Problems;

/**
 * Checks the source graphs against the SHACL shapes in {@code ontology/shapes.ttl}, reporting each
 * violation at the claim (file, line, id) that produced the offending node.
 */
final class Validation {
    static final String SHAPES_FILE = "shapes.ttl";

    private Validation() {}

    static void check(Model shapesModel, Map<String, Model> graphs, Supplier<List<Specs.File>> files, Map<String, java.nio.file.Path> turtleFiles) {
        Model data = ModelFactory.createDefaultModel();
        graphs.forEach((iri, m) -> { if (!iri.equals(Iris.ONTOLOGY_GRAPH)) data.add(m); });
        check(shapesModel, data.getGraph(), files, n -> inTurtle(n, graphs, turtleFiles));
    }

    /**
     * Checks one data graph (the union of the sources' graphs, without the ontology), wherever it is
     * kept; a node not made from a claims file is placed by {@code turtleLocator} (or nowhere). The
     * claims files are read only to place the violations of a data graph that does not conform.
     */
    static void check(Model shapesModel, Graph data, Supplier<List<Specs.File>> files, java.util.function.Function<Node, Specs.Where> turtleLocator) {
        Shapes shapes = Shapes.parse(shapesModel.getGraph());
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        if (report.conforms()) return;
        Map<String, Specs.Where> where = locations(files.get());
        Problems problems = new Problems();
        for (ReportEntry e : report.getEntries()) {
            String id = idOf(e.focusNode(), where);
            Specs.Where w = id == null ? null : where.get(id);
            if (w == null) w = turtleLocator.apply(e.focusNode());
            String path = e.resultPath() == null ? "" : " (" + e.resultPath() + ")";
            problems.add(new Problem(w == null ? null : w.file(), w == null ? 0 : w.line(),
                    id != null ? id : e.focusNode().toString(), "SHACL: " + e.message() + path));
        }
        problems.throwIfAny();
    }

    /** For a node written in a hand-written seeds/*.ttl file: that file (Turtle gives no line per node). */
    private static Specs.Where inTurtle(Node n, Map<String, Model> graphs, Map<String, java.nio.file.Path> turtleFiles) {
        for (Map.Entry<String, java.nio.file.Path> t : turtleFiles.entrySet()) {
            if (graphs.get(t.getKey()).getGraph().contains(n, Node.ANY, Node.ANY)) return new Specs.Where(t.getValue(), 0);
        }
        return null;
    }

    private static Map<String, Specs.Where> locations(List<Specs.File> files) {
        Map<String, Specs.Where> out = new HashMap<>();
        for (Specs.File f : files) {
            out.put(f.source().id(), f.source().where());
            f.entities().forEach(e -> out.put(e.id(), e.where()));
            f.positions().forEach(p -> out.put(p.id(), p.where()));
            f.works().forEach(w -> out.put(w.id(), w.where()));
        }
        return out;
    }

    /** The curated id behind a node: an entity slug, or the id an evidence/claim slug starts with. */
    private static String idOf(Node n, Map<String, Specs.Where> where) {
        if (!n.isURI()) return null;
        String iri = n.getURI();
        String rest = iri.startsWith(Iris.ID) ? iri.substring(Iris.ID.length()) : null;
        if (rest == null) return null;
        boolean derived = rest.matches("^(evidence|claim|source)/.*");
        rest = rest.replaceFirst("^(evidence|claim|source)/", "").replaceFirst("[#/].*$", "");
        if (where.containsKey(rest) || !derived) return rest;
        List<String> candidates = new ArrayList<>(where.keySet());
        candidates.sort((a, b) -> b.length() - a.length());
        for (String id : candidates) if (rest.startsWith(id + "-")) return id;
        return null;
    }
}
