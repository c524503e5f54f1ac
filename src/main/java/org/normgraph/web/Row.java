package org.normgraph.web;

import java.util.Map;
import org.apache.jena.rdf.model.RDFNode;
import org.normgraph.source.DisplayText;

/**
 * One result row, with helpers templates call: a value's text, a label in the page's language
 * (falling back to the other), and the local path of a normgraph IRI.
 *
 * <pre>{@code {{ row.label("actor", lang) }} → "中国"}</pre>
 */
public record Row(Map<String, RDFNode> values, Paths paths) {
    public String str(String var) {
        RDFNode n = values.get(var);
        if (n == null) return null;
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : n.toString();
    }

    public boolean has(String var) { return values.get(var) != null; }

    /** The label from {@code var_zh} / {@code var_en} in the wanted language, else the other, else the IRI's slug. */
    public String label(String var, String lang) {
        String want = str(var + "_" + lang), other = str(var + "_" + (lang.equals("zh") ? "en" : "zh"));
        if (want != null) return want;
        if (other != null) return other;
        String iri = str(var);
        return iri == null ? "" : iri.substring(iri.lastIndexOf('/') + 1);
    }

    /** The local page of an IRI value (normgraph IRIs map to this server; others stay as they are). */
    public String path(String var) {
        String iri = str(var);
        return iri == null ? null : paths.local(iri);
    }

    public String local(String var) {
        String iri = str(var);
        return iri == null ? null : iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    public boolean isTrue(String var) { return "true".equals(str(var)); }

    /** A text value in its reading form: the PDF's line breaks and stray spaces removed (see {@link DisplayText}). */
    public String display(String var) { return DisplayText.of(str(var)); }

    /**
     * The reading form cut with "…" where it grows wider than {@code width} columns, a Chinese,
     * Japanese or Korean character counting two (a matrix cell's quote; the whole quote is a click away).
     */
    public String brief(String var, Number width) {
        String text = display(var);
        if (text == null) return null;
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            used += cp >= 0x2E80 ? 2 : 1;
            if (used > width.intValue()) return text.substring(0, i).strip() + "…";
            i += Character.charCount(cp);
        }
        return text;
    }

    /** The language tag of a literal value, or "" if it has none. */
    public String lang(String var) {
        RDFNode n = values.get(var);
        return n != null && n.isLiteral() ? n.asLiteral().getLanguage() : "";
    }
}
