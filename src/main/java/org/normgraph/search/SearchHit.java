package org.normgraph.search;

import java.util.List;

/**
 * One search result: the entity (IRI, local path, type and names in both languages), the quote
 * or text that best matches the query (plain text, escaped by whoever renders it) with a link to
 * its place in the source view if it is a quote, the Lucene score, and the snippet split into
 * parts with what was searched for marked.
 *
 * <pre>{@code hit.label("zh")  // "网络主权"}</pre>
 */
public record SearchHit(String iri, String path, String type, String typeZh, String typeEn, String labelZh,
                        String labelEn, String snippet, String snippetLink, float score, List<Highlight.Part> snippetParts, List<String> needles) {

    /** The name in the wanted language with what was searched for marked. */
    public List<Highlight.Part> labelParts(String lang) { return Highlight.parts(label(lang), needles); }

    /** The name in the wanted language, else the other one. */
    public String label(String lang) { return pick(lang, labelZh, labelEn); }

    public String typeLabel(String lang) { return pick(lang, typeZh, typeEn == null ? type : typeEn); }

    private static String pick(String lang, String zh, String en) {
        String want = "zh".equals(lang) ? zh : en, other = "zh".equals(lang) ? en : zh;
        return want != null ? want : other != null ? other : "";
    }
}
