package org.normgraph.report;

import java.util.Objects;

/**
 * A resource the consistency report names, with its Chinese and English names (either may be
 * missing; the IRI's last segment stands in).
 *
 * <pre>{@code new Term("https://normgraph.org/id/russia", "俄罗斯", "Russia").label("zh")  // "俄罗斯"}</pre>
 */
public record Term(String iri, String zh, String en) {
    public Term {
        Objects.requireNonNull(iri, "iri");
    }

    /** The name in {@code lang} ("zh" or "en"), else the other language's, else the IRI's local name. */
    public String label(String lang) {
        String want = "zh".equals(lang) ? zh : en, other = "zh".equals(lang) ? en : zh;
        return want != null ? want : other != null ? other : local();
    }

    /** True for a resource (an IRI), false for a literal such as a date standing as a value. */
    public boolean resource() { return iri.contains("://"); }

    /** True if the store names it (a graph without a source document has no name). */
    public boolean named() { return zh != null || en != null; }

    public String local() {
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }
}
