package org.normgraph.claims;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.normgraph.ontology.Iris;
import org.normgraph.ontology.NG;
import org.normgraph.problems.Problem;
import org.normgraph.problems.Problems;

/**
 * Checks and writes what makes an entity a part of an instrument (an {@code ng:Article},
 * {@code ng:Chapter}, … of a treaty or declaration): {@code ng:partOf} its instrument or enclosing
 * part and its {@code ng:partNumber}, each also recorded as an {@code ng:Claim} carrying the part's
 * own evidence (the quote of its heading). A part without {@code partOf} or without a quote, a
 * {@code partOf} that names an unknown id or something that is neither an instrument nor a part,
 * and {@code partOf}/{@code number} on an entity that is not a part are problems at the entity's line.
 *
 * <pre>{@code InstrumentParts.write(model, ids, articleResource, entitySpec, evidence, problems);}</pre>
 */
final class InstrumentParts {
    private InstrumentParts() {}

    static void write(Model m, IdIndex ids, Resource r, Specs.Entity e, Resource ev, Problems problems) {
        boolean part = Terms.PART_TYPES.contains(e.type());
        if (!part) {
            if (e.partOf() != null || e.number() != null) {
                fail(e, problems, "'partOf' and 'number' are for parts of an instrument (type one of " + Terms.PART_TYPES
                        + "); relate other entities with a fact {p: partOf, o: ...}");
            }
            return;
        }
        if (e.quote() == null) fail(e, problems, "a part of an instrument needs a 'quote': its heading or its words");
        if (e.partOf() == null) {
            fail(e, problems, "a part of an instrument needs 'partOf': the id of its instrument or enclosing part");
            return;
        }
        String type = ids.type(e.partOf());
        if (type == null) {
            fail(e, problems, "'partOf' names unknown id '" + e.partOf() + "'");
            return;
        }
        if (!Terms.INSTRUMENT_TYPES.contains(type) && !Terms.PART_TYPES.contains(type)) {
            fail(e, problems, "'partOf' must name an instrument or a part of one, but '" + e.partOf() + "' is a " + type);
            return;
        }
        if (ev == null) return;
        asserted(m, r, e.id() + "-partOf", NG.partOf, m.createResource(Iris.entity(e.partOf())), ev);
        if (e.number() != null) {
            asserted(m, r, e.id() + "-partNumber", NG.partNumber, m.createTypedLiteral(e.number(), XSDDatatype.XSDstring), ev);
        }
    }

    private static void asserted(Model m, Resource r, String slug, Property p, RDFNode o, Resource ev) {
        r.addProperty(p, o);
        m.createResource(Iris.claim(slug), NG.Claim)
                .addProperty(RDF.subject, r).addProperty(RDF.predicate, p).addProperty(RDF.object, o)
                .addProperty(NG.evidence, ev);
    }

    private static void fail(Specs.Entity e, Problems problems, String message) {
        problems.add(new Problem(e.where().file(), e.where().line(), e.id(), message));
    }
}
