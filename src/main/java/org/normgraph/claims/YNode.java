package org.normgraph.claims;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.normgraph.problems.InputException;
import org.normgraph.problems.Problem;
import org.normgraph.problems.Problems;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML node that knows its file and line, with typed accessors that report problems by
 * location instead of throwing. Used to read claim files.
 *
 * <pre>{@code String id = node.string("id", true);  // records "file:12: missing 'id'" if absent}</pre>
 */
final class YNode {
    private final Node node;
    private final Path file;
    private final Problems problems;

    YNode(Node node, Path file, Problems problems) {
        this.node = node;
        this.file = file;
        this.problems = problems;
    }

    int line() { return node.getStartMark().getLine() + 1; }

    Path file() { return file; }

    void problem(String message) { problems.add(Problem.at(file, line(), message)); }

    boolean isMap() { return node instanceof MappingNode; }

    boolean isList() { return node instanceof SequenceNode; }

    boolean isScalar() { return node instanceof ScalarNode; }

    String scalar() { return node instanceof ScalarNode s ? s.getValue() : null; }

    /** The entries of a mapping, in order; a duplicate key is a problem. */
    Map<String, YNode> entries() {
        Map<String, YNode> out = new LinkedHashMap<>();
        if (!(node instanceof MappingNode m)) return out;
        for (NodeTuple t : m.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
            YNode value = new YNode(t.getValueNode(), file, problems);
            if (key == null) { new YNode(t.getKeyNode(), file, problems).problem("keys must be plain words"); continue; }
            if (out.containsKey(key)) value.problem("duplicate key '" + key + "'");
            out.put(key, value);
        }
        return out;
    }

    /** Checks that a mapping only has known keys (catches typos such as 'qoute'). */
    void allowOnly(Set<String> keys) {
        for (Map.Entry<String, YNode> e : entries().entrySet()) {
            if (!keys.contains(e.getKey())) e.getValue().problem("unknown key '" + e.getKey() + "' (expected one of " + keys + ")");
        }
    }

    YNode get(String key) { return entries().get(key); }

    String string(String key, boolean required) {
        YNode v = get(key);
        if (v == null) {
            if (required) problem("missing '" + key + "'");
            return null;
        }
        if (!v.isScalar() || v.scalar().isBlank()) {
            v.problem("'" + key + "' must be a non-empty text");
            return null;
        }
        return v.scalar();
    }

    List<YNode> list(String key) {
        YNode v = get(key);
        if (v == null) return List.of();
        if (!(v.node instanceof SequenceNode s)) {
            v.problem("'" + key + "' must be a list");
            return List.of();
        }
        List<YNode> out = new ArrayList<>();
        for (Node n : s.getValue()) out.add(new YNode(n, file, problems));
        return out;
    }

    List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        YNode v = get(key);
        if (v != null && v.isScalar()) { out.add(v.scalar()); return out; }
        for (YNode n : list(key)) {
            if (n.isScalar() && !n.scalar().isBlank()) out.add(n.scalar());
            else n.problem("'" + key + "' must hold texts");
        }
        return out;
    }

    static InputException syntaxError(Path file, int line, String message) {
        return new InputException(file, line, "YAML syntax error: " + message);
    }
}
