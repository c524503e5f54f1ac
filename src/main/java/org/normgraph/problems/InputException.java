package org.normgraph.problems;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Bad input: the load or command stops, nothing is written, and the user is told every problem
 * with its file and line (or id). The CLI prints {@link #getMessage()} and exits non-zero.
 */
public final class InputException extends RuntimeException {
    private final List<Problem> problems;

    public InputException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public InputException(Path file, int line, String message) {
        this(List.of(Problem.at(file, line, message)));
    }

    public InputException(String message) {
        this(List.of(new Problem(null, 0, null, message)));
    }

    public List<Problem> problems() { return problems; }
}
