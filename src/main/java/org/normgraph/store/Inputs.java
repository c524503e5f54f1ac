package org.normgraph.store;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.update.UpdateAction;
import org.normgraph.claims.ClaimsReader;
import org.normgraph.claims.IdIndex;
import org.normgraph.claims.SourceGraph;
import org.normgraph.claims.Specs;
import org.normgraph.ontology.Iris;
import org.normgraph.problems.InputException;
import org.normgraph.problems.Problem;
import org.normgraph.problems.Problems;
import org.normgraph.query.Sparql;

/**
 * What every load reads before it builds a graph: the ontology and SHACL shapes, and the index of
 * the ids every claims file declares (each file is parsed for it and let go, so a load of a large
 * corpus never holds all its claims); then, one source at a time, the graph of a source (its file
 * parsed again) and the named graphs of hand-written {@code seeds/*.ttl} files.
 *
 * <pre>{@code Inputs in = Inputs.read(layout, System.err);
 * for (Path p : in.claimFiles()) { Specs.File f = in.file(p); Model g = in.build(f, problems); ... }}</pre>
 */
record Inputs(Model ontology, Model shapes, List<Path> claimFiles, IdIndex ids, Map<String, String> taken) {

    static Inputs read(Layout layout, PrintStream progress) {
        List<Path> ontologyFiles = RdfFiles.list(layout.ontology(), ".ttl").stream()
                .filter(p -> !p.getFileName().toString().equals(Validation.SHAPES_FILE)).toList();
        if (ontologyFiles.isEmpty()) throw new InputException(layout.ontology(), 0, "no ontology (*.ttl) found");
        Model ontology = ModelFactory.createDefaultModel();
        for (Path p : ontologyFiles) ontology.add(RdfFiles.read(p));
        Model shapes = RdfFiles.read(layout.ontology().resolve(Validation.SHAPES_FILE));
        List<Path> claimFiles = RdfFiles.list(layout.seeds(), ".claims.yaml");
        if (claimFiles.isEmpty()) throw new InputException(layout.seeds(), 0, "no claims files (*.claims.yaml) found");
        Problems problems = new Problems();
        IdIndex ids = IdIndex.empty();
        Map<String, String> taken = new LinkedHashMap<>();
        Progress bar = new Progress(progress, "reading claims", claimFiles.size());
        for (Path p : claimFiles) {
            Specs.File f = ClaimsReader.read(p);
            ids.add(f, problems);
            String graph = Iris.sourceGraph(f.source().id());
            if (GraphNames.reserved(graph) == null) {
                taken.put(graph, "the graph of the source '" + f.source().id() + "' (" + f.path() + ")");
            }
            bar.step(p.getFileName().toString());
        }
        bar.done();
        problems.throwIfAny();
        return new Inputs(ontology, shapes, List.copyOf(claimFiles), ids, Map.copyOf(taken));
    }

    /**
     * These inputs once every graph is built: without the index of ids, which only building reads
     * (at 1,000 sources about 100 MB of the heap the SHACL check over the store then has).
     */
    Inputs built() {
        return new Inputs(ontology, shapes, claimFiles, IdIndex.empty(), taken);
    }

    /** One claims file, parsed (again: the index was built from a first reading). */
    Specs.File file(Path claims) {
        return ClaimsReader.read(claims);
    }

    /** Every claims file, parsed: for small loads and for placing errors, not for streaming a corpus. */
    List<Specs.File> files() {
        return claimFiles.stream().map(this::file).toList();
    }
    /** The graph IRI of a source, or null (and a problem) if its id would take a reserved graph. */
    static String graphOf(Specs.File f, Problems problems) {
        String graph = Iris.sourceGraph(f.source().id());
        if (GraphNames.reserved(graph) == null) return graph;
        problems.add(new Problem(f.source().where().file(), f.source().where().line(), f.source().id(),
                "this source id would name <" + graph + ">, " + GraphNames.reserved(graph) + "; choose another id"));
        return null;
    }

    /** The graph of one source: quotes located, references resolved, derived dates added. */
    Model build(Specs.File f, Problems problems) {
        Model source = SourceGraph.build(f, ids, problems);
        UpdateAction.parseExecute(Sparql.text("derived-dates"), source);
        return source;
    }

    /** The hand-written {@code seeds/*.ttl} files by the graph each names, refusing names that take another graph. */
    static Map<String, Path> turtleSeeds(Layout layout, Map<String, String> taken, Problems problems) {
        Map<String, Path> out = new LinkedHashMap<>();
        for (Path p : RdfFiles.list(layout.seeds(), ".ttl")) {
            String graph = GraphNames.ofTurtleSeed(p, taken, problems);
            if (graph != null) out.put(graph, p);
        }
        return out;
    }
}
