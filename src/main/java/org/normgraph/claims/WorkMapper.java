package org.normgraph.claims;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.normgraph.ontology.Iris;
import org.normgraph.ontology.NG;
import org.normgraph.problems.Problem;
import org.normgraph.problems.Problems;

/**
 * Writes one cited work as an {@code ng:Work} (a {@code dcterms:BibliographicResource}): creators'
 * names, title, venue, year and URL as its footnote gives them, with the footnote's words as
 * evidence. The source document {@code dcterms:references} it and it is {@code ng:citedIn} its
 * footnote (added when the footnote is known).
 */
final class WorkMapper {
    private WorkMapper() {}

    private static boolean isIri(String s) {
        try {
            java.net.URI u = new java.net.URI(s);
            return u.getScheme() != null && u.getScheme().startsWith("http") && u.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    static void write(Model m, Specs.Work w, EvidenceWriter evidence, Problems problems) {
        if (w.id() == null) return;
        Resource ev = evidence.write(w.id(), w.quote(), w.id(), w.where());
        Literal year = w.year() == null ? null : Dates.literal(w.year());
        if (w.year() != null && year == null) {
            problems.add(new Problem(w.yearAt().file(), w.yearAt().line(), w.id(), "'year' value '" + w.year() + "' is not a date: write YYYY"));
        }
        if (ev == null) return;
        Resource r = m.createResource(Iris.entity(w.id()), NG.Work).addProperty(NG.evidence, ev);
        Labels.add(r, RDFS.label, w.label());
        if (w.title() != null) r.addProperty(DCTerms.title, w.title());
        for (String c : w.creators()) r.addProperty(NG.creatorName, c);
        if (w.venue() != null) r.addProperty(NG.venue, w.venue());
        if (year != null) r.addProperty(DCTerms.issued, year);
        if (w.url() != null && isIri(w.url())) r.addProperty(SchemaDO.url, m.createResource(w.url()));
        else if (w.url() != null) {
            problems.add(new Problem(w.where().file(), w.where().line(), w.id(), "'url' is not a valid http(s) URL: " + w.url()));
        }
    }
}
