package org.normgraph.claims;

import java.util.Set;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.normgraph.ontology.Iris;
import org.normgraph.ontology.NG;
import org.normgraph.problems.Problem;
import org.normgraph.problems.Problems;

/**
 * What kind of document a source is and where it comes from: {@code ng:sourceKind},
 * {@code ng:primarySource}, {@code dcterms:date}, its place ({@code ng:location}), the body that
 * adopted it ({@code ng:adoptedBy}), its origin ({@code dcterms:source}), the instrument it is one
 * expression of ({@code ng:expressionOf}) and whether it is the authentic original ({@code ng:authentic}), from the optional keys
 * of a claims file's {@code source} block. A kind that is not one of {@link NG#SOURCE_KINDS}, a date
 * that is not a date or an id of the wrong type is a problem at the block's line.
 *
 * <pre>{@code SourceMetadata.write(model, documentResource, spec.source(), ids, problems);}</pre>
 */
final class SourceMetadata {
    private SourceMetadata() {}

    static void write(Model m, Resource doc, Specs.Source s, IdIndex ids, Problems problems) {
        if (s.kind() != null) {
            if (NG.SOURCE_KINDS.contains(s.kind())) doc.addProperty(NG.sourceKind, m.createResource(NG.NS + s.kind()));
            else problem(s, problems, "'kind' must be one of " + NG.SOURCE_KINDS + ", not '" + s.kind() + "'");
        }
        if (s.primary() != null) doc.addLiteral(NG.primarySource, s.primary().booleanValue());
        if (s.date() != null) {
            Literal d = Dates.literal(s.date());
            if (d == null) problem(s, problems, "'date' value '" + s.date() + "' is not a date: write YYYY-MM-DD, YYYY-MM or YYYY");
            else doc.addLiteral(DCTerms.date, d);
        }
        ref(m, doc, s, ids, problems, "place", s.place(), NG.location, Set.of("Place"));
        ref(m, doc, s, ids, problems, "adoptedBy", s.adoptedBy(), NG.adoptedBy, Set.copyOf(NG.ACTOR_TYPES));
        if (s.origin() != null) doc.addProperty(DCTerms.source, s.origin());
        ref(m, doc, s, ids, problems, "expressionOf", s.expressionOf(), NG.expressionOf, Terms.INSTRUMENT_TYPES);
        if (s.authentic()) {
            if (s.expressionOf() == null) problem(s, problems, "'authentic: true' needs 'expressionOf': the instrument this text is the authentic original of");
            else doc.addLiteral(NG.authentic, true);
        }
    }

    private static void ref(Model m, Resource doc, Specs.Source s, IdIndex ids, Problems problems, String key, String id,
                            org.apache.jena.rdf.model.Property p, Set<String> types) {
        if (id == null) return;
        String type = ids.type(id);
        if (type == null) problem(s, problems, "'" + key + "' names unknown id '" + id + "'");
        else if (!types.contains(type)) problem(s, problems, "'" + key + "' must name one of " + types + ", but '" + id + "' is a " + type);
        else doc.addProperty(p, m.createResource(Iris.entity(id)));
    }

    private static void problem(Specs.Source s, Problems problems, String message) {
        problems.add(new Problem(s.where().file(), s.where().line(), s.id(), message));
    }
}
