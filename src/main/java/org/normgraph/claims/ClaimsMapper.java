package org.normgraph.claims;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.normgraph.ontology.Iris;
import org.normgraph.ontology.NG;
import org.normgraph.problems.Problem;
import org.normgraph.problems.Problems;

/**
 * Writes the curated entities, facts, positions and works of one claims file as RDF, each fact
 * with its evidence. Every fact is asserted directly ({@code :london-conference ng:host :uk-fco})
 * and recorded as an {@code ng:Claim} (subject, predicate, object) that carries the evidence, so
 * analysts can query the plain graph and still trace every edge to its words.
 *
 * <pre>{@code new ClaimsMapper(model, ids, evidence, problems).write(claimsFile);}</pre>
 */
final class ClaimsMapper {
    private final Model m;
    private final IdIndex ids;
    private final EvidenceWriter evidence;
    private final Problems problems;

    ClaimsMapper(Model model, IdIndex ids, EvidenceWriter evidence, Problems problems) {
        this.m = model;
        this.ids = ids;
        this.evidence = evidence;
        this.problems = problems;
    }

    /** Writes the file's entities, positions, works and its facts about entities declared elsewhere. */
    void write(Specs.File file) {
        for (Specs.Entity e : file.entities()) entity(e);
        for (Specs.Position p : file.positions()) new PositionMapper(m, ids, evidence, problems).write(p);
        for (Specs.Work w : file.works()) WorkMapper.write(m, w, evidence, problems);
        int n = 0;
        for (Specs.SubjectFact sf : file.facts()) {
            n++;
            if (sf.subject() == null) continue;
            if (!ids.contains(sf.subject())) { fail(sf.fact(), sf.subject(), "'s' names unknown id '" + sf.subject() + "'"); continue; }
            fact(m.createResource(Iris.entity(sf.subject())), file.source().id() + "-" + sf.subject(), n, sf.fact());
        }
    }

    private void entity(Specs.Entity e) {
        Resource type = Terms.TYPES.get(e.type());
        if (e.id() == null || type == null) return;
        Resource r = m.createResource(Iris.entity(e.id()), type);
        if (type.equals(NG.Norm)) r.addProperty(RDF.type, SKOS.Concept);
        Labels.add(r, RDFS.label, e.label());
        Labels.add(r, RDFS.comment, e.comment());
        for (Map.Entry<String, List<String>> alt : e.altLabels().entrySet()) {
            for (String a : alt.getValue()) r.addProperty(SKOS.altLabel, a, alt.getKey());
        }
        Resource ev = null;
        if (e.quote() != null) {
            ev = evidence.write(e.id(), e.quote(), e.id(), e.where());
            if (ev != null) r.addProperty(NG.evidence, ev);
        }
        InstrumentParts.write(m, ids, r, e, ev, problems);
        int n = 0;
        for (Specs.Fact f : e.facts()) fact(r, e.id(), ++n, f);
    }

    private void fact(Resource subject, String id, int n, Specs.Fact f) {
        Terms.Prop prop = f.property() == null ? null : Terms.PROPERTIES.get(f.property());
        if (prop == null) {
            if (f.property() != null) fail(f, id, "unknown property '" + f.property() + "' (expected one of " + Terms.PROPERTIES.keySet() + ")");
            return;
        }
        String slug = claimSlug(id, f.property(), n);
        org.apache.jena.rdf.model.RDFNode object = object(prop, f, id, subject);
        if (object == null) return;
        if (f.qualifier() != null && !Terms.QUALIFIERS.contains(f.qualifier())) {
            fail(f, id, "unknown qualifier '" + f.qualifier() + "' (expected one of " + Terms.QUALIFIERS + ")");
        }
        Resource ev = evidence.write(slug, f.quote(), id, f.where());
        if (ev == null) return;
        subject.addProperty(prop.property(), object);
        Resource claim = m.createResource(Iris.claim(slug), NG.Claim)
                .addProperty(RDF.subject, subject)
                .addProperty(RDF.predicate, prop.property())
                .addProperty(RDF.object, object)
                .addProperty(NG.evidence, ev);
        if (f.hedged()) claim.addLiteral(NG.hedged, true);
        if (f.qualifier() != null) claim.addProperty(NG.qualifier, f.qualifier());
    }

    private org.apache.jena.rdf.model.RDFNode object(Terms.Prop prop, Specs.Fact f, String id, Resource subject) {
        if (prop.kind() == Terms.Kind.ENTITY) {
            if (f.object() == null) { fail(f, id, "'" + f.property() + "' needs 'o': the id of what it points to"); return null; }
            if (!ids.contains(f.object())) { fail(f, id, "unknown id '" + f.object() + "'"); return null; }
            return m.createResource(Iris.entity(f.object()));
        }
        if (f.value() == null) { fail(f, id, "'" + f.property() + "' needs a 'value'"); return null; }
        return switch (prop.kind()) {
            case DATE -> {
                Literal d = f.value() instanceof String s ? Dates.literal(s) : null;
                if (d == null) {
                    problems.add(new Problem(f.valueAt().file(), f.valueAt().line(), id,
                            "'" + f.property() + "' value '" + f.value() + "' is not a date: write YYYY-MM-DD, YYYY-MM or YYYY"));
                }
                yield d;
            }
            case INTEGER -> {
                if (f.value() instanceof String s && s.matches("\\d+")) yield m.createTypedLiteral(s, XSDDatatype.XSDinteger);
                fail(f, id, "'" + f.property() + "' value '" + f.value() + "' is not a whole number");
                yield null;
            }
            case LANG -> {
                if (f.value() instanceof Specs.LangText t && t.complete()) {
                    subject.addProperty(NG.role, t.zh(), "zh").addProperty(NG.role, t.en(), "en");
                    yield m.createLiteral(t.en(), "en");
                }
                fail(f, id, "'" + f.property() + "' needs a {zh:, en:} value");
                yield null;
            }
            default -> f.value() instanceof String s ? m.createLiteral(s) : null;
        };
    }

    private void fail(Specs.Fact f, String id, String message) {
        problems.add(new Problem(f.where().file(), f.where().line(), id, message));
    }

    /** The slug of the n-th (from 1) fact of an entity, as its ng:Claim and evidence are named. */
    static String claimSlug(String id, String property, int n) { return id + "-" + property + "-" + n; }

    static final Set<String> NORM_OR_INSTRUMENT = union(Set.of("Norm"), Terms.INSTRUMENT_TYPES);

    static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> s = new java.util.HashSet<>(a);
        s.addAll(b);
        return Set.copyOf(s);
    }

}
