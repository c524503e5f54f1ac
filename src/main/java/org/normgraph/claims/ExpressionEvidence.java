package org.normgraph.claims;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.normgraph.ontology.Iris;
import org.normgraph.ontology.NG;
import org.normgraph.problems.Problem;
import org.normgraph.problems.Problems;

/**
 * Writes a claims file's {@code evidence} section: each quote of this text becomes one more
 * {@code ng:evidence} (in this source's graph, on this source document) of a position or fact that
 * another expression of the same instrument declares, so one instrument's positions are never
 * declared twice. A position id or fact that is unknown, or not declared in another expression of
 * the instrument, is a problem at the item's line.
 *
 * <pre>{@code new ExpressionEvidence(model, ids, evidenceWriter, problems).write(file);}</pre>
 */
final class ExpressionEvidence {
    private final Model m;
    private final IdIndex ids;
    private final EvidenceWriter evidence;
    private final Problems problems;
    private final Set<String> slugs = new HashSet<>();

    ExpressionEvidence(Model m, IdIndex ids, EvidenceWriter evidence, Problems problems) {
        this.m = m;
        this.ids = ids;
        this.evidence = evidence;
        this.problems = problems;
    }

    void write(Specs.File file) {
        if (file.evidence().isEmpty()) return;
        String source = file.source().id(), instrument = file.source().expressionOf();
        if (instrument == null) {
            for (Specs.Evidence e : file.evidence()) {
                fail(e, "an 'evidence' item adds to another expression of an instrument: give the source block 'expressionOf' (the instrument's id)");
            }
            return;
        }
        List<Specs.File> others = ids.expressions().siblings(file);
        for (Specs.Evidence e : file.evidence()) {
            if (e.quote() == null) continue;
            if (e.position() != null) position(e, source, instrument, others);
            else if (e.fact() != null) fact(e, source, instrument, others);
        }
    }

    private void position(Specs.Evidence e, String source, String instrument, List<Specs.File> others) {
        String id = e.position(), type = ids.type(id);
        if (type == null) { fail(e, "'position' names unknown position id '" + id + "'"); return; }
        if (!"Position".equals(type)) { fail(e, "'position' must name a position, but '" + id + "' is a " + type); return; }
        java.nio.file.Path declared = ids.expressions().fileOfPosition(id);
        if (declared == null || others.stream().noneMatch(f -> f.path().equals(declared))) {
            fail(e, "position '" + id + "' is declared in " + (declared == null ? "no claims file" : declared)
                    + ", which is not another expression of " + instrument);
            return;
        }
        Resource ev = evidence.write(slug(source + "-" + id), e.quote(), id, e.where());
        if (ev != null) m.createResource(Iris.entity(id)).addProperty(NG.evidence, ev);
    }

    private void fact(Specs.Evidence e, String source, String instrument, List<Specs.File> others) {
        List<Expressions.Declared> found = ids.expressions().facts(e.fact(), others);
        if (found.isEmpty()) {
            fail(e, "no fact " + e.fact() + " is declared in another expression of " + instrument
                    + (others.isEmpty() ? " (there is none)" : " (" + others.stream().map(Specs.File::path).toList() + ")"));
            return;
        }
        Resource ev = evidence.write(slug(source + "-" + found.getFirst().claimSlug()), e.quote(), e.fact().subject(), e.where());
        if (ev == null) return;
        for (Expressions.Declared d : found) m.createResource(Iris.claim(d.claimSlug())).addProperty(NG.evidence, ev);
    }

    /** A slug not used before in this file (a fact quoted twice gets -2, -3 …). */
    private String slug(String base) {
        String s = base;
        for (int n = 2; !slugs.add(s); n++) s = base + "-" + n;
        return s;
    }

    private void fail(Specs.Evidence e, String message) {
        problems.add(new Problem(e.where().file(), e.where().line(), e.target(), message));
    }
}
