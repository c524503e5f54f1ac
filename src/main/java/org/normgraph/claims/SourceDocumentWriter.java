package org.normgraph.claims;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.normgraph.ontology.Iris;
import org.normgraph.ontology.NG;
import org.normgraph.source.QuoteLocator;
import org.normgraph.source.SourceText;

/**
 * Writes a source document and its recognised structure: the stored text, sections, paragraphs,
 * footnotes and body markers (each with code point offsets), markers linked to their footnotes,
 * cited works linked to their footnotes, and {@code ng:mentions} from each paragraph to the
 * entities whose labels or aliases occur in it.
 */
final class SourceDocumentWriter {
    private final Model m;
    private final String slug;
    private final SourceText src;
    private final Resource doc;
    private String language = "zh";

    SourceDocumentWriter(Model m, String slug, SourceText src) {
        this.m = m;
        this.slug = slug;
        this.src = src;
        this.doc = m.createResource(Iris.source(slug), NG.SourceDocument);
    }

    Resource document() { return doc; }

    void writeDocument(Specs.Source s, String fileName) {
        Labels.add(doc, DCTerms.title, s.title());
        Labels.add(doc, RDFS.label, s.title());
        for (String c : s.creators()) doc.addProperty(DCTerms.creator, m.createResource(Iris.entity(c)));
        doc.addProperty(DCTerms.language, s.language());
        if (s.language() != null) language = s.language().startsWith("zh") ? "zh" : s.language();
        doc.addProperty(NG.fileName, fileName);
        doc.addProperty(NG.sha256, sha256(src.text()));
        doc.addProperty(NG.text, src.text());
    }

    void writeStructure() {
        List<Resource> sections = new ArrayList<>();
        for (SourceText.Section s : src.sections()) {
            Resource r = part("section", s.index(), NG.Section, s.start(), s.end());
            r.addProperty(NG.heading, s.heading(), language).addLiteral(NG.level, integer(s.level()));
            sections.add(r);
        }
        for (SourceText.Paragraph p : src.paragraphs()) {
            Resource r = part("paragraph", p.index(), NG.Paragraph, p.start(), p.end());
            r.addProperty(NG.text, p.text());
            if (p.section() >= 0) r.addProperty(NG.section, sections.get(p.section()));
        }
        for (SourceText.Footnote f : src.footnotes()) {
            part("footnote", f.number(), NG.Footnote, f.start(), f.end())
                    .addLiteral(NG.number, integer(f.number())).addProperty(NG.text, f.text());
        }
        for (SourceText.Marker k : src.markers()) {
            Resource r = part("marker", k.index(), NG.FootnoteMarker, k.start(), k.end())
                    .addProperty(NG.marker, k.text()).addLiteral(NG.number, integer(k.number()))
                    .addProperty(NG.paragraph, m.createResource(Iris.sourcePart(slug, "paragraph", k.paragraph())));
            if (src.footnote(k.number()) != null) r.addProperty(NG.footnote, footnote(k.number()));
        }
    }

    void linkWork(Specs.Work w) {
        Resource work = m.createResource(Iris.entity(w.id()));
        if (!m.contains(work, RDF.type, NG.Work)) return;
        doc.addProperty(DCTerms.references, work);
        if (w.footnote() != null && src.footnote(w.footnote()) != null) work.addProperty(NG.citedIn, footnote(w.footnote()));
    }

    /** Links each paragraph to the entities whose zh/en labels or aliases it contains. */
    void writeMentions() {
        List<Statement> names = new ArrayList<>(m.listStatements(null, RDFS.label, (org.apache.jena.rdf.model.RDFNode) null).toList());
        names.addAll(m.listStatements(null, SKOS.altLabel, (org.apache.jena.rdf.model.RDFNode) null).toList());
        List<String> paragraphs = src.paragraphs().stream().map(p -> QuoteLocator.squeeze(p.text())).toList();
        for (Statement st : names) {
            Resource e = st.getSubject();
            if (Iris.slugOf(e.getURI()) == null || e.hasProperty(RDF.type, NG.Position) || e.hasProperty(RDF.type, NG.Work)) continue;
            String name = QuoteLocator.squeeze(st.getString());
            if (name.length() < (st.getLanguage().equals("zh") ? 2 : 4)) continue;
            for (int i = 0; i < paragraphs.size(); i++) {
                if (paragraphs.get(i).contains(name)) {
                    m.createResource(Iris.sourcePart(slug, "paragraph", i)).addProperty(NG.mentions, e);
                }
            }
        }
    }

    private Resource footnote(int number) { return m.createResource(Iris.sourcePart(slug, "footnote", number)); }

    private Resource part(String kind, int n, Resource type, int start, int end) {
        String text = src.text();
        return m.createResource(Iris.sourcePart(slug, kind, n), type)
                .addProperty(DCTerms.isPartOf, doc)
                .addLiteral(NG.index, integer(n))
                .addLiteral(NG.start, offset(text.codePointCount(0, start)))
                .addLiteral(NG.end, offset(text.codePointCount(0, end)));
    }

    private org.apache.jena.rdf.model.Literal integer(int n) {
        return m.createTypedLiteral(String.valueOf(n), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
    }

    private org.apache.jena.rdf.model.Literal offset(int n) {
        return m.createTypedLiteral(String.valueOf(n), org.apache.jena.datatypes.xsd.XSDDatatype.XSDnonNegativeInteger);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
