package org.normgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.normgraph.claims.Drafts;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.normgraph.ontology.Iris;
import org.normgraph.ontology.NG;
import org.normgraph.problems.InputException;

/**
 * The citable version of a load: a SHA-256 over the ontology and every seed file (names and
 * bytes, in name order) and the time of the load, recorded as {@code dcterms:hasVersion} and
 * {@code prov:generatedAtTime} on the dataset resource in its own graph.
 *
 * <pre>{@code DatasetVersion v = DatasetVersion.of(layout, Instant.now());  // v.version() = "a1b2c3d4e5f6"}</pre>
 */
public record DatasetVersion(String sha256, Instant loadedAt) {
    public static final String DATASET = Iris.ID + "dataset";
    public static final String META_GRAPH = Iris.META_GRAPH;
    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final String VOID = "http://rdfs.org/ns/void#";

    /** The short form shown to users and in citations: the first 12 hex digits. */
    public String version() { return sha256.substring(0, 12); }

    public static DatasetVersion of(Layout layout, Instant loadedAt) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Path p : inputs(layout)) {
                md.update(p.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(Files.readAllBytes(p));
            }
            return new DatasetVersion(HexFormat.of().formatHex(md.digest()), loadedAt.truncatedTo(ChronoUnit.SECONDS));
        } catch (IOException e) {
            throw new InputException(null, 0, "cannot read the inputs to version them: " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> inputs(Layout layout) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path dir : List.of(layout.ontology(), layout.seeds())) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(Files::isRegularFile).filter(p -> !Drafts.isDraft(p)).sorted().forEach(out::add);   // drafts are never loaded
            }
        }
        return out;
    }

    /** The version after an edit: a hash of the previous version's digest and the time of the edit. */
    public static DatasetVersion after(String previousSha256, Instant editedAt) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest((previousSha256 + "\n" + editedAt)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return new DatasetVersion(HexFormat.of().formatHex(d), editedAt);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Model toModel() {
        Model m = ModelFactory.createDefaultModel();
        Resource ds = m.createResource(DATASET, m.createResource(VOID + "Dataset"));
        ds.addProperty(DCTerms.hasVersion, version())
                .addProperty(NG.sha256, sha256)
                .addProperty(m.createProperty(PROV + "generatedAtTime"),
                        m.createTypedLiteral(loadedAt.toString(), XSDDatatype.XSDdateTime));
        ds.addProperty(RDF.type, m.createResource(PROV + "Entity"));
        return m;
    }
}
