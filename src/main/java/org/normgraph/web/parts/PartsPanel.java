package org.normgraph.web.parts;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.normgraph.web.entity.EntityView;
import org.normgraph.ontology.NG;
import org.normgraph.web.GraphQueries;
import org.normgraph.web.Row;

/**
 * What an entity page shows about instrument parts ({@code parts.peb}). On a part's page: its
 * number and heading, the instrument it belongs to and the parts enclosing it, its words in the
 * source (for an article, the paragraphs under its heading; for a preamble, its paragraph; Markdown
 * links read as their words) and the
 * norms it states (its {@code ng:articulates} facts, each with its evidence), with a
 * link to the highlighted heading in the source view, and the previous and next part of the same
 * kind. On an instrument's (or an enclosing part's) page: the tree of its parts. Null when the
 * entity neither is a part nor has any.
 *
 * <pre>{@code PartsPanel p = PartsPanel.of(queries, view);  // p.instrument().label("instrument", "en")}</pre>
 */
public record PartsPanel(Row self, Row instrument, List<Row> ancestors, Row previous, Row next,
                         List<String> paragraphs, List<Row> norms, PartTree tree) {
    public PartsPanel {
        ancestors = List.copyOf(ancestors);
        paragraphs = List.copyOf(paragraphs);
        norms = List.copyOf(norms);
    }

    public static PartsPanel of(GraphQueries q, EntityView view) {
        Node s = NodeFactory.createURI(view.iri());
        List<Row> instruments = q.select("parts/part-instrument", Map.of("s", s));
        Row instrument = instruments.isEmpty() ? null : instruments.getFirst();
        String root = instrument == null ? view.iri() : instrument.str("instrument");
        PartTree all = PartTree.of(q.select("parts/parts-of", Map.of("i", NodeFactory.createURI(root))), root);
        if (instrument == null) return all.isEmpty() ? null : new PartsPanel(null, null, List.of(), null, null, List.of(), List.of(), all);
        Row self = all.find(view.iri());
        if (self == null) return null;
        PartTree below = PartTree.of(all.inOrder(), view.iri());
        return new PartsPanel(self, instrument, all.ancestors(view.iri()), all.sibling(view.iri(), -1),
                all.sibling(view.iri(), 1), paragraphs(q, self, view),
                q.select("entity/own-facts", Map.of("s", s), List.of("p"), List.of(List.of(NodeFactory.createURI(NG.NS + "articulates")))),
                below);
    }

    /** An article's paragraphs under its heading; a preamble's paragraph; nothing for other parts. */
    private static List<String> paragraphs(GraphQueries q, Row self, EntityView view) {
        if (!self.has("doc") || !self.has("start")) return List.of();
        Map<String, Node> at = Map.of("doc", NodeFactory.createURI(self.str("doc")),
                "at", NodeFactory.createLiteralDT(self.str("start"), XSDDatatype.XSDnonNegativeInteger));
        if (view.hasType("Article")) {
            List<Row> rows = q.select("parts/part-paragraphs", at);
            if (rows.isEmpty()) return List.of();
            String sec = rows.getFirst().str("sec");
            return rows.stream().filter(r -> sec.equals(r.str("sec"))).map(r -> readable(r.str("text"))).toList();
        }
        if (view.hasType("Preamble")) return q.select("parts/part-paragraph-at", at).stream().map(r -> readable(r.str("text"))).toList();
        return List.of();
    }

    /** A Markdown link in the stored text ("[WIPO Copyright Treaty](../…/(wct)/README.md)") read as its words. */
    static String readable(String text) {
        return MARKDOWN_LINK.matcher(text).replaceAll("$1");
    }

    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]\\[]*)\\]\\((?:[^()\\s]|\\([^()\\s]*\\))*\\)");

    public boolean isPart() { return self != null; }

    /** The link to the part's heading highlighted in the source view. */
    public String sourceLink() {
        return self == null || !self.has("doc") ? null : self.path("doc") + "#ev-" + self.local("ev");
    }
}
