package org.normgraph.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.normgraph.web.GraphQueries;
import org.normgraph.web.Paths;
import org.normgraph.web.Row;

/**
 * Reads what the search index holds from the graph, with {@code sparql/web/search-entities.rq}
 * (entities, types, names) and {@code sparql/web/search-docs.rq} (their texts and quotes).
 *
 * <pre>{@code Collection<SearchEntity> all = SearchCorpus.read(services.queries());}</pre>
 */
public final class SearchCorpus {
    private SearchCorpus() {}

    public static List<SearchEntity> read(GraphQueries queries) {
        Paths paths = queries.paths();
        Map<String, Node> params = Map.of("idBase", NodeFactory.createLiteralString(paths.iri("/id/")));
        Map<String, SearchEntity> byIri = new LinkedHashMap<>();
        for (Row r : queries.select("search-entities", params)) {
            byIri.computeIfAbsent(r.str("s"), iri -> new SearchEntity(iri, paths.local(iri), r.local("type"),
                    r.str("type_zh"), r.str("type_en"), r.str("label_zh"), r.str("label_en")));
        }
        for (Row r : queries.select("search-docs", params)) {
            SearchEntity e = byIri.get(r.str("s"));
            if (e == null) continue;
            String text = normalise(r.str("text"));
            switch (r.str("field")) {
                case "label" -> e.labels().add(text);
                case "alias" -> e.aliases().add(text);
                case "comment" -> e.comments().add(text);
                case "quote" -> e.quotes().add(quote(r, text, paths));
                case "related" -> e.related().add(quote(r, text, paths));
                default -> { }
            }
        }
        return List.copyOf(byIri.values());
    }

    private static SearchEntity.Quote quote(Row r, String text, Paths paths) {
        String link = r.has("doc") ? r.path("doc") + "#" + paths.anchor(r.str("ev")) : null;
        return new SearchEntity.Quote(text, link);
    }

    /** Line breaks and runs of spaces from the PDF extraction become single spaces. */
    static String normalise(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }
}
