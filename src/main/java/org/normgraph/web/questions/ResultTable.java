package org.normgraph.web.questions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.RDFNode;
import org.normgraph.ontology.Iris;
import org.normgraph.ontology.NG;
import org.normgraph.source.DisplayText;
import org.normgraph.web.Paths;

/**
 * A question's answer as a table for the page: one column per result variable, except the label
 * columns of an IRI column ({@code ?x_en}/{@code ?x_zh} or {@code ?xLabel}/{@code ?xLabelZh}),
 * which become the text of that IRI's link in the page language. normgraph IRIs link to their
 * pages here; other IRIs and literals show as text (escaped by the template).
 *
 * <pre>{@code ResultTable t = ResultTable.of(vars, solutions, false, paths, "en");  t.rows().get(0).get(0).href()}</pre>
 */
public record ResultTable(List<String> columns, List<String> headers, List<List<Cell>> rows, boolean truncated) {
    /** One cell: its text, the local link for a normgraph IRI or a quote (else null), and the IRI's id (else null). */
    public record Cell(String text, String href, String id, String before, String after, String translation) {
        Cell(String text, String href) { this(text, href, null); }
        Cell(String text, String href, String id) { this(text, href, id, null, null, null); }

        /** The same cell with the quote's context and normgraph's translation. */
        public Cell withContext(String before, String after, String translation) {
            return new Cell(text, href, id, before, after, translation);
        }
    }

    public boolean isEmpty() { return rows.isEmpty(); }

    static ResultTable of(List<String> vars, List<Map<String, RDFNode>> solutions, boolean truncated, Paths paths,
                          String lang) {
        Set<String> hidden = new LinkedHashSet<>();
        for (String v : vars) {
            for (String l : labelVars(v, "en")) if (vars.contains(l)) hidden.add(l);
            for (String l : labelVars(v, "zh")) if (vars.contains(l)) hidden.add(l);
            if (vars.contains(v + "Zh")) hidden.add(v + "Zh");
        }
        List<String> columns = vars.stream().filter(v -> !hidden.contains(v)).toList();
        List<List<Cell>> rows = new ArrayList<>();
        for (Map<String, RDFNode> s : solutions) {
            List<Cell> row = new ArrayList<>();
            for (String c : columns) row.add(cell(c, s, paths, lang));
            rows.add(row);
        }
        List<String> headers = columns.stream().map(c -> Columns.header(c, lang)).toList();
        return new ResultTable(columns, headers, rows, truncated);
    }

    /** The names a query may give the label of {@code ?v} in one language. */
    static List<String> labelVars(String v, String lang) {
        return lang.equals("zh") ? List.of(v + "_zh", v + "LabelZh") : List.of(v + "_en", v + "Label", v + "LabelEn");
    }

    private static Cell cell(String var, Map<String, RDFNode> s, Paths paths, String lang) {
        RDFNode n = lang.equals("zh") && s.get(var + "Zh") != null ? s.get(var + "Zh") : s.get(var);
        if (n == null) return new Cell("", null);
        if (n.isLiteral()) {
            String text = n.asLiteral().getLexicalForm();
            if (XSDDatatype.XSDboolean.getURI().equals(n.asLiteral().getDatatypeURI())) {
                return new Cell("true".equals(text) ? Columns.yes(lang) : "", null);
            }
            return QUOTES.contains(var) ? new Cell(DisplayText.of(text), quoteLink(s, paths)) : new Cell(text, null);
        }
        if (!n.isURIResource()) return new Cell(n.toString(), null);
        String iri = n.asResource().getURI();
        String id = iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
        String local = paths.local(iri);
        String label = label(var, s, lang);
        if (label == null) label = label(var, s, lang.equals("zh") ? "en" : "zh");
        if (label == null && iri.startsWith(NG.NS)) label = Columns.term(id, lang);
        if (label == null && (var.equals("position") || var.equals("claim"))) label = Columns.open(lang);
        if (label == null) label = id;
        if (local.equals(iri) && !iri.startsWith(NG.NS)) return new Cell(iri, null, null);
        return new Cell(label, local, id);
    }

    /** The columns that hold a quote from a source, linked to its place there. */
    static final Set<String> QUOTES = Set.of("quote", "q", "statement");

    /** The evidence of the row's position or claim: its IRI leads (303) to the quote in the source view. */
    private static String quoteLink(Map<String, RDFNode> s, Paths paths) {
        for (String v : List.of("position", "claim")) {
            RDFNode n = s.get(v);
            if (n != null && n.isURIResource() && n.asResource().getURI().startsWith(Iris.ID)) {
                return paths.local(Iris.evidence(n.asResource().getURI().substring(Iris.ID.length())));
            }
        }
        return null;
    }

    private static String label(String var, Map<String, RDFNode> s, String lang) {
        for (String l : labelVars(var, lang)) {
            RDFNode n = s.get(l);
            if (n != null && n.isLiteral()) return n.asLiteral().getLexicalForm();
        }
        return null;
    }
}
