package org.normgraph.web.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.normgraph.web.Row;

/**
 * A graph of the positions for the network view and its exports. In {@code stances} mode the
 * nodes are actors and norms/instruments and each edge is an actor's stance (weight = number of
 * positions); in {@code alignment} mode the nodes are actors and each edge joins two actors that
 * spoke on the same norms, weighted by how often they agree minus how often they disagree.
 *
 * <pre>{@code Network n = Network.stances(rows);  n.nodes(); n.edges()}</pre>
 */
public record Network(String mode, List<Node> nodes, List<Edge> edges, int total) {
    public record Node(String id, String path, String kind, String type, String labelEn, String labelZh) {}

    public record Edge(String id, String source, String target, String relation, int weight, int shared, int opposed, boolean hedged) {}

    public static Network stances(List<Row> positions) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Row p : positions) {
            nodes.putIfAbsent(p.local("actor"), actorNode(p));
            nodes.putIfAbsent(p.local("about"), new Node(p.local("about"), p.path("about"), "topic", "",
                    p.label("about", "en"), p.label("about", "zh")));
            int[] c = counts.computeIfAbsent(p.local("actor") + "\t" + p.local("about") + "\t" + p.local("stance"), k -> new int[2]);
            c[0]++;
            if (p.isTrue("hedged")) c[1]++;
        }
        List<Edge> edges = new ArrayList<>();
        counts.forEach((k, n) -> {
            String[] parts = k.split("\t");
            edges.add(new Edge("e" + edges.size(), parts[0], parts[1], parts[2], n[0], 0, 0, n[1] > 0));
        });
        return new Network("stances", List.copyOf(nodes.values()), edges, nodes.size());
    }

    public static Network alignment(List<Row> positions) {
        return alignment(positions, Integer.MAX_VALUE);
    }

    /**
     * The alignment network of the {@code limit} actors that spoke on the most norms and
     * instruments (ties by id): only their pairs are compared, so the work stays bounded.
     */
    public static Network alignment(List<Row> positions, int limit) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> sign = new LinkedHashMap<>();   // actor -> about -> +1 / -1 / 0 mixed
        for (Row p : positions) {
            nodes.putIfAbsent(p.local("actor"), actorNode(p));
            int s = switch (p.local("stance")) { case "Supports", "Proposes" -> 1; default -> -1; };
            sign.computeIfAbsent(p.local("actor"), k -> new LinkedHashMap<>()).merge(p.local("about"), s, (a, b) -> a.equals(b) ? a : 0);
        }
        int total = nodes.size();
        List<String> actors = sign.keySet().stream().sorted(java.util.Comparator.comparingInt((String a) -> -sign.get(a).size())
                .thenComparing(java.util.Comparator.naturalOrder())).limit(limit).toList();
        nodes.keySet().retainAll(actors);
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < actors.size(); i++) {
            for (int j = i + 1; j < actors.size(); j++) {
                int shared = 0, opposed = 0;
                for (var e : sign.get(actors.get(i)).entrySet()) {
                    Integer other = sign.get(actors.get(j)).get(e.getKey());
                    if (other == null || other == 0 || e.getValue() == 0) continue;
                    if (other.equals(e.getValue())) shared++; else opposed++;
                }
                if (shared + opposed == 0) continue;
                String relation = shared > opposed ? "aligned" : shared < opposed ? "opposed" : "mixed";
                edges.add(new Edge("e" + edges.size(), actors.get(i), actors.get(j), relation, Math.abs(shared - opposed), shared, opposed, false));
            }
        }
        return new Network("alignment", List.copyOf(nodes.values()), edges, total);
    }

    /**
     * The {@code limit} nodes with the most edges (ties by id) and the edges between them; the
     * whole network if it has no more nodes than that. {@link #total} stays the whole network's.
     */
    public Network top(int limit) {
        if (nodes.size() <= limit) return this;
        Map<String, Integer> degree = new java.util.HashMap<>();
        for (Edge e : edges) {
            degree.merge(e.source(), 1, Integer::sum);
            degree.merge(e.target(), 1, Integer::sum);
        }
        java.util.Set<String> kept = new java.util.HashSet<>(nodes.stream().map(Node::id)
                .sorted(java.util.Comparator.comparingInt((String id) -> -degree.getOrDefault(id, 0)).thenComparing(java.util.Comparator.naturalOrder()))
                .limit(limit).toList());
        return new Network(mode, nodes.stream().filter(n -> kept.contains(n.id())).toList(),
                edges.stream().filter(e -> kept.contains(e.source()) && kept.contains(e.target())).toList(), total);
    }

    /** Whether some nodes of the whole network are left out. */
    public boolean partial() { return nodes.size() < total; }

    private static Node actorNode(Row p) {
        return new Node(p.local("actor"), p.path("actor"), "actor", p.label("actorClass", "en"), p.label("actor", "en"), p.label("actor", "zh"));
    }
}
