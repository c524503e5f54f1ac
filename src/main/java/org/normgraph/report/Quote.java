package org.normgraph.report;

import org.normgraph.source.DisplayText;

/**
 * The words of a source behind one side of a finding: the quote as stored, its neighbours, its
 * offset in the source text and normgraph's translation, with the source it comes from.
 *
 * <pre>{@code quote.display()  // the quote in reading form (PDF line breaks removed)}</pre>
 */
public record Quote(String evidence, Term source, boolean primary, String sourceDate, String exact, String prefix,
                    String suffix, long start, String translation, String translationLang) {
    public Quote {
        if (evidence == null || source == null || exact == null) throw new IllegalArgumentException("evidence, source and exact are required");
    }

    /** The IRI of the source document the quote is from. */
    public String sourceIri() { return source.iri(); }

    public String display() { return DisplayText.of(exact); }

    public String displayPrefix() { return prefix == null ? null : DisplayText.of(prefix); }

    public String displaySuffix() { return suffix == null ? null : DisplayText.of(suffix); }

    /** The anchor of the evidence in its source view, e.g. {@code ev-london-conference-startDate-2}. */
    public String anchor() { return "ev-" + evidence.substring(evidence.lastIndexOf('/') + 1); }
}
