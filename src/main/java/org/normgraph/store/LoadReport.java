package org.normgraph.store;

import java.util.List;
import java.util.Map;

/**
 * What a load wrote (or, for validate, would write): per named graph its triples and entities by
 * type, and in all the positions.
 *
 * <pre>{@code report.print(System.out);}</pre>
 */
public record LoadReport(List<Graph> graphs, long totalTriples, long millis) {
    public LoadReport {
        graphs = List.copyOf(graphs);
    }

    public record Graph(String iri, long triples, Map<String, Long> byType) {
        public long count(String type) { return byType.getOrDefault(type, 0L); }
    }

    public long positions() { return graphs.stream().mapToLong(g -> g.count("Position")).sum(); }

    public void print(java.io.PrintStream out) {
        for (Graph g : graphs) {
            out.printf("graph <%s>: %,d triples%n", g.iri(), g.triples());
            g.byType().forEach((type, n) -> out.printf("    %-26s %,6d%n", type, n));
        }
        out.printf("total: %,d triples in %d graphs, %,d positions (%.1f s)%n",
                totalTriples, graphs.size(), positions(), millis / 1000.0);
    }
}
