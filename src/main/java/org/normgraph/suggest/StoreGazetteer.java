package org.normgraph.suggest;

import java.util.Set;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.normgraph.ontology.Iris;
import org.normgraph.query.Sparql;

/**
 * The gazetteer of a loaded store: every entity with a label (not positions, claims, evidence or
 * source documents), its labels and aliases, and the {@code ng:adoptedBy} and {@code ng:represents} links
 * ({@code /sparql/suggest/*.rq}).
 *
 * <pre>{@code Gazetteer g = StoreGazetteer.of(Store.openExisting(Path.of("data/tdb")));}</pre>
 */
public final class StoreGazetteer {
    private static final Set<String> SKIP = Set.of("Position", "Claim", "SourceDocument", "Work", "Section", "Paragraph",
            "Footnote", "FootnoteMarker");

    private StoreGazetteer() {}

    public static Gazetteer of(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Gazetteer.Builder b = new Gazetteer.Builder();
            var ds = DatasetFactory.wrap(dsg);
            try (QueryExecution q = QueryExecution.dataset(ds).query(Sparql.text("suggest/gazetteer")).build()) {
                ResultSet rs = q.execSelect();
                while (rs.hasNext()) {
                    QuerySolution r = rs.next();
                    String id = slug(r.getResource("e").getURI());
                    String type = r.getLiteral("type").getString();
                    if (id == null || SKIP.contains(type)) continue;
                    b.type(id, type);
                    if (r.contains("label")) b.name(id, r.getLiteral("label").getString());
                }
            }
            try (QueryExecution q = QueryExecution.dataset(ds).query(Sparql.text("suggest/adopted-by")).build()) {
                ResultSet rs = q.execSelect();
                while (rs.hasNext()) {
                    QuerySolution r = rs.next();
                    String i = slug(r.getResource("instrument").getURI()), a = slug(r.getResource("actor").getURI());
                    if (i != null && a != null) b.adopted(i, a);
                }
            }
            try (QueryExecution q = QueryExecution.dataset(ds).query(Sparql.text("suggest/represents")).build()) {
                ResultSet rs = q.execSelect();
                while (rs.hasNext()) {
                    QuerySolution r = rs.next();
                    String p = slug(r.getResource("person").getURI()), a = slug(r.getResource("actor").getURI());
                    if (p != null && a != null) b.represents(p, a);
                }
            }
            return b.build();
        });
    }

    /** The entity slug of an IRI under {@code /id/}, or null for derived nodes (evidence/…, claim/…, source/…). */
    private static String slug(String iri) {
        if (!iri.startsWith(Iris.ID)) return null;
        String s = iri.substring(Iris.ID.length());
        return s.isEmpty() || s.contains("/") || s.contains("#") ? null : s;
    }
}
