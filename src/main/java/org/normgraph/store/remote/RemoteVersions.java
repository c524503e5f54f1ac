package org.normgraph.store.remote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.normgraph.query.Sparql;

/**
 * Every load recorded in an external store's versions graph, finished or not, with its graphs.
 *
 * <pre>{@code for (GraphVersion v : RemoteVersions.all(store)) ...}</pre>
 */
final class RemoteVersions {
    private RemoteVersions() {}

    static List<GraphVersion> all(RemoteStore store) {
        Map<String, List<String>> loads = new LinkedHashMap<>();
        try (ClosingRowSet rows = store.select(QueryFactory.create(Sparql.text("remote/loads")), RemoteDataset.TIMEOUT_MILLIS)) {
            while (rows.hasNext()) {
                Binding b = rows.next();
                Node id = b.get(Var.alloc("id"));
                if (id == null || !id.isLiteral() || !GraphVersion.ID.matcher(id.getLiteralLexicalForm()).matches()) continue;
                List<String> graphs = loads.computeIfAbsent(id.getLiteralLexicalForm(), k -> new ArrayList<>());
                Node g = b.get(Var.alloc("graph"));
                if (g != null && g.isURI() && g.getURI().startsWith(org.normgraph.ontology.Iris.GRAPH) && !graphs.contains(g.getURI())) graphs.add(g.getURI());
            }
        }
        List<GraphVersion> out = new ArrayList<>();
        loads.forEach((id, graphs) -> out.add(new GraphVersion(id, graphs)));
        return out;
    }
}
