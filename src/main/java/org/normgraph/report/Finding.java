package org.normgraph.report;

import java.util.List;
import java.util.Objects;

/**
 * One conflict between two sources: its kind ({@code date}, {@code place}, {@code stance} or
 * {@code type}), the entity it concerns, what the sources disagree on (a property, a norm, or the
 * entity's class) and the two sides.
 *
 * <pre>{@code Finding f = report.findings().getFirst();
 * f.kind() + " " + f.subject().local() + ": " + f.a().value().label("en") + " / " + f.b().value().label("en")}</pre>
 */
public record Finding(String kind, Term subject, Term aspect, Side a, Side b) {
    public static final List<String> KINDS = List.of("date", "place", "stance", "type");

    public Finding {
        if (!KINDS.contains(kind)) throw new IllegalArgumentException("unknown kind " + kind);
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(aspect, "aspect");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
    }

    /**
     * What one source says. {@code value} is the date (as a term named by its text), the place or
     * host, the stance or the class; {@code when} the period of a stance; {@code origin} the source
     * document or graph; {@code quote} its words, if it has evidence.
     */
    public record Side(Term value, String when, Term origin, Quote quote) {
        public Side {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(origin, "origin");
        }
    }

    /** A stable anchor for the finding on the report page. */
    public String id() {
        return kind + "-" + subject.local() + "-" + aspect.local() + "-" + a.value().local() + "-" + b.value().local();
    }
}
