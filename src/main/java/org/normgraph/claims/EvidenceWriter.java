package org.normgraph.claims;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OA;
import org.normgraph.ontology.Iris;
import org.normgraph.ontology.NG;
import org.normgraph.source.DisplayText;
import org.normgraph.problems.Problem;
import org.normgraph.problems.Problems;
import org.normgraph.source.QuoteLocator;

/**
 * Locates a claim's quote in the source text and writes its evidence: an
 * {@code oa:SpecificResource} on the source document with a TextQuoteSelector (exact, prefix,
 * suffix as stored) and a TextPositionSelector (code point offsets into the stored text), with the
 * quote's reading form ({@code ng:quoteText}) and the curated translation into the other interface
 * language ({@code ng:translation}, normgraph's words, language-tagged) where the claim gives one.
 * A quote from a text in a language other than the interface languages (e.g. the French Paris Call)
 * keeps its language tag on {@code oa:exact}; Chinese and English quotes stay plain strings, their
 * language being the source document's {@code dcterms:language}. A quote not found in this text but
 * found in another expression of the same instrument is reported as being there.
 *
 * <pre>{@code Resource ev = writer.write("china-sovereignty", quote, where);}</pre>
 */
final class EvidenceWriter {
    private static final int CONTEXT = 24;

    private final Model model;
    private final Resource document;
    private final QuoteLocator locator;
    private final Path textFile;
    private final Problems problems;
    private final String translationLanguage;
    private final String exactLanguage;
    private final List<OtherText> others;

    /** Another expression of the same instrument: its text file, language and instrument id. */
    record OtherText(Path textFile, String language, String instrument, QuoteLocator locator) {}

    EvidenceWriter(Model model, Resource document, QuoteLocator locator, Path textFile, String sourceLanguage, Problems problems) {
        this(model, document, locator, textFile, sourceLanguage, List.of(), problems);
    }

    EvidenceWriter(Model model, Resource document, QuoteLocator locator, Path textFile, String sourceLanguage,
                   List<OtherText> others, Problems problems) {
        this.translationLanguage = sourceLanguage != null && sourceLanguage.startsWith("zh") ? "en" : "zh";
        this.exactLanguage = sourceLanguage == null || sourceLanguage.startsWith("zh") || sourceLanguage.startsWith("en") ? null : sourceLanguage;
        this.others = List.copyOf(others);
        this.model = model;
        this.document = document;
        this.locator = locator;
        this.textFile = textFile;
        this.problems = problems;
    }

    /** Writes the evidence for a claim, or records a problem and returns null if the quote is not found once. */
    Resource write(String slug, Specs.Quote quote, String claimId, Specs.Where where) {
        List<QuoteLocator.Span> spans = locator.find(quote.exact(), quote.prefix(), quote.suffix());
        if (spans.size() != 1) {
            String what = spans.isEmpty()
                    ? "quote not found in " + textFile + elsewhere(quote) + ": \"" + quote.exact() + "\""
                    : "quote occurs " + spans.size() + " times in " + textFile + ": \"" + quote.exact()
                            + "\"; add a 'prefix' or 'suffix' to pick one";
            problems.add(new Problem(where.file(), quote.line() > 0 ? quote.line() : where.line(), claimId, what));
            return null;
        }
        QuoteLocator.Span span = spans.getFirst();
        String text = locator.text();
        Resource ev = model.createResource(Iris.evidence(slug), OA.SpecificResource);
        ev.addProperty(OA.hasSource, document);
        Resource quoteSel = model.createResource(Iris.evidence(slug) + "#quote", OA.TextQuoteSelector)
                .addProperty(OA.exact, exactLanguage == null ? model.createLiteral(locator.exact(span))
                        : model.createLiteral(locator.exact(span), exactLanguage))
                .addProperty(OA.prefix, locator.before(span, CONTEXT))
                .addProperty(OA.suffix, locator.after(span, CONTEXT));
        Resource posSel = model.createResource(Iris.evidence(slug) + "#position", OA.TextPositionSelector)
                .addLiteral(OA.start, offset(text, span.start()))
                .addLiteral(OA.end, offset(text, span.end()));
        ev.addProperty(OA.hasSelector, quoteSel).addProperty(OA.hasSelector, posSel);
        ev.addProperty(NG.quoteText, exactLanguage == null ? model.createLiteral(DisplayText.of(locator.exact(span)))
                : model.createLiteral(DisplayText.of(locator.exact(span)), exactLanguage));
        if (quote.translation() != null && !quote.translation().isBlank()) {
            ev.addProperty(NG.translation, model.createLiteral(quote.translation().strip(), translationLanguage));
        }
        return ev;
    }

    /** "; it is in FILE (the English expression of INSTRUMENT)" when another expression holds the quote, else "". */
    private String elsewhere(Specs.Quote quote) {
        for (OtherText o : others) {
            if (!o.locator().find(quote.exact(), null, null).isEmpty()) {
                return "; it is in " + o.textFile() + " (the " + Expressions.languageName(o.language())
                        + " expression of " + o.instrument() + ")";
            }
        }
        return "";
    }

    /** A code point offset as an xsd:nonNegativeInteger literal. */
    private org.apache.jena.rdf.model.Literal offset(String text, int charIndex) {
        return model.createTypedLiteral(String.valueOf(text.codePointCount(0, charIndex)), XSDDatatype.XSDnonNegativeInteger);
    }
}
