package org.normgraph.problems;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing wrong with the input, and where: a file and line, or an id when no line is known.
 *
 * <pre>{@code new Problem(Path.of("seeds/a.claims.yaml"), 12, "china-x", "quote not found")}</pre>
 */
public record Problem(Path file, int line, String id, String message) {
    public Problem {
        Objects.requireNonNull(message, "message");
    }

    public static Problem at(Path file, int line, String message) { return new Problem(file, line, null, message); }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (file != null) sb.append(file).append(line > 0 ? ":" + line : "").append(": ");
        if (id != null) sb.append("[").append(id).append("] ");
        return sb.append(message).toString();
    }
}
