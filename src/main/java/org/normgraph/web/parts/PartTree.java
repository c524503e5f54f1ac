package org.normgraph.web.parts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.normgraph.web.Row;

/**
 * The parts of an instrument as a tree, in the order of the source text: chapters holding sections,
 * sections holding titles, titles holding articles (or principles straight under a declaration).
 * Built from the rows of {@code parts/parts-of.rq} (one per part, with its ?parent).
 *
 * <pre>{@code PartTree t = PartTree.of(rows, "https://normgraph.org/id/budapest-convention");
 * t.roots().get(0).row().label("label", "en")  // "Preamble of the Convention on Cybercrime"}</pre>
 */
public record PartTree(List<Node> roots, List<Row> inOrder) {
    public PartTree {
        roots = List.copyOf(roots);
        inOrder = List.copyOf(inOrder);
    }

    /** One part and the parts directly inside it. */
    public record Node(Row row, List<Node> children) {
        public Node {
            Objects.requireNonNull(row, "row");
        }

        public boolean leaf() { return children.isEmpty(); }
    }

    /** The tree under {@code root} (an instrument or a part), from rows in text order. */
    public static PartTree of(List<Row> rows, String root) {
        Map<String, Row> byIri = new LinkedHashMap<>();
        for (Row r : rows) byIri.putIfAbsent(r.str("part"), r);
        Map<String, List<Node>> children = new LinkedHashMap<>();
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (Row r : byIri.values()) nodes.put(r.str("part"), new Node(r, children.computeIfAbsent(r.str("part"), k -> new ArrayList<>())));
        for (Row r : byIri.values()) children.computeIfAbsent(r.str("parent"), k -> new ArrayList<>()).add(nodes.get(r.str("part")));
        return new PartTree(children.getOrDefault(root, List.of()), List.copyOf(byIri.values()));
    }

    public boolean isEmpty() { return roots.isEmpty(); }

    /** The row of a part, or null. */
    public Row find(String iri) {
        return inOrder.stream().filter(r -> iri.equals(r.str("part"))).findFirst().orElse(null);
    }

    /** The parts enclosing {@code iri}, outermost first (the instrument itself not included). */
    public List<Row> ancestors(String iri) {
        List<Row> out = new ArrayList<>();
        Row r = find(iri);
        while (r != null && (r = find(r.str("parent"))) != null) out.addFirst(r);
        return out;
    }

    /** The part of the same type just before ({@code step} -1) or after (+1) {@code iri}, or null. */
    public Row sibling(String iri, int step) {
        Row self = find(iri);
        if (self == null) return null;
        List<Row> same = inOrder.stream().filter(r -> self.str("type").equals(r.str("type"))).toList();
        int i = same.indexOf(self) + step;
        return i >= 0 && i < same.size() ? same.get(i) : null;
    }
}
