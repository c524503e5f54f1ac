package org.normgraph.store;

import java.io.OutputStream;
import java.util.Map;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Whole-store dumps. Dataset formats (N-Quads, TriG, JSON-LD) keep the named graphs; triple
 * formats write the union graph.
 *
 * <pre>{@code Dumps.write(dsg, "nq", out);}</pre>
 */
public final class Dumps {
    public static final Map<String, Lang> FORMATS = orderedFormats();

    private static Map<String, Lang> orderedFormats() {
        Map<String, Lang> m = new java.util.LinkedHashMap<>();
        m.put("ttl", Lang.TURTLE);
        m.put("nt", Lang.NTRIPLES);
        m.put("nq", Lang.NQUADS);
        m.put("trig", Lang.TRIG);
        m.put("jsonld", Lang.JSONLD);
        m.put("rdfxml", Lang.RDFXML);
        return java.util.Collections.unmodifiableMap(m);
    }

    private Dumps() {}

    /** The union graph, carrying the store's prefixes so Turtle and RDF/XML come out readable. */
    private static org.apache.jena.graph.Graph withPrefixes(DatasetGraph dsg) {
        org.apache.jena.rdf.model.Model m = org.apache.jena.rdf.model.ModelFactory.createModelForGraph(dsg.getUnionGraph());
        org.apache.jena.rdf.model.Model copy = org.apache.jena.rdf.model.ModelFactory.createDefaultModel().add(m);
        dsg.prefixes().forEach((p, uri) -> copy.setNsPrefix(p, uri));
        return copy.getGraph();
    }

    public static void write(DatasetGraph dsg, String format, OutputStream out) {
        Lang lang = FORMATS.get(format);
        Txn.executeRead(dsg, () -> {
            if (lang.equals(Lang.TRIG)) RDFDataMgr.write(out, dsg, RDFFormat.TRIG_BLOCKS);
            else if (lang.equals(Lang.NQUADS) || lang.equals(Lang.JSONLD)) RDFDataMgr.write(out, dsg, lang);
            else if (lang.equals(Lang.TURTLE)) RDFDataMgr.write(out, withPrefixes(dsg), RDFFormat.TURTLE_BLOCKS);
            else RDFDataMgr.write(out, withPrefixes(dsg), lang);
        });
    }
}
