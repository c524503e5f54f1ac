package org.normgraph.claims;

import java.nio.file.Files;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.XSD;
import org.normgraph.ontology.NG;
import org.normgraph.problems.InputException;
import org.normgraph.problems.Problem;
import org.normgraph.problems.Problems;
import org.normgraph.source.QuoteLocator;
import org.normgraph.source.SourceParser;
import org.normgraph.source.SourceText;
import org.normgraph.source.Utf8Files;

/**
 * Builds the named graph of one source: its document and structure, and every curated claim
 * with located evidence. Problems are collected; the caller decides when to stop.
 *
 * <pre>{@code Model g = SourceGraph.build(claimsFile, ids, problems);}</pre>
 */
public final class SourceGraph {
    private SourceGraph() {}

    public static Model build(Specs.File file, IdIndex ids, Problems problems) {
        String text = readText(file);
        Model m = ModelFactory.createDefaultModel();
        if (text.isBlank()) {
            problems.add(Problem.at(file.textPath(), 0, "source text is empty: no claim of " + file.path() + " can be located in it"));
            return m;
        }
        SourceText src = SourceParser.parse(text);
        m.setNsPrefix("ng", NG.NS).setNsPrefix("rdfs", RDFS.uri).setNsPrefix("skos", SKOS.uri)
                .setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("oa", OA.NS).setNsPrefix("xsd", XSD.NS)
                .setNsPrefix("schema", SchemaDO.NS).setNsPrefix("rdf", RDF.uri)
                .setNsPrefix("id", org.normgraph.ontology.Iris.ID);
        Specs.Source s = file.source();
        SourceDocumentWriter doc = new SourceDocumentWriter(m, s.id(), src);
        doc.writeDocument(s, file.textPath().getFileName().toString());
        for (String c : s.creators()) {
            if (!"Person".equals(ids.type(c))) {
                problems.add(new Problem(s.where().file(), s.where().line(), s.id(), "creator '" + c + "' is not a Person id"));
            }
        }
        SourceMetadata.write(m, doc.document(), s, ids, problems);
        doc.writeStructure();
        EvidenceWriter evidence = new EvidenceWriter(m, doc.document(), new QuoteLocator(text), file.textPath(), s.language(),
                otherTexts(file, ids), problems);
        if (s.quote() != null) {
            var ev = evidence.write(s.id(), s.quote(), s.id(), s.where());
            if (ev != null) doc.document().addProperty(NG.evidence, ev);
        }
        new ClaimsMapper(m, ids, evidence, problems).write(file);
        new ExpressionEvidence(m, ids, evidence, problems).write(file);
        QuoteLength.check(file, problems);
        PositionMapper.label(m, ids);
        file.works().forEach(doc::linkWork);
        doc.writeMentions();
        return m;
    }

    /** The texts of the other expressions of this file's instrument, to say where a misplaced quote is. */
    private static java.util.List<EvidenceWriter.OtherText> otherTexts(Specs.File file, IdIndex ids) {
        return ids.expressions().siblings(file).stream().filter(f -> Files.exists(f.textPath()))
                .map(f -> new EvidenceWriter.OtherText(f.textPath(), f.source().language(), f.source().expressionOf(),
                        new QuoteLocator(Utf8Files.read(f.textPath())))).toList();
    }

    private static String readText(Specs.File file) {
        if (!Files.exists(file.textPath())) {
            throw new InputException(file.path(), 0, "its source text " + file.textPath() + " does not exist");
        }
        return Utf8Files.read(file.textPath());
    }
}
