package org.normgraph.web;

/**
 * Maps the data's IRIs (under the configured base, e.g. {@code https://normgraph.org/}) to this
 * server's paths and back, so the same data serves on any host or port.
 *
 * <pre>{@code paths.local("https://normgraph.org/id/china")  // "/id/china"}</pre>
 */
public record Paths(String base) {
    public Paths {
        if (!base.endsWith("/")) base = base + "/";
    }

    public String local(String iri) {
        if (iri.startsWith(base)) return "/" + iri.substring(base.length());
        return iri;
    }

    public String iri(String localPath) {
        return base + (localPath.startsWith("/") ? localPath.substring(1) : localPath);
    }

    /** The source view anchor of an evidence IRI ({@code .../id/evidence/x} → {@code #ev-x}). */
    public String anchor(String evidenceIri) {
        return "ev-" + evidenceIri.substring(evidenceIri.lastIndexOf('/') + 1);
    }
}
