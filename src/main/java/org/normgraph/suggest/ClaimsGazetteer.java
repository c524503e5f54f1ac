package org.normgraph.suggest;

import java.util.List;
import java.util.function.Predicate;
import org.normgraph.claims.Specs;

/**
 * The gazetteer of the curated claims files: every declared entity with its labels and aliases,
 * and the {@code adoptedBy} and {@code represents} facts. Leaving one source out gives the gazetteer a new text would
 * meet if that source had never been curated.
 *
 * <pre>{@code Gazetteer others = ClaimsGazetteer.of(files, f -> !f.source().id().equals("paris-call-2018"));}</pre>
 */
public final class ClaimsGazetteer {
    private ClaimsGazetteer() {}

    public static Gazetteer of(List<Specs.File> files) {
        return of(files, f -> true);
    }

    public static Gazetteer of(List<Specs.File> files, Predicate<Specs.File> keep) {
        Gazetteer.Builder b = new Gazetteer.Builder();
        for (Specs.File f : files) {
            if (!keep.test(f)) continue;
            for (Specs.Entity e : f.entities()) {
                b.type(e.id(), e.type());
                if (e.label() != null) b.name(e.id(), e.label().zh()).name(e.id(), e.label().en());
                e.altLabels().values().forEach(l -> l.forEach(a -> b.name(e.id(), a)));
                for (Specs.Fact fact : e.facts()) {
                    if ("adoptedBy".equals(fact.property()) && fact.object() != null) b.adopted(e.id(), fact.object());
                    if ("represents".equals(fact.property()) && fact.object() != null) b.represents(e.id(), fact.object());
                }
            }
            for (Specs.SubjectFact sf : f.facts()) {
                if ("adoptedBy".equals(sf.fact().property()) && sf.fact().object() != null) b.adopted(sf.subject(), sf.fact().object());
                if ("represents".equals(sf.fact().property()) && sf.fact().object() != null) b.represents(sf.subject(), sf.fact().object());
            }
        }
        return b.build();
    }
}
