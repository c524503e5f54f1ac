package org.normgraph.store.remote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.ExprTransformApplyElementTransform;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Turns a query over normgraph's dataset (the union of its graphs as the default graph, its graphs
 * by their logical names) into the SELECT an external store answers the same way: the dataset is
 * given explicitly ({@code FROM} the version's union graph; {@code FROM NAMED} each of its graphs
 * when the query names graphs), {@code GRAPH <name>} and a query's own {@code FROM} use the
 * physical names (a graph normgraph does not know becomes one that never exists: no other data is
 * read), and a CONSTRUCT, DESCRIBE or ASK becomes the SELECT of its pattern, which Jena completes.
 * {@link #back} maps the physical names in the answers back to logical ones.
 *
 * <pre>{@code Query sent = StoreQuery.of(query, version);   // then back(version, row) for each row}</pre>
 */
final class StoreQuery {
    /** Stands for any graph outside normgraph's current version: the store holds no graph of this name. */
    static final String NO_GRAPH = GraphVersion.VERSIONS_GRAPH + "/none";

    private StoreQuery() {}

    static Query of(Query query, GraphVersion version) {
        ElementTransformCopyBase graphs = new ElementTransformCopyBase() {
            @Override
            public Element transform(ElementNamedGraph el, Node graph, Element sub) {
                return graph.isURI() ? new ElementNamedGraph(NodeFactory.createURI(physical(version, graph.getURI())), sub) : super.transform(el, graph, sub);
            }
        };
        Query q = QueryTransformOps.transform(SubstitutedText.fix(query), graphs, new ExprTransformApplyElementTransform(graphs));
        if (!q.isSelectType()) q = selectOfPattern(q);
        List<String> from = q.getGraphURIs(), fromNamed = q.getNamedGraphURIs();
        boolean own = q.hasDatasetDescription();
        List<String> dft = own ? from.stream().map(g -> physical(version, g)).toList() : List.of(version.union());
        List<String> named = own ? fromNamed.stream().map(g -> physical(version, g)).toList()
                : GraphPatterns.in(q) ? version.logical().stream().map(version::physical).toList() : List.of();
        from.clear();
        fromNamed.clear();
        if (own && dft.isEmpty() && !named.isEmpty()) dft = List.of(NO_GRAPH);   // FROM NAMED alone: an empty default graph, as in SPARQL
        dft.forEach(q::addGraphURI);
        named.forEach(q::addNamedGraphURI);
        return q;
    }

    /** The query with these variables replaced by their values, as Jena's substitution does. */
    static Query substitute(Query query, Binding binding) {
        if (binding == null || binding.isEmpty()) return query;
        Map<Var, Node> map = new java.util.HashMap<>();
        binding.forEach(map::put);
        return QueryTransformOps.syntaxSubstitute(query, map);
    }

    private static String physical(GraphVersion version, String logical) {
        return version.logical().contains(logical) ? version.physical(logical) : NO_GRAPH;
    }

    private static Query selectOfPattern(Query q) {
        Query s = q.cloneQuery();
        s.setQuerySelectType();
        s.setQueryResultStar(true);
        if (s.getQueryPattern() == null) s.setQueryPattern(new ElementGroup());
        if (q.isAskType()) s.setLimit(1);
        return s;
    }

    /** Virtuoso writes xsd:boolean values as "1" and "0", lexical forms TDB2 never gives: read by value they are the canonical true and false. */
    private static boolean isNumericBoolean(Node n) {
        return n.isLiteral() && XSDDatatype.XSDboolean.equals(n.getLiteralDatatype())
                && (n.getLiteralLexicalForm().equals("1") || n.getLiteralLexicalForm().equals("0"));
    }

    /** An integer 1 or 0, which Virtuoso answers for a test (EXISTS, a comparison) where SPARQL says true or false. */
    private static boolean isIntegerBoolean(Node n) {
        return n.isLiteral() && n.getLiteralDatatype() != null && n.getLiteralDatatype().getURI().startsWith(XSDDatatype.XSD + "#")
                && (n.getLiteralLexicalForm().equals("1") || n.getLiteralLexicalForm().equals("0"))
                && !XSDDatatype.XSDstring.equals(n.getLiteralDatatype());
    }

    /**
     * A row of the store's answer as TDB2 gives it: physical graph names replaced by logical ones,
     * tests as true/false, a concatenation of nothing left unbound ({@link AnswerTypes}), separators put back ({@link SentQuery}).
     */
    static Binding back(GraphVersion version, AnswerTypes types, SentQuery sent, Binding row) {
        BindingBuilder b = Binding.builder();
        boolean changed = false;
        List<Var> vars = new ArrayList<>();
        row.vars().forEachRemaining(vars::add);
        for (Var v : vars) {
            Node n = sent.restore(row.get(v));
            if (n != row.get(v)) changed = true;
            String logical = n.isURI() ? version.logicalOf(n.getURI()) : null;
            if (logical != null) {
                n = NodeFactory.createURI(logical);
                changed = true;
            } else if (isNumericBoolean(n) || (types.isBoolean(v) && isIntegerBoolean(n))) {
                n = n.getLiteralLexicalForm().equals("1") ? NodeValue.TRUE.asNode() : NodeValue.FALSE.asNode();
                changed = true;
            } else if (types.isConcatenation(v) && n.isLiteral() && n.getLiteralLexicalForm().isEmpty()) {
                changed = true;
                continue;
            }
            b.add(v, n);
        }
        return changed ? b.build() : row;
    }
}
